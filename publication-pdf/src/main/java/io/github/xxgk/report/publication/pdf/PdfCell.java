package io.github.xxgk.report.publication.pdf;

/**
 * One cell of a table recovered from a PDF: its text (lines joined by line feeds, in reading
 * order), its place in the table's grid and its spans, as an HTML table cell would have them, and
 * where it was printed. A cell continued on the next page keeps the region of its first part.
 */
public final class PdfCell {
  private final String text;
  private final int row;
  private final int column;
  private final int rowSpan;
  private final int columnSpan;
  private final PdfRegion region;

  PdfCell(String text, int row, int column, int rowSpan, int columnSpan, PdfRegion region) {
    this.text = text;
    this.row = row;
    this.column = column;
    this.rowSpan = rowSpan;
    this.columnSpan = columnSpan;
    this.region = region;
  }

  /** The text printed in the cell, lines joined by {@code \n}; empty for an empty cell. */
  public String text() {
    return text;
  }

  /** The grid row of the cell's top edge, from 0. */
  public int row() {
    return row;
  }

  /** The grid column of the cell's left edge, from 0. */
  public int column() {
    return column;
  }

  /** How many grid rows the cell covers, at least 1. */
  public int rowSpan() {
    return rowSpan;
  }

  /** How many grid columns the cell covers, at least 1. */
  public int columnSpan() {
    return columnSpan;
  }

  /** Where the cell (its first part, for a cell split by a page break) was printed. */
  public PdfRegion region() {
    return region;
  }

  PdfCell withRow(int newRow, int newRowSpan) {
    return new PdfCell(text, newRow, column, newRowSpan, columnSpan, region);
  }

  PdfCell withColumn(int newColumn, int newColumnSpan) {
    return new PdfCell(text, row, newColumn, rowSpan, newColumnSpan, region);
  }

  @Override
  public String toString() {
    return "["
        + row
        + ","
        + column
        + " "
        + rowSpan
        + "x"
        + columnSpan
        + "] "
        + text.replace('\n', '/');
  }
}
