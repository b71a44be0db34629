package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import java.util.List;

/**
 * Where the paper form prints each value cell, stated by the test from the form itself rather than
 * read from the catalogue's layout: {row, column} in the table's grid, counting header rows.
 */
final class ExpectedPositions {
  /** Table 二: four blocks of a caption row and a header row, then their items. */
  private static final int[][] DISCLOSURE = {
    {2, 1},
    {2, 2},
    {2, 3}, // 规章
    {3, 1},
    {3, 2},
    {3, 3}, // 行政规范性文件
    {6, 1}, // 行政许可
    {9, 1}, // 行政处罚
    {10, 1}, // 行政强制
    {13, 1} // 行政事业性收费
  };

  private ExpectedPositions() {}

  /** The table (0, 1, 2 for 二, 三, 四) and the grid position of the cell with this index. */
  static int[] of(Cell cell) {
    int i = FormCells.all().indexOf(cell);
    if (i < 10) {
      return new int[] {0, DISCLOSURE[i][0], DISCLOSURE[i][1]};
    }
    if (i < 185) {
      // Three header rows, three label columns, 25 rows of seven.
      return new int[] {1, 3 + (i - 10) / 7, 3 + (i - 10) % 7};
    }
    // Three header rows, then one row of fifteen.
    return new int[] {2, 3, i - 185};
  }

  static List<Cell> all() {
    return FormCells.all();
  }
}
