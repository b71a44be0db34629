package io.github.xxgk.report.form;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a table as printed on the paper form: a caption, the printed note or a value, and the
 * rectangle of the table's grid it covers. Rows and columns count from 0 at the top left of the
 * table, header rows included, the way an HTML table lays out {@code rowspan} and {@code colspan}.
 */
public final class PaperCell {
  /** What a paper cell holds. */
  public enum Kind {
    /** A column header or the caption of a block of the table (第二十条第（一）项). */
    HEADER,
    /** A row's caption, or the caption of a group of rows (（三）不予公开). */
    ROW_LABEL,
    /** The note printed in the table (the 勾稽关系 of table 三). */
    NOTE,
    /** One of the 200 value cells of the form. */
    VALUE
  }

  private final Kind kind;
  private final Label label;
  private final Cell cell;
  private final int row;
  private final int column;
  private final int rowSpan;
  private final int columnSpan;

  PaperCell(Kind kind, Label label, Cell cell, int row, int column, int rowSpan, int columnSpan) {
    this.kind = kind;
    this.label = label;
    this.cell = cell;
    this.row = row;
    this.column = column;
    this.rowSpan = rowSpan;
    this.columnSpan = columnSpan;
  }

  /** What the cell holds. */
  public Kind kind() {
    return kind;
  }

  /** The printed caption or note; empty for a {@link Kind#VALUE} cell. */
  public Optional<Label> label() {
    return Optional.ofNullable(label);
  }

  /** The value cell of the catalogue printed here; empty for a caption or the note. */
  public Optional<Cell> cell() {
    return Optional.ofNullable(cell);
  }

  /** The grid row of the cell's top edge, from 0. */
  public int row() {
    return row;
  }

  /** The grid column of the cell's left edge, from 0. */
  public int column() {
    return column;
  }

  /** How many grid rows the cell covers (HTML {@code rowspan}), at least 1. */
  public int rowSpan() {
    return rowSpan;
  }

  /** How many grid columns the cell covers (HTML {@code colspan}), at least 1. */
  public int columnSpan() {
    return columnSpan;
  }

  /** Whether the cell covers grid row {@code r}. */
  public boolean coversRow(int r) {
    return r >= row && r < row + rowSpan;
  }

  /** Whether the cell covers grid column {@code c}. */
  public boolean coversColumn(int c) {
    return c >= column && c < column + columnSpan;
  }

  /** Whether every grid column of {@code other} is also one of this cell's. */
  boolean spansColumnsOf(PaperCell other) {
    return other.column >= column && other.column + other.columnSpan <= column + columnSpan;
  }

  /** Whether every grid row of {@code other} is also one of this cell's. */
  boolean spansRowsOf(PaperCell other) {
    return other.row >= row && other.row + other.rowSpan <= row + rowSpan;
  }

  /** Kind, position, spans and content, for test failures and logs. */
  @Override
  public String toString() {
    return kind
        + "@"
        + row
        + ","
        + column
        + (rowSpan > 1 || columnSpan > 1 ? " " + rowSpan + "x" + columnSpan : "")
        + " "
        + (cell != null ? cell.pointer() : Objects.requireNonNull(label).zh());
  }
}
