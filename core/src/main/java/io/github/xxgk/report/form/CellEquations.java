package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Equations over the form's count cells, each "a cell equals the sum of some cells minus the sum of
 * others", kept as positions in the catalogue so that a {@link CellGrid} is checked against all of
 * them in one loop over its own array. The validator's arithmetic rules run through this: a grid's
 * {@link CellGrid#sum} and {@link CellGrid#count} called per equation cost a valid report a tenth
 * more. Immutable and thread-safe.
 *
 * <pre>{@code
 * CellEquations equations = CellEquations.builder().add(total, terms, none).build();
 * for (int e = equations.nextFailing(grid, 0); e >= 0; e = equations.nextFailing(grid, e + 1)) {
 *   long computed = equations.computed(grid, e);
 * }
 * }</pre>
 */
public final class CellEquations {
  private final int[] stated;
  private final int[][] added;
  private final int[][] subtracted;

  private CellEquations(List<Integer> stated, List<int[]> added, List<int[]> subtracted) {
    int n = stated.size();
    this.stated = new int[n];
    this.added = added.toArray(new int[n][]);
    this.subtracted = subtracted.toArray(new int[n][]);
    for (int e = 0; e < n; e++) {
      this.stated[e] = stated.get(e);
    }
  }

  /** Starts a list of equations. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many equations there are. */
  public int size() {
    return stated.length;
  }

  /**
   * The first equation, by the order they were added, at or after {@code from} that does not hold
   * in a grid; -1 if they all hold.
   */
  public int nextFailing(CellGrid grid, int from) {
    int[] counts = grid.counts();
    for (int e = Math.max(from, 0); e < stated.length; e++) {
      if (computed(counts, e) != counts[stated[e]]) {
        return e;
      }
    }
    return -1;
  }

  /**
   * The right-hand side of an equation in a grid: its added cells' sum minus its subtracted cells'
   * sum, in {@code long} so that it cannot overflow.
   *
   * @throws IndexOutOfBoundsException if there is no equation {@code e}
   */
  public long computed(CellGrid grid, int e) {
    if (e < 0 || e >= stated.length) {
      throw new IndexOutOfBoundsException("equation " + e + " of " + stated.length);
    }
    return computed(grid.counts(), e);
  }

  private long computed(int[] counts, int e) {
    long sum = 0;
    for (int position : added[e]) {
      sum += counts[position];
    }
    for (int position : subtracted[e]) {
      sum -= counts[position];
    }
    return sum;
  }

  /** Collects equations in order; an equation's index is its place in that order. */
  public static final class Builder {
    private final List<Integer> stated = new ArrayList<>();
    private final List<int[]> added = new ArrayList<>();
    private final List<int[]> subtracted = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the equation {@code stated = sum(added) − sum(subtracted)}.
     *
     * @throws IllegalArgumentException if one of the cells is the money cell
     */
    public Builder add(Cell stated, List<Cell> added, List<Cell> subtracted) {
      this.stated.add(position(stated));
      this.added.add(positions(added));
      this.subtracted.add(positions(subtracted));
      return this;
    }

    /** The equations added so far. */
    public CellEquations build() {
      return new CellEquations(stated, added, subtracted);
    }

    private static int[] positions(List<Cell> cells) {
      int[] positions = new int[cells.size()];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = position(cells.get(i));
      }
      return positions;
    }

    private static int position(Cell cell) {
      if (Objects.requireNonNull(cell, "cell").isMoney()) {
        throw new IllegalArgumentException(cell.pointer() + " holds money, not a count");
      }
      return cell.index();
    }
  }
}
