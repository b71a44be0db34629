package io.github.xxgk.report.testkit;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.List;

/**
 * The generators' words for editing the tables, by row and column, over the catalogue's {@link
 * CellGrid}: generators fill in the free cells and derive the totals; defects edit single cells of
 * a valid report. Working on cells keeps the testkit free of the model's nesting.
 */
final class TableDraft {
  private static final Cell FEE =
      FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);

  private final CellGrid grid;

  TableDraft() {
    this(new CellGrid());
  }

  private TableDraft(CellGrid grid) {
    this.grid = grid;
  }

  /** A draft with every cell of a report, stated totals as stated. */
  static TableDraft of(AnnualReport report) {
    return new TableDraft(CellGrid.of(report));
  }

  int get(Cell cell) {
    return grid.count(cell);
  }

  void set(Cell cell, int value) {
    grid.set(cell, value);
  }

  /** Adds to a cell; the generators' bounds keep every sum well inside {@code int}. */
  void add(Cell cell, int delta) {
    grid.set(cell, Math.addExact(grid.count(cell), delta));
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
    grid.set(FEE, amount);
  }

  /**
   * Recomputes every total of tables 三 and 四 from its terms, as the form's sums give them.
   *
   * @throws ArithmeticException if a total does not fit in an {@code int}
   */
  void recomputeTotals() {
    for (Cell cell : FormCells.all()) {
      if (cell.isTotal()) {
        grid.unset(cell);
      }
    }
    List<Cell> overflowing = grid.fillOmittedTotals();
    if (!overflowing.isEmpty()) {
      throw new ArithmeticException("totals do not fit in an int: " + overflowing);
    }
  }

  /** A copy of the report with its three tables replaced by this draft. */
  AnnualReport applyTo(AnnualReport report) {
    return grid.fill(AnnualReport.builder().from(report)).build();
  }

  /** The three tables of this draft set on a builder. */
  AnnualReport.Builder fill(AnnualReport.Builder builder) {
    return grid.fill(builder);
  }
}
