package io.apigw.deployers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.dsl.Dsl;
import org.junit.jupiter.api.Test;

class DirectLimitsTest {
  static Api load(String text) {
    return Dsl.reader().read("api.apigw", text).value();
  }

  @Test
  void whatADirectDeployLeavesOutIsNamed() {
    Api api =
        load(
            """
            api shop: rest
            function orders: nodejs20.x handler=index.handler code=functions/
            function legacy: arn=arn:aws:lambda:us-east-1:111122223333:function:legacy
            stage prod waf=arn:aws:wafv2:us-east-1:111122223333:regional/webacl/shop/1
            GET /orders -> lambda orders
            GET /old -> lambda legacy
            """);

    assertThat(DirectLimits.notes(api))
        .containsExactly(
            "--direct does not deploy Lambda functions or their invoke permissions: orders must"
                + " already exist under these names in this account and region",
            "--direct does not associate WAF web ACLs: stages prod");
  }

  @Test
  void aDefinitionWithNothingLeftOutHasNoNotes() {
    assertThat(DirectLimits.notes(load("api shop: rest\nGET /a -> mock 200 {}\n"))).isEmpty();
  }
}
