package io.github.xxgk.report.validation;

import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The logic of one rule. It adds what it finds to {@code found}, which is null until the first
 * violation, and returns the list; so a report without faults allocates nothing.
 */
@FunctionalInterface
interface Check {
  /**
   * @param previous the previous year's report, or null when validating one report
   * @param cells the 200 cells of {@code report} read once, by {@code Cell.index()}; the money cell
   *     reads 0 here
   */
  List<Violation> run(
      AnnualReport report,
      AnnualReport previous,
      int[] cells,
      Rule rule,
      Severity severity,
      List<Violation> found);

  static List<Violation> add(
      List<Violation> found,
      Rule rule,
      Severity severity,
      String messageKey,
      String pointer,
      List<String> related,
      BigDecimal stated,
      BigDecimal computed,
      Object... arguments) {
    List<Violation> list = found == null ? new ArrayList<Violation>() : found;
    list.add(
        new Violation(rule, severity, messageKey, pointer, related, stated, computed, arguments));
    return list;
  }
}
