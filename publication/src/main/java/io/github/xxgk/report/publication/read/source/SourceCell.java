package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.Objects;

/**
 * One cell of a {@link SourceTable} as the source prints it: its text (line breaks and padding
 * kept), how many rows and columns it spans (as HTML's {@code rowspan} and {@code colspan}), and
 * where it starts in the source.
 *
 * <p>A producer that has the whole source as one string (copied text) gives a cell as a range of
 * it, {@link #of(String, int, int, int, int)}, and its position as a line and a column: the cell's
 * text and position are made only when asked for (each time), so that a table of hundreds of cells
 * is not hundreds of copies and positions that a reader scanning the range in place ({@link
 * #source()}, {@link #start()}, {@link #end()}) never needs. Immutable either way.
 */
public final class SourceCell {
  private final String source;
  private final int start;
  private final int end;
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
    this(
        Objects.requireNonNull(text, "text"),
        0,
        text.length(),
        rowSpan,
        columnSpan,
        Objects.requireNonNull(position, "position").line(),
        position.column());
  }

  /**
   * A cell whose text is {@code source[start, end)}, at {@code line} and {@code column} (as {@link
   * SourcePosition#of} counts them).
   *
   * @param rowSpan rows covered, at least 1
   * @param columnSpan columns covered, at least 1
   * @throws IllegalArgumentException if a span is less than 1, the range is not within the source,
   *     or the line or column is negative
   */
  public SourceCell(
      String source, int start, int end, int rowSpan, int columnSpan, int line, int column) {
    if (rowSpan < 1 || columnSpan < 1) {
      throw new IllegalArgumentException("spans are at least 1: " + rowSpan + "x" + columnSpan);
    }
    if (start < 0 || end < start || end > source.length()) {
      throw new IllegalArgumentException(
          "not a range of the source: [" + start + ", " + end + ") of " + source.length());
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column are counted from 1: " + line + ":" + column);
    }
    this.source = source;
    this.start = start;
    this.end = end;
    this.rowSpan = rowSpan;
    this.columnSpan = columnSpan;
    this.line = line;
    this.column = column;
  }

  /** A cell that spans one row and one column. */
  public static SourceCell of(String text, SourcePosition position) {
    return new SourceCell(text, 1, 1, position);
  }

  /**
   * A cell that spans one row and one column, its text {@code source[start, end)}, at {@code line}
   * and {@code column}.
   *
   * @throws IllegalArgumentException as {@link #SourceCell(String, int, int, int, int, int, int)}
   */
  public static SourceCell of(String source, int start, int end, int line, int column) {
    return new SourceCell(source, start, end, 1, 1, line, column);
  }

  /**
   * The text as printed: {@code source().substring(start(), end())}, copied out of the source each
   * time it is asked for when the cell is a range of it.
   */
  public String text() {
    return start == 0 && end == source.length() ? source : source.substring(start, end);
  }

  /**
   * The string holding the cell's text from {@link #start()} to {@link #end()}: the whole source
   * when the producer gave the cell as a range of it, else the text itself.
   */
  public String source() {
    return source;
  }

  /** Where the cell's text starts in {@link #source()}. */
  public int start() {
    return start;
  }

  /** Where the cell's text ends in {@link #source()}, exclusive. */
  public int end() {
    return end;
  }

  /** How many rows the cell covers, from its own row down. */
  public int rowSpan() {
    return rowSpan;
  }

  /** How many columns the cell covers, from its own column rightwards. */
  public int columnSpan() {
    return columnSpan;
  }

  /** The line where the cell starts, as {@link SourcePosition#line()}. */
  public int line() {
    return line;
  }

  /** The column where the cell starts, as {@link SourcePosition#column()}. */
  public int column() {
    return column;
  }

  /** Where the cell starts in the source ({@link #line()} and {@link #column()}). */
  public SourcePosition position() {
    return SourcePosition.of(line, column);
  }

  @Override
  public String toString() {
    return position()
        + " ["
        + text()
        + "]"
        + (rowSpan > 1 || columnSpan > 1 ? rowSpan + "x" + columnSpan : "");
  }
}
