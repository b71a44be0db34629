package io.github.xxgk.report.aggregate;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several organs' annual reports taken together: their sum cell by cell, the summary that a
 * county's 主管部门 publishes for all its reporting organs.
 */
public final class AnnualReports {
  /** Digits of an exact sum of fees at most: far beyond any amount, far below a costly one. */
  static final int MAX_FEE_DIGITS = 10_000;

  private AnnualReports() {}

  /**
   * Adds reports cell by cell into one report of the given organ and year, as the summary that a
   * county publishes for all its reporting organs. Every one of the 200 cells is the sum of that
   * cell over the reports, stated totals included, so a wrong total in a part shows up in the
   * summary. The summary has no organ kind, no publication date, no narrative sections and no
   * marked cells (a sum is not a printed page); set them on a copy if needed. With no reports, the
   * result is the all-zero report. The fee is the exact sum, with the scale of its most precise
   * part ({@code 1E+3} alone stays {@code 1E+3}).
   *
   * @throws ArithmeticException naming the cell, when a count's sum does not fit in an {@code int},
   *     or when the exact sum of the fees would need more than {@value #MAX_FEE_DIGITS} digits
   *     (amounts whose scales are far apart, such as {@code 1E+999999999} and {@code 1E-999999999})
   * @throws NullPointerException if an argument or a report is {@code null}
   */
  public static AnnualReport sum(String organ, int year, Iterable<AnnualReport> reports) {
    Objects.requireNonNull(organ, "organ");
    List<AnnualReport> parts = new ArrayList<>();
    for (AnnualReport report : reports) {
      parts.add(Objects.requireNonNull(report, "a report to sum is null"));
    }
    CellGrid sums = new CellGrid();
    for (Cell cell : FormCells.all()) {
      if (cell.isMoney()) {
        sums.set(cell, amount(cell, parts));
      } else {
        sums.set(cell, count(cell, parts));
      }
    }
    return sums.fill(AnnualReport.builder().organ(organ).year(year)).build();
  }

  private static int count(Cell cell, List<AnnualReport> parts) {
    long sum = 0;
    for (AnnualReport part : parts) {
      sum += cell.count(part);
    }
    if (sum != (int) sum) {
      throw new ArithmeticException(
          "The sum of "
              + cell.pointer()
              + " over the reports, "
              + sum
              + ", does not fit in an int");
    }
    return (int) sum;
  }

  private static BigDecimal amount(Cell cell, List<AnnualReport> parts) {
    if (parts.isEmpty()) {
      return BigDecimal.ZERO;
    }
    // The digits the exact sum spans: from the highest place of any part to the lowest.
    long highest = Long.MIN_VALUE;
    long lowest = Long.MAX_VALUE;
    for (AnnualReport part : parts) {
      BigDecimal amount = cell.amount(part);
      if (amount.signum() != 0) {
        highest = Math.max(highest, (long) amount.precision() - amount.scale());
      }
      lowest = Math.min(lowest, -(long) amount.scale());
    }
    if (highest != Long.MIN_VALUE && highest - lowest > MAX_FEE_DIGITS) {
      throw new ArithmeticException(
          "The sum of "
              + cell.pointer()
              + " over the reports would need "
              + (highest - lowest)
              + " digits, more than "
              + MAX_FEE_DIGITS);
    }
    BigDecimal sum = cell.amount(parts.get(0));
    for (AnnualReport part : parts.subList(1, parts.size())) {
      sum = sum.add(cell.amount(part));
    }
    return sum;
  }
}
