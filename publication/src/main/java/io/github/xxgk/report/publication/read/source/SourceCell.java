package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.Objects;

/**
 * One cell of a {@link SourceTable} as the source prints it: its text (line breaks and padding
 * kept), how many rows and columns it spans (as HTML's {@code rowspan} and {@code colspan}), and
 * where it starts in the source.
 */
public final class SourceCell {
  private final String text;
  private final int rowSpan;
  private final int columnSpan;
  private final SourcePosition position;

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
    this.position = Objects.requireNonNull(position, "position");
  }

  /** A cell that spans one row and one column. */
  public static SourceCell of(String text, SourcePosition position) {
    return new SourceCell(text, 1, 1, position);
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
    return position;
  }

  @Override
  public String toString() {
    return position
        + " ["
        + text
        + "]"
        + (rowSpan > 1 || columnSpan > 1 ? rowSpan + "x" + columnSpan : "");
  }
}
