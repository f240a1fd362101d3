package io.apigw.model.dsl;

import java.util.List;

/** A logical line: its 1-based number, its indentation in columns and its tokens. */
record Line(int number, int indent, List<Token> tokens) {
  Line {
    tokens = List.copyOf(tokens);
  }
}
