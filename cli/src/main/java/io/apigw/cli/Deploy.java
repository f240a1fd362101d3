package io.apigw.cli;

import io.apigw.deployers.deploy.DeployResult;
import io.apigw.model.Api;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code apigw deploy}: to AWS through CloudFormation (default) or API Gateway's own APIs. */
@Command(
    name = "deploy",
    description = {
      "Deploy to AWS through a CloudFormation change set (default; --stack NAME),",
      "or directly with API Gateway's own APIs (--direct).",
      "Shows what will change first; safe to run twice; --yes in CI."
    },
    mixinStandardHelpOptions = true)
final class Deploy implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DeployMixin deploy;

  @Option(names = "--no-execute", description = "Stop after showing the changes.")
  boolean noExecute;

  @Option(
      names = "--fail-on-empty-changeset",
      description = "Exit 1 when there is nothing to change.")
  boolean failOnEmpty;

  @Override
  public Integer call() throws Exception {
    Api api = new Definitions(deploy.reading).loadValid(deploy.file, spec.commandLine().getErr());
    return Deployments.run(
        Deployments.Action.DEPLOY,
        deploy,
        spec,
        api,
        !noExecute,
        result -> failOnEmpty && result.outcome() == DeployResult.Outcome.NO_CHANGES);
  }
}
