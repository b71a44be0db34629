package io.github.xxgk.report.form;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value for every cell of the form, from which {@link FormCells#fillTables} builds a report's
 * three tables.
 *
 * @deprecated use a {@link CellGrid}, which reads, edits and builds the tables; this interface goes
 *     once the JSON reader and the published-report reader have moved to the grid.
 */
@Deprecated
public interface CellValues {
  /** The count for a count cell. */
  int count(Cell cell);

  /** The amount for the money cell. */
  BigDecimal amount(Cell cell);

  /**
   * Values from an array indexed by {@link Cell#index()}, as {@link FormCells#readCounts} fills
   * it, and the fee amount. The array is read when the tables are built, not copied.
   *
   * @param counts at least {@value FormCells#SIZE} counts; the money cell's slot is ignored
   * @throws IllegalArgumentException if the array is shorter
   */
  static CellValues of(int[] counts, BigDecimal fee) {
    Objects.requireNonNull(fee, "fee");
    if (counts.length < FormCells.SIZE) {
      throw new IllegalArgumentException(
          "need an array of " + FormCells.SIZE + " counts, got " + counts.length);
    }
    return new CellValues() {
      @Override
      public int count(Cell cell) {
        return counts[cell.index()];
      }

      @Override
      public BigDecimal amount(Cell cell) {
        return fee;
      }
    };
  }
}
