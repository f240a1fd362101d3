package io.apigw.cli;

import io.apigw.model.Api;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code apigw plan} (alias {@code diff}): what a deploy would change, changing nothing. */
@Command(
    name = "plan",
    aliases = "diff",
    description = {
      "Show what a deploy would change: from the live API (--direct),",
      "or from a change set that is deleted afterwards (CloudFormation).",
      "Changes nothing."
    },
    mixinStandardHelpOptions = true)
final class Plan implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DeployMixin deploy;

  @Option(
      names = "--fail-on-changes",
      description = "Exit 1 when the live API differs from the definition (drift checks in CI).")
  boolean failOnChanges;

  @Override
  public Integer call() throws Exception {
    Api api = new Definitions(deploy.reading).loadValid(deploy.file, spec.commandLine().getErr());
    return Deployments.run(
        Deployments.Action.PLAN,
        deploy,
        spec,
        api,
        false,
        result -> failOnChanges && !result.plan().isEmpty());
  }
}
