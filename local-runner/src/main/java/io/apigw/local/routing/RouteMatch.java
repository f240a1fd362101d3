package io.apigw.local.routing;

import io.apigw.model.Route;
import java.util.Map;

/**
 * The route a request matched.
 *
 * @param route the model's route
 * @param pathParameters the path parameters, percent-decoded
 * @param resourcePath the template that matched ({@code /pets/{petId}}), or {@code $default}
 */
public record RouteMatch(Route route, Map<String, String> pathParameters, String resourcePath) {}
