package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.Objects;

/**
 * One cell of a {@link SourceTable} as the source prints it: its text (line breaks and padding
 * kept), how many rows and columns it spans (as HTML's {@code rowspan} and {@code colspan}), and
 * where it starts in the source.
 *
 * <p>The position is kept as its line and column, and made a {@link SourcePosition} when asked: a
 * copied table has hundreds of cells, and only those a problem or a value's provenance names need
 * one.
 */
public final class SourceCell {
  private final String text;
  private final int rowSpan;
  private final int columnSpan;
  private final int line;
  private final int column;

  /**
   * A cell.
   *
   * @param rowSpan rows covered, at least 1
   * @param columnSpan columns covered, at least 1
   * @throws IllegalArgumentException if a span is less than 1
   */
  public SourceCell(String text, int rowSpan, int columnSpan, SourcePosition position) {
    if (rowSpan < 1 || columnSpan < 1) {
      throw new IllegalArgumentException("spans are at least 1: " + rowSpan + "x" + columnSpan);
    }
    this.text = Objects.requireNonNull(text, "text");
    this.rowSpan = rowSpan;
    this.columnSpan = columnSpan;
    this.line = Objects.requireNonNull(position, "position").line();
    this.column = position.column();
  }

  private SourceCell(String text, int line, int column) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column are counted from 1: " + line + ":" + column);
    }
    this.text = Objects.requireNonNull(text, "text");
    this.rowSpan = 1;
    this.columnSpan = 1;
    this.line = line;
    this.column = column;
  }

  /** A cell that spans one row and one column. */
  public static SourceCell of(String text, SourcePosition position) {
    return new SourceCell(text, 1, 1, position);
  }

  /**
   * A cell that spans one row and one column, at a line and a column as {@link SourcePosition#of}
   * takes them.
   *
   * @throws IllegalArgumentException if line or column is negative
   */
  public static SourceCell at(String text, int line, int column) {
    return new SourceCell(text, line, column);
  }

  /** The text as printed. */
  public String text() {
    return text;
  }

  /** How many rows the cell covers, from its own row down. */
  public int rowSpan() {
    return rowSpan;
  }

  /** How many columns the cell covers, from its own column rightwards. */
  public int columnSpan() {
    return columnSpan;
  }

  /** Where the cell starts in the source. */
  public SourcePosition position() {
    return SourcePosition.of(line, column);
  }

  /** The line of {@link #position()}. */
  public int line() {
    return line;
  }

  /** The column of {@link #position()}. */
  public int column() {
    return column;
  }

  @Override
  public String toString() {
    return position()
        + " ["
        + text
        + "]"
        + (rowSpan > 1 || columnSpan > 1 ? rowSpan + "x" + columnSpan : "");
  }
}
