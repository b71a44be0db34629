package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import java.math.BigDecimal;

/** Grids from arrays of counts, for tests that draw every cell at random. */
final class CellArrays {
  private CellArrays() {}

  /**
   * A grid with the counts by place in the catalogue (the money cell's slot ignored) and the fee.
   */
  static CellGrid grid(int[] counts, BigDecimal fee) {
    CellGrid grid = new CellGrid();
    for (int i = 0; i < FormCells.SIZE; i++) {
      Cell cell = FormCells.all().get(i);
      if (cell.isMoney()) {
        grid.set(cell, fee);
      } else {
        grid.set(cell, counts[i]);
      }
    }
    return grid;
  }
}
