package io.apigw.local.routing;

import io.apigw.model.Route;
import java.util.Map;

/**
 * The route a request matched.
 *
 * @param route the model's route
 * @param pathParameters the path parameters, percent-decoded
 * @param rawPathParameters the same as sent, still percent-encoded (what REST APIs report in Lambda
 *     proxy events: test_apigateway_lambda {@code invocation-payload-with-path-encoded-email} keeps
 *     {@code %2B})
 * @param resourcePath the template that matched ({@code /pets/{petId}}), or {@code $default}
 */
public record RouteMatch(
    Route route,
    Map<String, String> pathParameters,
    Map<String, String> rawPathParameters,
    String resourcePath) {}
