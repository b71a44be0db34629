package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Verdict;
import java.util.Collections;

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

  /** The verdict on the problems met so far: the gravest of those on its records. */
  Verdict verdict = Verdict.VALID;

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

  void count(Problem problem) {
    Verdict alone = Verdict.of(Collections.singletonList(problem));
    if (alone.compareTo(verdict) > 0) {
      verdict = alone;
    }
    if (problem.severity() == Severity.ERROR) {
      errors++;
    } else if (problem.severity() == Severity.WARNING) {
      warnings++;
    } else {
      infos++;
    }
  }

  /** Whether the input, or one of its records, could not be read as a report. */
  boolean notReport() {
    return verdict == Verdict.NOT_A_REPORT;
  }

  /** Every record is a report and none has an ERROR. */
  boolean valid() {
    return !internalFailure && verdict == Verdict.VALID;
  }

  /** 3 for a failure of the tool, else the status of the verdict ({@link Main#status}). */
  int exitStatus() {
    return internalFailure ? Main.INTERNAL : Main.status(verdict);
  }
}
