package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellValues;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Builds variants of reports cell by cell, for the tests. */
final class Reports {
  private Reports() {}

  /** A copy of a report with some count cells replaced, totals taken as given. */
  static AnnualReport with(AnnualReport report, Map<Cell, Integer> changes) {
    int[] cells = read(report);
    for (Map.Entry<Cell, Integer> change : changes.entrySet()) {
      cells[change.getKey().index()] = change.getValue();
    }
    return fromCells(AnnualReport.builder().from(report), cells, report.proactiveDisclosure().fees().amountWanYuan());
  }

  /** A copy of a report with one count cell replaced. */
  static AnnualReport with(AnnualReport report, Cell cell, int value) {
    Map<Cell, Integer> change = new HashMap<>();
    change.put(cell, value);
    return with(report, change);
  }

  /** A copy of a report with another fee amount. */
  static AnnualReport withFee(AnnualReport report, BigDecimal fee) {
    return fromCells(AnnualReport.builder().from(report), read(report), fee);
  }

  static Cell cell(String pointer) {
    return FormCells.byPointer(pointer).orElseThrow(() -> new AssertionError("no cell " + pointer));
  }

  static int[] read(AnnualReport report) {
    int[] cells = new int[FormCells.SIZE];
    for (Cell cell : FormCells.all()) {
      if (!cell.isMoney()) {
        cells[cell.index()] = cell.count(report);
      }
    }
    return cells;
  }

  static AnnualReport fromCells(AnnualReport.Builder builder, int[] cells, BigDecimal fee) {
    return FormCells.fillTables(
            builder,
            CellValues.of(cells, fee))
        .build();
  }

  /**
   * The cells of a consistent report from its free cells, computed plainly: in each applicant
   * column the outcome rows and the carry-over to next year are free, the supply is their sum, the
   * carry-over from last year is a free number clamped to the supply and the newly received are
   * the rest; every total is the sum of its parts. {@code free} holds at least {@link #FREE}
   * non-negative numbers.
   */
  static int[] consistentCells(int[] free) {
    int[] cells = new int[FormCells.SIZE];
    int k = 0;
    for (Cell cell : FormCells.of(FormTable.PROACTIVE_DISCLOSURE)) {
      if (!cell.isMoney()) {
        cells[cell.index()] = free[k++];
      }
    }
    for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
      int outcomes = 0;
      for (ApplicationRow row : ApplicationRow.OUTCOME_ROWS) {
        cells[FormCells.applications(row, column).index()] = free[k];
        outcomes += free[k++];
      }
      cells[FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, column).index()] = outcomes;
      int toNextYear = free[k++];
      cells[FormCells.applications(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column).index()] = toNextYear;
      int supply = outcomes + toNextYear;
      int fromLastYear = Math.min(free[k++], supply);
      cells[FormCells.applications(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR, column).index()] =
          fromLastYear;
      cells[FormCells.applications(ApplicationRow.NEWLY_RECEIVED, column).index()] = supply - fromLastYear;
    }
    for (ApplicationRow row : ApplicationRow.values()) {
      int total = 0;
      for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
        total += cells[FormCells.applications(row, column).index()];
      }
      cells[FormCells.applications(row, ApplicantColumn.TOTAL).index()] = total;
    }
    for (CaseGroup group : CaseGroup.values()) {
      int total = 0;
      for (CaseColumn column : CaseColumn.RESULTS) {
        cells[FormCells.cases(group, column).index()] = free[k];
        total += free[k++];
      }
      cells[FormCells.cases(group, CaseColumn.TOTAL).index()] = total;
    }
    return cells;
  }

  /** How many free numbers {@link #consistentCells} takes. */
  static final int FREE = 9 + 6 * (22 + 2) + 3 * 4;
}
