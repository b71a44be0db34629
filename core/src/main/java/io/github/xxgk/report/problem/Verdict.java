package io.github.xxgk.report.problem;

import java.util.Objects;

/**
 * What the problems of one input say about it, as a whole: the CLI's exit status follows from it.
 * The constants are in order of gravity: of two verdicts on parts of one input, the input's is the
 * greater.
 */
public enum Verdict {
  /** A report came out of the input, and no problem is an {@link Severity#ERROR}. */
  VALID,
  /** A report came out of the input, and at least one problem is an {@link Severity#ERROR}. */
  INVALID,
  /**
   * No report came out of the input: a problem {@linkplain Problem#withholdsReport() withholds it}.
   */
  NOT_A_REPORT;

  /**
   * The verdict on the problems of one input: {@link #NOT_A_REPORT} if any problem withholds the
   * report, else {@link #INVALID} if any is an error, else {@link #VALID}.
   */
  public static Verdict of(Iterable<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    Verdict verdict = VALID;
    for (Problem problem : problems) {
      if (problem.withholdsReport()) {
        return NOT_A_REPORT;
      }
      if (problem.severity() == Severity.ERROR) {
        verdict = INVALID;
      }
    }
    return verdict;
  }
}
