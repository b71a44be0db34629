package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What each of the 200 value cells prints: its number, nothing for a cell the report printed empty,
 * {@link PublishedWording#NOT_APPLICABLE_MARK} for one it marked not applicable. Read once per
 * rendering.
 */
final class CellText {
  /** Beyond this, a decimal's plain form would be needlessly long: it is written as 1.5E+2000. */
  private static final int MAX_PLAIN_DIGITS = 400;

  /** How a value cell is printed. */
  enum Mark {
    NUMBER,
    BLANK,
    NOT_APPLICABLE
  }

  private final CellGrid grid;
  // Only the cells a report marked: most mark none.
  private final Map<Cell, Mark> marks = new IdentityHashMap<>();

  CellText(AnnualReport report) {
    this.grid = CellGrid.of(report);
    for (Cell cell : report.blankCells()) {
      marks.put(cell, Mark.BLANK);
    }
    for (Cell cell : report.notApplicableCells()) {
      marks.put(cell, Mark.NOT_APPLICABLE);
    }
  }

  /**
   * The number in a value cell's HTML id {@code cell-N}: its place in {@link FormCells#all()},
   * which is ordered by {@link Cell#compareTo}.
   */
  static int number(Cell cell) {
    return Collections.binarySearch(FormCells.all(), cell);
  }

  Mark mark(Cell cell) {
    Mark mark = marks.get(cell);
    return mark == null ? Mark.NUMBER : mark;
  }

  /** Appends the cell's printed text: escaping is not needed, it is digits, signs and a slash. */
  void append(StringBuilder out, Cell cell) {
    switch (mark(cell)) {
      case BLANK:
        return;
      case NOT_APPLICABLE:
        out.append(PublishedWording.NOT_APPLICABLE_MARK);
        return;
      default:
        if (cell.isMoney()) {
          out.append(money(grid.amount(cell)));
        } else {
          out.append(grid.count(cell));
        }
    }
  }

  /**
   * An amount exactly as held, scale kept (12.30 stays 12.30), in plain digits; scientific only
   * when the plain form would run to hundreds of zeros (a scale of a million is representable).
   */
  static String money(BigDecimal amount) {
    return isHuge(amount) ? amount.toString() : amount.toPlainString();
  }

  /** Whether the amount's plain digits would run beyond {@value #MAX_PLAIN_DIGITS} characters. */
  static boolean isHuge(BigDecimal amount) {
    return (long) amount.precision() + Math.abs((long) amount.scale()) > MAX_PLAIN_DIGITS;
  }
}
