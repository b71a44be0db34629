package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table that {@link RulingTables} found from ruling lines: its column and row boundaries in
 * points, the cells (a cell spanning several grid positions is one), and which cell owns each grid
 * position, so that a glyph can be put in the cell it was printed in.
 */
final class RulingGrid {
  final float[] xs;
  final float[] ys;

  /**
   * For each spanning cell: top row, left column, bottom row (exclusive), right column (exclusive).
   */
  final List<int[]> cells = new ArrayList<>();

  final int[] owner;

  RulingGrid(float[] xs, float[] ys) {
    this.xs = xs;
    this.ys = ys;
    this.owner = new int[(xs.length - 1) * (ys.length - 1)];
  }

  int columns() {
    return xs.length - 1;
  }

  int rows() {
    return ys.length - 1;
  }

  /**
   * Whether the point lies on the grid's outline or inside it, give or take {@link
   * RulingTables#SNAP}.
   */
  boolean touches(float x, float y) {
    float slack = RulingTables.SNAP;
    return x >= xs[0] - slack
        && x <= xs[xs.length - 1] + slack
        && y >= ys[0] - slack
        && y <= ys[ys.length - 1] + slack;
  }

  boolean contains(float x, float y) {
    return x >= xs[0] && x <= xs[xs.length - 1] && y >= ys[0] && y <= ys[ys.length - 1];
  }

  /** The cell index owning the point, which must be inside. */
  int cellAt(float x, float y) {
    int c = interval(xs, x);
    int r = interval(ys, y);
    return owner[r * columns() + c];
  }

  private static int interval(float[] bounds, float value) {
    int i = Arrays.binarySearch(bounds, value);
    int index = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(bounds.length - 2, index));
  }
}
