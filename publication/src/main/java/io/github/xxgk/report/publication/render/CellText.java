package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;

/**
 * What each of the 200 value cells prints: its number, nothing for a cell the report printed
 * empty, "/" for one it marked not applicable. Read once per rendering.
 */
final class CellText {
  /** The mark this library prints for a cell that is not applicable. */
  static final String NOT_APPLICABLE = "/";

  /** Beyond this, a decimal's plain form would be needlessly long: it is written as 1.5E+2000. */
  private static final int MAX_PLAIN_DIGITS = 400;

  /** How a value cell is printed. */
  enum Mark {
    NUMBER,
    BLANK,
    NOT_APPLICABLE
  }

  private final int[] counts = new int[FormCells.SIZE];
  private final Mark[] marks = new Mark[FormCells.SIZE];
  private final AnnualReport report;

  CellText(AnnualReport report) {
    this.report = report;
    FormCells.readCounts(report, counts);
    java.util.Arrays.fill(marks, Mark.NUMBER);
    for (Cell cell : report.blankCells()) {
      marks[cell.index()] = Mark.BLANK;
    }
    for (Cell cell : report.notApplicableCells()) {
      marks[cell.index()] = Mark.NOT_APPLICABLE;
    }
  }

  Mark mark(Cell cell) {
    return marks[cell.index()];
  }

  /** Appends the cell's printed text: escaping is not needed, it is digits, signs and "/". */
  void append(StringBuilder out, Cell cell) {
    switch (marks[cell.index()]) {
      case BLANK:
        return;
      case NOT_APPLICABLE:
        out.append(NOT_APPLICABLE);
        return;
      default:
        if (cell.isMoney()) {
          out.append(money(cell.amount(report)));
        } else {
          out.append(counts[cell.index()]);
        }
    }
  }

  /**
   * An amount exactly as held, scale kept (12.30 stays 12.30), in plain digits; scientific only
   * when the plain form would run to hundreds of zeros (a scale of a million is representable).
   */
  static String money(BigDecimal amount) {
    long plainDigits = (long) amount.precision() + Math.abs((long) amount.scale());
    return plainDigits <= MAX_PLAIN_DIGITS ? amount.toPlainString() : amount.toString();
  }
}
