package io.github.xxgk.report.validation;

/** How serious a violation is. Only {@link #ERROR} makes a report invalid. */
public enum Severity {
  /** The report is wrong: its numbers or its metadata contradict the form or the statute. */
  ERROR,
  /** Probably wrong, or late or incomplete; a person should look at it. */
  WARNING,
  /** Worth knowing; not a fault of the report by itself. */
  INFO
}
