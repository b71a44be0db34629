package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays cells out on a table grid the way HTML does: each new cell takes the next grid column that
 * no span from above covers. The three layouts are written row by row, as the paper prints them,
 * and the positions follow; {@link #build} refuses a layout with a hole or an overlap.
 */
final class PaperGrid {
  private final FormTable table;
  private final int columnCount;
  private final List<List<PaperCell>> rows = new ArrayList<>();
  private final List<boolean[]> taken = new ArrayList<>();
  private int column;

  PaperGrid(FormTable table, int columnCount) {
    this.table = table;
    this.columnCount = columnCount;
  }

  PaperGrid row() {
    rows.add(new ArrayList<>());
    occupied(rows.size() - 1);
    column = 0;
    return this;
  }

  PaperGrid header(Label label, int rowSpan, int columnSpan) {
    return add(PaperCell.Kind.HEADER, label, null, rowSpan, columnSpan);
  }

  PaperGrid header(Label label) {
    return header(label, 1, 1);
  }

  PaperGrid rowLabel(Label label, int rowSpan, int columnSpan) {
    return add(PaperCell.Kind.ROW_LABEL, label, null, rowSpan, columnSpan);
  }

  PaperGrid note(Label label, int rowSpan, int columnSpan) {
    return add(PaperCell.Kind.NOTE, label, null, rowSpan, columnSpan);
  }

  PaperGrid value(Cell cell, int columnSpan) {
    return add(PaperCell.Kind.VALUE, null, cell, 1, columnSpan);
  }

  PaperGrid value(Cell cell) {
    return value(cell, 1);
  }

  private PaperGrid add(PaperCell.Kind kind, Label label, Cell cell, int rowSpan, int columnSpan) {
    int row = rows.size() - 1;
    boolean[] here = occupied(row);
    while (column < columnCount && here[column]) {
      column++;
    }
    if (column + columnSpan > columnCount) {
      throw new IllegalStateException(table + " row " + row + " overflows at " + label + cell);
    }
    for (int r = row; r < row + rowSpan; r++) {
      boolean[] cover = occupied(r);
      for (int c = column; c < column + columnSpan; c++) {
        if (cover[c]) {
          throw new IllegalStateException(table + " overlap at " + r + "," + c);
        }
        cover[c] = true;
      }
    }
    rows.get(row).add(new PaperCell(kind, label, cell, row, column, rowSpan, columnSpan));
    column += columnSpan;
    return this;
  }

  private boolean[] occupied(int row) {
    while (taken.size() <= row) {
      taken.add(new boolean[columnCount]);
    }
    return taken.get(row);
  }

  PaperTable build() {
    if (taken.size() != rows.size()) {
      throw new IllegalStateException(table + ": a span reaches below the last row");
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columnCount; c++) {
        if (!taken.get(r)[c]) {
          throw new IllegalStateException(table + ": grid position " + r + "," + c + " is empty");
        }
      }
    }
    return new PaperTable(table, columnCount, rows);
  }
}
