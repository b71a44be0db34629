package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Builds variants of reports cell by cell, for the tests. */
final class Reports {
  private Reports() {}

  /** A copy of a report with some count cells replaced, totals taken as given. */
  static AnnualReport with(AnnualReport report, Map<Cell, Integer> changes) {
    CellGrid grid = CellGrid.of(report);
    for (Map.Entry<Cell, Integer> change : changes.entrySet()) {
      grid.set(change.getKey(), change.getValue());
    }
    return grid.toReport();
  }

  /** A copy of a report with one count cell replaced. */
  static AnnualReport with(AnnualReport report, Cell cell, int value) {
    return CellGrid.of(report).set(cell, value).toReport();
  }

  /** A copy of a report with another fee amount. */
  static AnnualReport withFee(AnnualReport report, BigDecimal fee) {
    return CellGrid.of(report).set(ReportChecks.FEE, fee).toReport();
  }

  static Cell cell(String pointer) {
    return FormCells.byPointer(pointer).orElseThrow(() -> new AssertionError("no cell " + pointer));
  }

  /**
   * Sets the tables from values in the catalogue's order ({@link FormCells#all()}), as property
   * tests draw them; the money cell's value is {@code fee}.
   */
  static AnnualReport fromCells(AnnualReport.Builder builder, int[] cells, BigDecimal fee) {
    CellGrid grid = new CellGrid();
    List<Cell> all = FormCells.all();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).isMoney()) {
        grid.set(all.get(i), fee);
      } else {
        grid.set(all.get(i), cells[i]);
      }
    }
    return grid.fill(builder).build();
  }

  /**
   * The cells of a consistent report from its free cells, in the catalogue's order, computed
   * plainly: in each applicant column the outcome rows and the carry-over to next year are free,
   * the supply is their sum, the carry-over from last year is a free number clamped to the supply
   * and the newly received are the rest; every total is the sum of its parts. {@code free} holds at
   * least {@link #FREE} non-negative numbers.
   */
  static int[] consistentCells(int[] free) {
    CellGrid cells = new CellGrid();
    int k = 0;
    for (Cell cell : FormCells.of(FormTable.PROACTIVE_DISCLOSURE)) {
      if (!cell.isMoney()) {
        cells.set(cell, free[k++]);
      }
    }
    for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
      int outcomes = 0;
      for (ApplicationRow row : ApplicationRow.OUTCOME_ROWS) {
        cells.set(FormCells.applications(row, column), free[k]);
        outcomes += free[k++];
      }
      cells.set(FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, column), outcomes);
      int toNextYear = free[k++];
      cells.set(
          FormCells.applications(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column), toNextYear);
      int supply = outcomes + toNextYear;
      int fromLastYear = Math.min(free[k++], supply);
      cells.set(
          FormCells.applications(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR, column),
          fromLastYear);
      cells.set(
          FormCells.applications(ApplicationRow.NEWLY_RECEIVED, column), supply - fromLastYear);
    }
    for (ApplicationRow row : ApplicationRow.values()) {
      int total = 0;
      for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
        total += cells.count(FormCells.applications(row, column));
      }
      cells.set(FormCells.applications(row, ApplicantColumn.TOTAL), total);
    }
    for (CaseGroup group : CaseGroup.values()) {
      int total = 0;
      for (CaseColumn column : CaseColumn.RESULTS) {
        cells.set(FormCells.cases(group, column), free[k]);
        total += free[k++];
      }
      cells.set(FormCells.cases(group, CaseColumn.TOTAL), total);
    }
    int[] values = new int[FormCells.SIZE];
    List<Cell> all = FormCells.all();
    for (int i = 0; i < values.length; i++) {
      values[i] = all.get(i).isMoney() ? 0 : cells.count(all.get(i));
    }
    return values;
  }

  /** How many free numbers {@link #consistentCells} takes. */
  static final int FREE = 9 + 6 * (22 + 2) + 3 * 4;
}
