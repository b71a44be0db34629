package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.List;

/** The rules comparing a report with the previous year's report of the same organ. */
final class CrossYearChecks {
  private static final List<String> YEAR = ViolationBuilder.pointers("/year");
  private static final List<String> ORGAN = ViolationBuilder.pointers("/organ");
  private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();

  private CrossYearChecks() {}

  /** Related pointer: the previous year's {@code carriedOverToNextYear} cell of the column. */
  static void carryOverContinuity(CheckContext context) {
    AnnualReport previous = context.previous();
    if (!comparable(context.report(), previous)) {
      return;
    }
    for (ApplicantColumn column : COLUMNS) {
      Cell from = FormCells.applications(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR, column);
      Cell to = FormCells.applications(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column);
      int last = to.count(previous);
      int stated = context.count(from);
      if (stated != last) {
        context
            .violation(from)
            .related(to)
            .stated(stated)
            .computed(last)
            .arguments(from, BigDecimal.valueOf(stated), BigDecimal.valueOf(last), to)
            .add();
      }
    }
  }

  /**
   * The continuity rules compare only reports of consecutive years by the same organ: against any
   * other report they would only add spurious findings. {@code YEARS-NOT-CONSECUTIVE} and {@code
   * ORGAN-NAME-CHANGED} say that they did not run.
   */
  static boolean comparable(AnnualReport report, AnnualReport previous) {
    return report.year() == (long) previous.year() + 1
        && sameIgnoringWhitespace(report.organ(), previous.organ());
  }

  static void yearsNotConsecutive(CheckContext context) {
    AnnualReport report = context.report();
    AnnualReport previous = context.previous();
    long expected = (long) previous.year() + 1;
    if (report.year() != expected) {
      context
          .violation("/year")
          .related(YEAR)
          .stated(report.year())
          .computed(expected)
          .arguments(String.valueOf(report.year()), String.valueOf(previous.year()))
          .add();
    }
  }

  /** Whitespace is ignored; any other difference in wording is worth a look, not an error. */
  static void organNameChanged(CheckContext context) {
    AnnualReport report = context.report();
    AnnualReport previous = context.previous();
    if (!sameIgnoringWhitespace(report.organ(), previous.organ())) {
      context.violation("/organ").related(ORGAN).arguments(report.organ(), previous.organ()).add();
    }
  }

  static boolean sameIgnoringWhitespace(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && isSpace(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && isSpace(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
