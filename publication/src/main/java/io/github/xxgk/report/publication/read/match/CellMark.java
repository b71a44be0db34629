package io.github.xxgk.report.publication.read.match;

/** How a cell without a number was printed; such a cell reads as 0. */
public enum CellMark {
  /** Printed empty: the contract's {@code blankCells}. */
  BLANK,
  /** Printed as "/", "—", "－" or "无": the contract's {@code notApplicableCells}. */
  NOT_APPLICABLE
}
