package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Severity;

/** The counts of one input: all that is kept of it once its findings are printed. */
final class FileTally {
  final String name;
  long records;
  long reports;
  long validReports;
  long errors;
  long warnings;
  long infos;

  /** Findings counted but not listed, beyond {@code --max-findings}. */
  long omitted;

  /** Whether the input, or one of its records, could not be read as a report. */
  boolean notReport;

  /** Whether checking it failed inside the tool. */
  boolean internalFailure;

  /**
   * Whether it was handed to the output: at once, or for last year's reports at their first
   * finding.
   */
  boolean started;

  FileTally(String name) {
    this.name = name;
  }

  void count(Finding finding) {
    if (finding.notReport) {
      notReport = true;
    }
    if (finding.severity == Severity.ERROR) {
      errors++;
    } else if (finding.severity == Severity.WARNING) {
      warnings++;
    } else {
      infos++;
    }
  }

  /** Every record is a report and none has an ERROR. */
  boolean valid() {
    return !notReport && !internalFailure && errors == 0;
  }

  /** 3 for a failure of the tool, 2 for input that is not a report, 1 for an ERROR, else 0. */
  int exitStatus() {
    return internalFailure
        ? Main.INTERNAL
        : notReport ? Main.NOT_A_REPORT : errors > 0 ? Main.INVALID : Main.OK;
  }
}
