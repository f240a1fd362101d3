package io.apigw.lint;

import io.apigw.model.SourceRange;
import java.util.ArrayList;
import java.util.List;

/** Where a rule reports what it finds; the rule's id and severity are added by the runner. */
public final class Findings {
  private final Rule rule;
  private final List<Finding> found = new ArrayList<>();

  Findings(Rule rule) {
    this.rule = rule;
  }

  /** Reports a problem at {@code at}. */
  public void add(SourceRange at, String message) {
    add(at, message, null);
  }

  /** Reports a problem at {@code at}, with a hint on how to fix it. */
  public void add(SourceRange at, String message, String hint) {
    found.add(new Finding(rule.id(), rule.severity(), at, message, hint));
  }

  List<Finding> list() {
    return found;
  }
}
