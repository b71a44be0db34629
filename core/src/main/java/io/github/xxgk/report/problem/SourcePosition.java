package io.github.xxgk.report.problem;

import java.io.Serializable;

/**
 * Where something was in its input: a line and a column, both counted from 1, in characters of the
 * decoded text (for JSON, of the document; for a published page, of its markup; for copied text, of
 * the text). A reader of pages (PDF) uses the page as the line and the place on it as the column. A
 * column of 0 means that only the line is known (records of JSON Lines, which are parsed as bytes);
 * {@link #UNKNOWN} is the position of something that has no place in the input.
 */
public final class SourcePosition implements Serializable, Comparable<SourcePosition> {
  private static final long serialVersionUID = 1L;

  /** The position of something with no place in the input: line 0, column 0. */
  public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

  private final int line;
  private final int column;

  private SourcePosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * A position.
   *
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @throws IllegalArgumentException if line or column is negative
   */
  public static SourcePosition of(int line, int column) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column are counted from 1: " + line + ":" + column);
    }
    return line == 0 && column == 0 ? UNKNOWN : new SourcePosition(line, column);
  }

  /** The line, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** Whether the position is known: its line is. */
  public boolean isKnown() {
    return line > 0;
  }

  /** By line, then by column. */
  @Override
  public int compareTo(SourcePosition other) {
    return line != other.line
        ? Integer.compare(line, other.line)
        : Integer.compare(column, other.column);
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

  /** {@code line:column}, or the line alone when the column is unknown. */
  @Override
  public String toString() {
    return column > 0 ? line + ":" + column : String.valueOf(line);
  }
}
