package io.github.xxgk.report.problem;

/**
 * How serious a problem is. Only {@link #ERROR} makes a report invalid; an ERROR of a {@link Code}
 * that {@linkplain Code#withholdsReport() withholds the report} means no report came out of the
 * input.
 */
public enum Severity {
  /** The report is wrong: its numbers or its metadata contradict the form or the statute. */
  ERROR,
  /** Probably wrong, or late or incomplete; a person should look at it. */
  WARNING,
  /** Worth knowing; not a fault of the report by itself. */
  INFO
}
