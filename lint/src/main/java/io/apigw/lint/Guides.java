package io.apigw.lint;

/** Wording the rules share: where AWS's guide says so, and hints in the definition's own terms. */
public final class Guides {
  private static final String PREFIX =
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/";

  private Guides() {}

  /**
   * A rule's source: the guide page's title, its file in the reference copy and its URL.
   *
   * @param page the page's name, e.g. {@code set-up-logging}
   */
  public static String source(String title, String page) {
    return "AWS API Gateway developer guide, \""
        + title
        + "\" ("
        + page
        + ".md): "
        + PREFIX
        + page
        + ".html";
  }

  /** The hint in the words of the definition's format: DSL or OpenAPI. */
  public static String hint(LintInput input, String dsl, String openApi) {
    return input.document() == null ? dsl : openApi;
  }
}
