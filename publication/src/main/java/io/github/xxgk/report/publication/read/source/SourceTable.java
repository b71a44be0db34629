package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A table as the source prints it: rows of cells in reading order, each cell with its spans, as in
 * HTML (a cell covered by a span from above or from the left is not repeated). A table split over
 * two pages is two tables; the matcher does not need them joined.
 */
public final class SourceTable implements SourceBlock {
  private final List<List<SourceCell>> rows;
  private final SourcePosition position;

  /**
   * A table from its rows; the lists are copied, all cells into one array that each row is a view
   * of (a table of copied text has a hundred rows of two or three cells: a list of its own for each
   * would be three objects a row).
   */
  public SourceTable(List<? extends List<SourceCell>> rows, SourcePosition position) {
    int count = 0;
    for (List<SourceCell> row : rows) {
      count += row.size();
    }
    SourceCell[] cells = new SourceCell[count];
    Row[] copy = new Row[rows.size()];
    int at = 0;
    int r = 0;
    for (List<SourceCell> row : rows) {
      int from = at;
      for (SourceCell cell : row) {
        cells[at++] = cell;
      }
      copy[r++] = new Row(cells, from, at);
    }
    this.rows = Collections.unmodifiableList(Arrays.<List<SourceCell>>asList(copy));
    this.position = Objects.requireNonNull(position, "position");
  }

  /** One row: the cells {@code cells[from, to)} of its table, unmodifiable. */
  private static final class Row extends AbstractList<SourceCell> implements RandomAccess {
    private final SourceCell[] cells;
    private final int from;
    private final int size;

    Row(SourceCell[] cells, int from, int to) {
      this.cells = cells;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public SourceCell get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("cell " + index + " of a row of " + size);
      }
      return cells[from + index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The rows, top to bottom; each row's cells left to right. */
  public List<List<SourceCell>> rows() {
    return rows;
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public String toString() {
    return position + " table of " + rows.size() + " rows";
  }
}
