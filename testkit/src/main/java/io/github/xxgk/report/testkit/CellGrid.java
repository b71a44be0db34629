package io.github.xxgk.report.testkit;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellValues;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;

/**
 * A mutable value for every cell of the form. Generators fill in the free cells and derive the
 * totals here; defects edit single cells of a valid report. Working on the catalogue's cells keeps
 * the testkit free of any knowledge of the model's nesting.
 */
final class CellGrid implements CellValues {
  private static final Cell FEE = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);

  private final int[] counts = new int[FormCells.SIZE];
  private BigDecimal fee = BigDecimal.ZERO;

  /** A grid with every cell of a report, stated totals as stated. */
  static CellGrid of(AnnualReport report) {
    CellGrid grid = new CellGrid();
    for (Cell cell : FormCells.all()) {
      if (cell.isMoney()) {
        grid.fee = cell.amount(report);
      } else {
        grid.counts[cell.index()] = cell.count(report);
      }
    }
    return grid;
  }

  int get(Cell cell) {
    return counts[cell.index()];
  }

  void set(Cell cell, int value) {
    counts[cell.index()] = value;
  }

  /** Adds to a cell; the generators' bounds keep every sum well inside {@code int}. */
  void add(Cell cell, int delta) {
    counts[cell.index()] = Math.addExact(counts[cell.index()], delta);
  }

  int get(ApplicationRow row, ApplicantColumn column) {
    return get(FormCells.applications(row, column));
  }

  void set(ApplicationRow row, ApplicantColumn column, int value) {
    set(FormCells.applications(row, column), value);
  }

  void add(ApplicationRow row, ApplicantColumn column, int delta) {
    add(FormCells.applications(row, column), delta);
  }

  void set(DisclosureItem item, DisclosureColumn column, int value) {
    set(FormCells.disclosure(item, column), value);
  }

  void set(CaseGroup group, CaseColumn column, int value) {
    set(FormCells.cases(group, column), value);
  }

  void fee(BigDecimal amount) {
    fee = amount;
  }

  /**
   * Recomputes every total of tables 三 and 四 from its terms: 三（七） per column first, then the
   * total column of every row, so that both sums of the table's corner agree.
   */
  void recomputeTotals() {
    for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
      long sum = 0;
      for (ApplicationRow row : ApplicationRow.OUTCOME_ROWS) {
        sum += get(row, column);
      }
      set(ApplicationRow.OUTCOMES_TOTAL, column, Math.toIntExact(sum));
    }
    for (ApplicationRow row : ApplicationRow.values()) {
      long sum = 0;
      for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
        sum += get(row, column);
      }
      set(row, ApplicantColumn.TOTAL, Math.toIntExact(sum));
    }
    for (CaseGroup group : CaseGroup.values()) {
      long sum = 0;
      for (CaseColumn column : CaseColumn.RESULTS) {
        sum += get(FormCells.cases(group, column));
      }
      set(group, CaseColumn.TOTAL, Math.toIntExact(sum));
    }
  }

  /** A copy of the report with its three tables replaced by this grid. */
  AnnualReport applyTo(AnnualReport report) {
    return FormCells.fillTables(AnnualReport.builder().from(report), this).build();
  }

  /** The three tables of this grid set on a builder. */
  AnnualReport.Builder fill(AnnualReport.Builder builder) {
    return FormCells.fillTables(builder, this);
  }

  @Override
  public int count(Cell cell) {
    return get(cell);
  }

  @Override
  public BigDecimal amount(Cell cell) {
    if (cell != FEE) {
      throw new IllegalArgumentException(cell + " is not the money cell");
    }
    return fee;
  }
}
