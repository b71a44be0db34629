package io.github.xxgk.report.json.cli;

import io.github.xxgk.report.json.JsonProblem;
import io.github.xxgk.report.validation.Severity;
import io.github.xxgk.report.validation.Violation;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** One line of output: a violation of a report, or a problem that kept a record from being one. */
final class Finding {
  final String rule;
  final Severity severity;
  final String pointer;
  final int record;
  final int line;
  final int column;
  final String message;
  final Optional<BigDecimal> stated;
  final Optional<BigDecimal> computed;
  /** Whether the input could not be read as a report: the exit status is then 2. */
  final boolean unreadable;

  private Finding(
      String rule,
      Severity severity,
      String pointer,
      int record,
      int line,
      int column,
      String message,
      Optional<BigDecimal> stated,
      Optional<BigDecimal> computed,
      boolean unreadable) {
    this.rule = rule;
    this.severity = severity;
    this.pointer = pointer;
    this.record = record;
    this.line = line;
    this.column = column;
    this.message = message;
    this.stated = stated;
    this.computed = computed;
    this.unreadable = unreadable;
  }

  static Finding of(Violation violation, int record, int line, Locale locale) {
    return new Finding(
        violation.ruleId(),
        violation.severity(),
        violation.pointer(),
        record,
        line,
        0,
        violation.message(locale),
        violation.stated(),
        violation.computed(),
        false);
  }

  static Finding of(JsonProblem problem, int record, Locale locale) {
    return new Finding(
        problem.ruleId(),
        Severity.ERROR,
        problem.pointer(),
        record,
        problem.line(),
        problem.column(),
        problem.message(locale),
        Optional.<BigDecimal>empty(),
        Optional.<BigDecimal>empty(),
        true);
  }

  /** The input holds no report at all: it is empty, blank or an empty array. */
  static Finding noReport(Locale locale) {
    return new Finding(
        JsonProblem.SYNTAX,
        Severity.ERROR,
        "",
        -1,
        1,
        1,
        Locale.CHINESE.getLanguage().equals(locale.getLanguage())
            ? "文件中没有报告（为空、只有空白或是空数组）"
            : "the file holds no report (it is empty, blank or an empty array)",
        Optional.<BigDecimal>empty(),
        Optional.<BigDecimal>empty(),
        true);
  }

  /** The input could not be read at all. */
  static Finding unreadable(String rule, String message) {
    return new Finding(
        rule,
        Severity.ERROR,
        "",
        -1,
        0,
        0,
        message,
        Optional.<BigDecimal>empty(),
        Optional.<BigDecimal>empty(),
        true);
  }
}
