package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table recovered from a PDF's ruling lines: rows of cells with spans, as an HTML table has them
 * (a row lists the cells whose top edge is on it). A table printed across page breaks is one table,
 * its columns aligned by position and a repeated header dropped.
 */
public final class PdfTable implements PdfBlock {
  private final List<List<PdfCell>> rows;
  private final int columns;
  private final PdfRegion region;
  private final int lastPage;

  PdfTable(List<List<PdfCell>> rows, int columns, PdfRegion region, int lastPage) {
    List<List<PdfCell>> copy = new ArrayList<>(rows.size());
    for (List<PdfCell> row : rows) {
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    this.rows = Collections.unmodifiableList(copy);
    this.columns = columns;
    this.region = region;
    this.lastPage = lastPage;
  }

  /** The grid rows, each with the cells that start on it, left to right; a row may be empty. */
  public List<List<PdfCell>> rows() {
    return rows;
  }

  /** The number of grid columns. */
  public int columns() {
    return columns;
  }

  /** Where the table starts. */
  @Override
  public PdfRegion region() {
    return region;
  }

  /** The page where the table ends (its first page when it fits on one). */
  public int lastPage() {
    return lastPage;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("T " + region + " to page " + lastPage + "\n");
    for (List<PdfCell> row : rows) {
      text.append("  ").append(row).append('\n');
    }
    return text.toString();
  }
}
