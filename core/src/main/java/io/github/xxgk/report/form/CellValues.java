package io.github.xxgk.report.form;

import java.math.BigDecimal;

/**
 * A value for every cell of the form, from which {@link FormCells#fillTables} builds a report's
 * three tables. Generators and aggregation supply one.
 */
public interface CellValues {
  /** The count for a count cell. */
  int count(Cell cell);

  /** The amount for the money cell. */
  BigDecimal amount(Cell cell);
}
