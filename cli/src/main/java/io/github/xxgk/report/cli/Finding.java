package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;

/**
 * One line of output: a violation of a report, or a problem that kept an input or a record from
 * being a report. Its text comes from the data and is escaped only when printed as text.
 */
final class Finding {
  final String rule;
  final Severity severity;

  /** JSON Pointer into the report; empty for the whole input or record. */
  final String pointer;

  /** Line and column in the input, from 1; 0 when unknown. */
  final int line;

  final int column;
  final String message;

  /** The stated and computed numbers; null when the rule has none. */
  final BigDecimal stated;

  final BigDecimal computed;

  /** Whether the input or record could not be read as a report: exit status 2. */
  final boolean notReport;

  Finding(
      String rule,
      Severity severity,
      String pointer,
      int line,
      int column,
      String message,
      BigDecimal stated,
      BigDecimal computed,
      boolean notReport) {
    this.rule = rule;
    this.severity = severity;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.message = message;
    this.stated = stated;
    this.computed = computed;
    this.notReport = notReport;
  }

  /** A problem that kept the input or a record from being a report. */
  static Finding notReport(String rule, String pointer, int line, int column, String message) {
    return new Finding(rule, Severity.ERROR, pointer, line, column, message, null, null, true);
  }
}
