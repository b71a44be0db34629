package io.github.xxgk.report.aggregate;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellValues;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Operations over several annual reports. */
public final class AnnualReports {
  private AnnualReports() {}

  /**
   * Adds reports cell by cell into one report of the given organ and year, as the summary that a
   * county publishes for all its reporting organs. Every one of the 200 cells is the sum of that
   * cell over the reports, stated totals included, so a wrong total in a part shows up in the
   * summary. The summary has no organ kind, no publication date, no narrative sections and no
   * marked cells (a sum is not a printed page); set them on a copy if needed. With no reports,
   * the result is the all-zero report.
   *
   * @throws ArithmeticException naming the cell, when a count's sum does not fit in an {@code int}
   * @throws NullPointerException if an argument or a report is {@code null}
   */
  public static AnnualReport sum(String organ, int year, Iterable<AnnualReport> reports) {
    Objects.requireNonNull(organ, "organ");
    List<AnnualReport> parts = new ArrayList<>();
    for (AnnualReport report : reports) {
      parts.add(Objects.requireNonNull(report, "a report to sum is null"));
    }
    CellValues sums =
        new CellValues() {
          @Override
          public int count(Cell cell) {
            long sum = 0;
            for (AnnualReport part : parts) {
              sum += cell.count(part);
            }
            if (sum != (int) sum) {
              throw new ArithmeticException(
                  "The sum of " + cell.pointer() + " over the reports, " + sum + ", does not fit in an int");
            }
            return (int) sum;
          }

          @Override
          public BigDecimal amount(Cell cell) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AnnualReport part : parts) {
              sum = sum.add(cell.amount(part));
            }
            return sum;
          }
        };
    return FormCells.fillTables(AnnualReport.builder().organ(organ).year(year), sums).build();
  }
}
