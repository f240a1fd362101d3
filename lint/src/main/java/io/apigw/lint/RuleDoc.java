package io.apigw.lint;

import java.util.Objects;

/**
 * A rule's documentation, written in the rule's class. The bad and good examples are the rule's
 * tested examples, read from its resources.
 *
 * @param what what the rule finds, in a sentence or two
 * @param why what goes wrong on AWS when the rule's finding is ignored
 * @param source the AWS documentation page that says so: its title and URL
 */
public record RuleDoc(String what, String why, String source) {
  public RuleDoc {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(source, "source");
  }
}
