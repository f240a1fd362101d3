package io.apigw.cli;

import io.apigw.model.Api;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code apigw destroy}: removes what apigw deployed for a definition, and nothing else. */
@Command(
    name = "destroy",
    description = {
      "Remove what apigw deployed for this definition: the stack (CloudFormation),",
      "or the API, API keys and usage plans carrying apigw's tag (--direct)."
    },
    mixinStandardHelpOptions = true)
final class Destroy implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DeployMixin deploy;

  @Override
  public Integer call() throws Exception {
    Api api = new Definitions(deploy.reading).loadValid(deploy.file, spec.commandLine().getErr());
    return Deployments.run(Deployments.Action.DESTROY, deploy, spec, api, true, result -> false);
  }
}
