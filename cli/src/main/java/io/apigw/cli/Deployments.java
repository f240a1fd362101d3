package io.apigw.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.deployers.aws.AwsClients;
import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.cfn.CfnDeployer;
import io.apigw.deployers.cfn.CfnOptions;
import io.apigw.deployers.cfn.SdkStacks;
import io.apigw.deployers.deploy.ApiKeysCsv;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DefaultStage;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectDeployer;
import io.apigw.deployers.deploy.DirectLimits;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.deployers.direct.rest.RestDeployer;
import io.apigw.deployers.direct.rest.SdkRestApis;
import io.apigw.deployers.direct.v2.SdkHttpApis;
import io.apigw.deployers.direct.v2.V2Deployer;
import io.apigw.model.Api;
import io.apigw.model.Protocol;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** Runs deploy, plan or destroy in the mode the options name, and prints the result. */
final class Deployments {
  enum Action {
    DEPLOY,
    PLAN,
    DESTROY
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Deployments() {}

  /**
   * Runs the action and prints its result; exit 1 when {@code fails} says the result should fail
   * the command ({@code --fail-on-empty-changeset}, {@code --fail-on-changes}).
   */
  static int run(
      Action action,
      DeployMixin o,
      CommandSpec spec,
      Api api,
      boolean execute,
      java.util.function.Predicate<DeployResult> fails)
      throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Console console = new TerminalConsole(out, err, !o.json());
    if (o.apiKeys != null) {
      api = withKeys(api, o.apiKeys, err);
    }
    Calls calls = Calls.paced();
    DeployResult result;
    try (AwsClients clients = AwsClients.of(o.aws.options())) {
      if (o.direct) {
        result = direct(action, o, api, console, calls, clients, execute);
      } else {
        result = cloudFormation(action, o, api, console, calls, clients, execute);
      }
    } catch (SdkServiceException e) {
      throw new DeployException(awsMessage(e), e);
    } catch (SdkClientException e) {
      throw new DeployException("could not reach AWS: " + e.getMessage(), e);
    }
    Calls.Stats stats = calls.stats();
    result =
        new DeployResult(
            result.mode(),
            result.apiName(),
            result.apiId(),
            result.outcome(),
            result.plan(),
            result.invokeUrls(),
            result.outputs(),
            stats);
    print(action, o, result, out, err);
    if (fails.test(result)) {
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }

  private static DeployResult direct(
      Action action,
      DeployMixin o,
      Api api,
      Console console,
      Calls calls,
      AwsClients clients,
      boolean execute) {
    DirectOptions options =
        new DirectOptions(o.stage, execute, o.yes, o.tags, o.aws.endpointUrl != null);
    DirectLimits.notes(api).forEach(note -> console.progress("note: " + note));
    if (api.stages().isEmpty()) {
      api = DefaultStage.applied(api);
      console.progress(
          "the definition has no stage: deploying to "
              + api.stages().get(0).name()
              + ", as CloudFormation mode does");
    }
    String region = clients.region().id();
    String partition =
        clients.region().metadata() == null ? "aws" : clients.region().metadata().partition().id();
    DirectDeployer deployer =
        api.protocol() == Protocol.REST
            ? new RestDeployer(
                new SdkRestApis(clients.apiGateway(), calls),
                console,
                region,
                partition,
                clients.accountId(calls))
            : new V2Deployer(
                SdkHttpApis.of(clients, calls), console, region, clients.accountId(calls));
    try {
      return switch (action) {
        case DEPLOY -> deployer.deploy(api, options);
        case PLAN -> deployer.plan(api, options);
        case DESTROY -> deployer.destroy(api, options);
      };
    } catch (IllegalArgumentException e) {
      throw new UserError(o.file + ": " + e.getMessage());
    }
  }

  private static DeployResult cloudFormation(
      Action action,
      DeployMixin o,
      Api api,
      Console console,
      Calls calls,
      AwsClients clients,
      boolean execute) {
    String stack = o.stack != null ? o.stack : defaultStack(api);
    CfnDeployer deployer = new CfnDeployer(new SdkStacks(clients, calls), console, calls);
    if (action == Action.DESTROY) {
      return deployer.destroy(stack, api.name(), o.yes);
    }
    CfnOptions options =
        new CfnOptions(
            stack,
            o.template == DeployMixin.Template.sam,
            o.stage,
            o.reading.parameters,
            o.tags,
            o.roleArn,
            o.s3Bucket,
            execute,
            o.yes,
            Duration.ofSeconds(2));
    Path dir = o.file.toAbsolutePath().normalize().getParent();
    return action == Action.PLAN
        ? deployer.plan(api, dir, options)
        : deployer.deploy(api, dir, options);
  }

  /** The definition with the keys of an API Gateway CSV key file added. */
  private static Api withKeys(Api api, Path csv, PrintWriter err) throws java.io.IOException {
    try {
      ApiKeysCsv.Merged merged = ApiKeysCsv.merge(api, csv, ApiKeysCsv.read(csv));
      merged.warnings().forEach(w -> err.println("warning: " + w));
      return merged.api();
    } catch (ApiKeysCsv.Invalid e) {
      throw new UserError(e.getMessage());
    }
  }

  /** "apigw-" and the API's name, with what stack names cannot hold replaced by "-". */
  static String defaultStack(Api api) {
    String name = "apigw-" + api.name().replaceAll("[^A-Za-z0-9-]", "-");
    return name.length() > 128 ? name.substring(0, 128) : name;
  }

  private static String awsMessage(SdkServiceException e) {
    String message = e.getMessage();
    if (e instanceof software.amazon.awssdk.awscore.exception.AwsServiceException aws
        && aws.awsErrorDetails() != null) {
      var details = aws.awsErrorDetails();
      message =
          (details.errorMessage() == null ? message : details.errorMessage())
              + " ("
              + e.statusCode()
              + (details.errorCode() == null ? "" : " " + details.errorCode())
              + (details.serviceName() == null ? "" : ", " + details.serviceName())
              + ")";
    }
    return "AWS refused: " + message;
  }

  private static void print(
      Action action, DeployMixin o, DeployResult result, PrintWriter out, PrintWriter err)
      throws Exception {
    if (o.json()) {
      ObjectNode json = result.json();
      out.println(JSON.writeValueAsString(json));
      out.flush();
      return;
    }
    switch (result.outcome()) {
      case NO_CHANGES -> out.println("No changes: " + result.apiName() + " is up to date.");
      case NOT_EXECUTED ->
          out.println(
              action == Action.PLAN
                  ? "Plan only: nothing was changed."
                  : "Not applied: nothing was changed.");
      case DEPLOYED -> {
        out.println(
            "Deployed "
                + result.apiName()
                + (result.apiId() == null ? "" : " (" + result.apiId() + ")"));
        result.invokeUrls().forEach((stage, url) -> out.println("  " + stage + "  " + url));
        result
            .outputs()
            .forEach(
                (k, v) -> {
                  if (!result.invokeUrls().containsValue(v)) {
                    out.println("  output " + k + " = " + v);
                  }
                });
      }
      case DESTROYED -> out.println("Destroyed " + result.apiName() + ".");
      case NOTHING_TO_DESTROY -> out.println("Nothing to destroy.");
    }
    out.flush();
    Calls.Stats stats = result.calls();
    err.println(
        stats.calls()
            + " AWS calls, "
            + stats.throttled()
            + " throttled, "
            + stats.retried()
            + " retried, "
            + stats.waited().toMillis()
            + " ms waiting for API Gateway's quotas");
    err.flush();
  }
}
