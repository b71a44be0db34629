package io.github.xxgk.report.publication.read.source;

import java.io.Serializable;

/**
 * Where something was found in a source: a line and a column, both counted from 1, in the decoded
 * text of the source (for HTML, of the page's markup; for plain text, of the text). A producer that
 * reads pages (PDF) uses the page as the line and the position on it as the column. {@link
 * #UNKNOWN} is the position of something that has no place in the source.
 */
public final class SourcePosition implements Serializable, Comparable<SourcePosition> {
  private static final long serialVersionUID = 1L;

  /** The position of something with no place in the source: line 0, column 0. */
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

  /** Whether the position is known. */
  public boolean isKnown() {
    return line > 0;
  }

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
    return line * 31 + column;
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
