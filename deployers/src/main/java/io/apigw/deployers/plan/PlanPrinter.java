package io.apigw.deployers.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A plan as text for people ({@code + route GET /pets}) and as JSON for machines. */
public final class PlanPrinter {
  private PlanPrinter() {}

  /** One line per change, settings that differ indented below it; a summary line first. */
  public static String text(String subject, Plan plan) {
    StringBuilder out = new StringBuilder();
    if (plan.isEmpty()) {
      return out.append(subject).append(": no changes\n").toString();
    }
    out.append(subject).append(": ").append(summary(plan)).append('\n');
    int width = 0;
    for (Change change : plan.changes()) {
      width = Math.max(width, change.category().length());
    }
    for (Change change : plan.changes()) {
      out.append("  ")
          .append(change.kind().symbol())
          .append(' ')
          .append(pad(change.category(), width))
          .append("  ")
          .append(change.name())
          .append('\n');
      if (change.kind() == Change.Kind.CHANGE) {
        for (Change.Field field : change.fields()) {
          out.append("      ")
              .append(field.name())
              .append(": ")
              .append(show(field.before()))
              .append(" -> ")
              .append(show(field.after()))
              .append('\n');
        }
      }
    }
    return out.toString();
  }

  /** "1 to add, 2 to change, 0 to remove". */
  public static String summary(Plan plan) {
    return plan.count(Change.Kind.ADD)
        + " to add, "
        + plan.count(Change.Kind.CHANGE)
        + " to change, "
        + plan.count(Change.Kind.REMOVE)
        + " to remove";
  }

  public static ObjectNode json(Plan plan) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("add", plan.count(Change.Kind.ADD));
    root.put("change", plan.count(Change.Kind.CHANGE));
    root.put("remove", plan.count(Change.Kind.REMOVE));
    ArrayNode changes = root.putArray("items");
    for (Change change : plan.changes()) {
      ObjectNode node = changes.addObject();
      node.put("action", change.kind().name().toLowerCase(java.util.Locale.ROOT));
      node.put("category", change.category());
      node.put("name", change.name());
      if (!change.fields().isEmpty()) {
        ArrayNode fields = node.putArray("fields");
        for (Change.Field field : change.fields()) {
          fields
              .addObject()
              .put("name", field.name())
              .put("before", field.before())
              .put("after", field.after());
        }
      }
    }
    return root;
  }

  private static String show(String value) {
    if (value == null) {
      return "(unset)";
    }
    String oneLine = value.replace("\n", "\\n");
    return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
