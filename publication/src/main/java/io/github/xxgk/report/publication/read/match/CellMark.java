package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;

/** How a cell without a number was printed; such a cell reads as 0. */
public enum CellMark {
  /** Printed empty: the contract's {@code blankCells}. */
  BLANK,
  /**
   * Printed as one of {@link PublishedWording#NOT_APPLICABLE_MARKS} or a run of {@link
   * PublishedWording#NOT_APPLICABLE_DASHES}: the contract's {@code notApplicableCells}.
   */
  NOT_APPLICABLE
}
