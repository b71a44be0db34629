package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.ReportRecord;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One record an {@link InputFormat} read: a report, with where each of its values was and the
 * problems met reading it (a published report's warnings), or the findings that kept it from being
 * one.
 */
final class Record {
  /** The position in its input, from 0; -1 for a finding about the whole input. */
  final int index;

  /** The line where it starts, from 1; 0 when unknown. */
  final int line;

  final AnnualReport report;
  final List<Problem> problems;
  private final Positions source;

  /** Where the values of a report were in its input. */
  interface Positions {
    /** The line and column (from 1) of the value at a JSON Pointer; null when unknown. */
    int[] at(String pointer);
  }

  private Record(
      int index, int line, AnnualReport report, List<Problem> problems, Positions source) {
    this.index = index;
    this.line = line;
    this.report = report;
    this.problems = problems;
    this.source = source;
  }

  static Record report(int index, int line, AnnualReport report, ReportRecord source) {
    return new Record(
        index,
        line,
        report,
        Collections.<Problem>emptyList(),
        pointer -> {
          Optional<SourcePosition> at = source.position(pointer);
          return at.isPresent() ? new int[] {at.get().line(), at.get().column()} : null;
        });
  }

  /**
   * A report read from a published page, with the problems met reading it (none an ERROR: they are
   * printed before its violations). It has no line of its own: a finding on a part that was printed
   * nowhere is not located.
   */
  static Record report(AnnualReport report, List<Problem> problems, Positions positions) {
    return new Record(0, 0, report, problems, positions);
  }

  static Record problems(int index, int line, List<Problem> problems) {
    return new Record(index, line, null, problems, null);
  }

  /** Where the value at a JSON Pointer of the report was in the input: line and column, or null. */
  int[] position(String pointer) {
    return source == null ? null : source.at(pointer);
  }
}
