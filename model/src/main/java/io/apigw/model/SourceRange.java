package io.apigw.model;

import java.util.Objects;

/**
 * Where a model element was written: a file and a 1-based line and column, with an optional end
 * (the line and column just after the last character; equal to the start when only a point is
 * known).
 *
 * <p>A source range is an annotation, not part of an element's value: <b>all source ranges are
 * equal to each other</b>. Two models that say the same thing in different files, or the same file
 * before and after reformatting, therefore compare equal, which is what round-trip checks
 * (DSL&nbsp;→ model&nbsp;→ DSL, OpenAPI&nbsp;→ model&nbsp;→ OpenAPI) need. Compare {@link #file()},
 * {@link #line()} and {@link #column()} explicitly where the position itself matters.
 */
public final class SourceRange {
  /** The range of elements nobody wrote (defaults, generated elements). */
  public static final SourceRange NONE = new SourceRange("", 0, 0, 0, 0);

  private final String file;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;

  private SourceRange(String file, int line, int column, int endLine, int endColumn) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  public static SourceRange of(String file, int line, int column) {
    return new SourceRange(file, line, column, line, column);
  }

  public static SourceRange of(String file, int line, int column, int endLine, int endColumn) {
    return new SourceRange(file, line, column, endLine, endColumn);
  }

  /** The given range, or {@link #NONE} when it is null. */
  public static SourceRange orNone(SourceRange range) {
    return range == null ? NONE : range;
  }

  public String file() {
    return file;
  }

  /** 1-based line, 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, 0 when unknown. */
  public int column() {
    return column;
  }

  public int endLine() {
    return endLine;
  }

  public int endColumn() {
    return endColumn;
  }

  public boolean isKnown() {
    return line > 0;
  }

  /** The same file, line and column, with another end. */
  public SourceRange withEnd(int endLine, int endColumn) {
    return new SourceRange(file, line, column, endLine, endColumn);
  }

  /** Same position? Unlike {@link #equals}, this compares file, line and column. */
  public boolean samePosition(SourceRange other) {
    return other != null && file.equals(other.file) && line == other.line && column == other.column;
  }

  /** Always true for another source range: positions are not part of a model's value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceRange;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  /** {@code file:line:column}, or just the file when the position is unknown. */
  @Override
  public String toString() {
    if (!isKnown()) {
      return file;
    }
    return file + ":" + line + ":" + column;
  }
}
