package io.github.xxgk.report.json;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.util.List;

/** What reading one report gave: the report, or its problems. */
final class ReadResult {
  final AnnualReport report;
  final List<Problem> problems;

  /** Whether the parser failed, so that nothing after this report can be read. */
  final boolean fatal;

  /** Where the report's values were; null when there is no report. */
  final ValuePositions positions;

  ReadResult(AnnualReport report, List<Problem> problems, boolean fatal) {
    this(report, problems, fatal, null);
  }

  ReadResult(AnnualReport report, List<Problem> problems, boolean fatal, ValuePositions positions) {
    this.report = report;
    this.problems = problems;
    this.fatal = fatal;
    this.positions = positions;
  }
}
