package io.github.xxgk.report.json;

import java.io.Serializable;

/**
 * Where a value of a report was in its input: a line and a column, both from 1, counted in
 * characters. A column of 0 means that only the line is known (records of JSON Lines, which are
 * parsed as bytes).
 */
public final class SourcePosition implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  SourcePosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** The line, from 1. */
  public int line() {
    return line;
  }

  /** The column in characters, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** {@code line:column}, or the line alone when the column is unknown. */
  @Override
  public String toString() {
    return column > 0 ? line + ":" + column : String.valueOf(line);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourcePosition
        && ((SourcePosition) other).line == line
        && ((SourcePosition) other).column == column;
  }

  @Override
  public int hashCode() {
    return 31 * line + column;
  }
}
