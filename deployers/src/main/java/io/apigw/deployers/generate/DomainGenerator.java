package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.BasePathMapping;
import io.apigw.model.CustomDomain;
import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;
import java.util.List;

/**
 * Custom domain names and their base path mappings: {@code AWS::ApiGateway::DomainName} and {@code
 * BasePathMapping} for REST APIs, {@code AWS::ApiGatewayV2::DomainName} and {@code ApiMapping} for
 * the others. The certificate ARN is a parameter (its default the model's ARN, when it has one), as
 * it differs per account and Region.
 */
final class DomainGenerator {
  private DomainGenerator() {}

  static void generate(Context context) {
    for (CustomDomain domain : context.api().domains()) {
      String id = context.ids().domain(domain.domainName());
      String certificate = context.ids().certificateParameter(domain.domainName());
      context
          .template()
          .parameter(
              certificate,
              "ARN of the ACM certificate for " + domain.domainName(),
              domain.certificateArn());
      if (context.protocol() == Protocol.REST) {
        rest(context, domain, id, certificate);
      } else {
        v2(context, domain, id, certificate);
      }
      for (BasePathMapping mapping : domain.mappings()) {
        mapping(context, domain, id, mapping);
      }
    }
  }

  private static void rest(Context context, CustomDomain domain, String id, String certificate) {
    ObjectNode properties = context.template().resource(id, "AWS::ApiGateway::DomainName");
    properties.put("DomainName", domain.domainName());
    EndpointType type =
        domain.endpointType() == null ? context.api().endpoint().type() : domain.endpointType();
    if (type == EndpointType.EDGE) {
      properties.set("CertificateArn", Cfn.ref(certificate));
    } else {
      properties.set("RegionalCertificateArn", Cfn.ref(certificate));
    }
    properties.putObject("EndpointConfiguration").set("Types", Cfn.strings(List.of(type.name())));
    Cfn.put(properties, "SecurityPolicy", domain.securityPolicy());
    if (domain.truststoreUri() != null) {
      properties.putObject("MutualTlsAuthentication").put("TruststoreUri", domain.truststoreUri());
    }
  }

  private static void v2(Context context, CustomDomain domain, String id, String certificate) {
    ObjectNode properties = context.template().resource(id, "AWS::ApiGatewayV2::DomainName");
    properties.put("DomainName", domain.domainName());
    ObjectNode configuration = properties.putArray("DomainNameConfigurations").addObject();
    configuration.set("CertificateArn", Cfn.ref(certificate));
    configuration.put("EndpointType", "REGIONAL");
    Cfn.put(configuration, "SecurityPolicy", domain.securityPolicy());
    if (domain.truststoreUri() != null) {
      properties.putObject("MutualTlsAuthentication").put("TruststoreUri", domain.truststoreUri());
    }
  }

  private static void mapping(
      Context context, CustomDomain domain, String domainId, BasePathMapping mapping) {
    Stage stage =
        context.stages().stream()
            .filter(s -> s.name().equals(mapping.stage()))
            .findFirst()
            .orElse(null);
    if (stage == null) {
      return;
    }
    String id = context.ids().mapping(domain.domainName(), mapping.basePath());
    if (context.protocol() == Protocol.REST) {
      ObjectNode properties = context.template().resource(id, "AWS::ApiGateway::BasePathMapping");
      properties.set("DomainName", Cfn.ref(domainId));
      properties.set("RestApiId", Cfn.ref(context.ids().api()));
      properties.set("Stage", context.stageRef(stage));
      if (!mapping.basePath().isEmpty()) {
        properties.put("BasePath", mapping.basePath());
      }
    } else {
      ObjectNode properties = context.template().resource(id, "AWS::ApiGatewayV2::ApiMapping");
      properties.set("DomainName", Cfn.ref(domainId));
      properties.set("ApiId", Cfn.ref(context.ids().api()));
      properties.set("Stage", context.stageRef(stage));
      if (!mapping.basePath().isEmpty()) {
        properties.put("ApiMappingKey", mapping.basePath());
      }
    }
  }
}
