package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.List;

/** The rules comparing a report with the previous year's report of the same organ. */
final class CrossYearChecks {
  private static final List<String> YEAR = Violation.pointers("/year");
  private static final List<String> ORGAN = Violation.pointers("/organ");
  private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();

  private CrossYearChecks() {}

  /** Related pointer: the previous year's {@code carriedOverToNextYear} cell of the column. */
  static List<Violation> carryOverContinuity(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    if (!comparable(report, previous)) {
      return found;
    }
    List<Violation> result = found;
    for (ApplicantColumn column : COLUMNS) {
      Cell from = FormCells.applications(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR, column);
      Cell to = FormCells.applications(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column);
      int last = to.count(previous);
      if (cells[from.index()] != last) {
        BigDecimal stated = BigDecimal.valueOf(cells[from.index()]);
        BigDecimal computed = BigDecimal.valueOf(last);
        result =
            Check.add(
                result, rule, severity, rule.id(), from.pointer(), Violation.pointers(to.pointer()),
                stated, computed, from, stated, computed, to);
      }
    }
    return result;
  }

  /**
   * Only a warning: documents also expire without being repealed, so the in-force count may fall
   * by more than the repealed ones. Only information when the report says it cleaned up its
   * documents (清理): then the count is meant to break with last year's.
   */
  static List<Violation> inForceContinuity(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity given, List<Violation> found) {
    if (!comparable(report, previous)) {
      return found;
    }
    Severity severity = NarrativeChecks.explainsCleanup(report) ? Severity.INFO : given;
    List<Violation> result = found;
    for (int d = 0; d < DisclosureItem.DOCUMENTS.size(); d++) {
      DisclosureItem item = DisclosureItem.DOCUMENTS.get(d);
      Cell issued = FormCells.disclosure(item, DisclosureColumn.ISSUED);
      Cell repealed = FormCells.disclosure(item, DisclosureColumn.REPEALED);
      Cell inForce = FormCells.disclosure(item, DisclosureColumn.IN_FORCE);
      int last = inForce.count(previous);
      long expected = (long) last + cells[issued.index()] - cells[repealed.index()];
      if (cells[inForce.index()] != expected) {
        BigDecimal stated = BigDecimal.valueOf(cells[inForce.index()]);
        BigDecimal computed = BigDecimal.valueOf(expected);
        result =
            Check.add(
                result, rule, severity, rule.id(), inForce.pointer(),
                Violation.pointers(issued.pointer(), repealed.pointer()), stated, computed,
                inForce, stated, computed, BigDecimal.valueOf(last),
                BigDecimal.valueOf(cells[issued.index()]), BigDecimal.valueOf(cells[repealed.index()]),
                inForce.column().label(), issued.column().label(), repealed.column().label());
      }
    }
    return result;
  }

  /**
   * The continuity rules compare only reports of consecutive years by the same organ: against any
   * other report they would only add spurious findings. {@code YEARS-NOT-CONSECUTIVE} and
   * {@code ORGAN-NAME-CHANGED} say that they did not run.
   */
  static boolean comparable(AnnualReport report, AnnualReport previous) {
    return report.year() == (long) previous.year() + 1 && sameIgnoringWhitespace(report.organ(), previous.organ());
  }

  static List<Violation> yearsNotConsecutive(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    long expected = (long) previous.year() + 1;
    if (report.year() == expected) {
      return found;
    }
    return Check.add(
        found, rule, severity, rule.id(), "/year", YEAR,
        BigDecimal.valueOf(report.year()), BigDecimal.valueOf(expected),
        String.valueOf(report.year()), String.valueOf(previous.year()));
  }

  /** Whitespace is ignored; any other difference in wording is worth a look, not an error. */
  static List<Violation> organNameChanged(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    if (sameIgnoringWhitespace(report.organ(), previous.organ())) {
      return found;
    }
    return Check.add(
        found, rule, severity, rule.id(), "/organ", ORGAN, null, null, report.organ(), previous.organ());
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
