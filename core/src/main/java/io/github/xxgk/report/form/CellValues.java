package io.github.xxgk.report.form;

import java.math.BigDecimal;

/**
 * A value for every cell of the form, from which {@link FormCells#fillTables} builds a report's
 * three tables.
 *
 * @deprecated use a {@link CellGrid}, which reads, edits and builds the tables; this interface goes
 *     once the published-report reader has moved to the grid.
 */
@Deprecated
public interface CellValues {
  /** The count for a count cell. */
  int count(Cell cell);

  /** The amount for the money cell. */
  BigDecimal amount(Cell cell);
}
