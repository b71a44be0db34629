package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.ReportRecord;
import io.github.xxgk.report.json.SourcePosition;
import io.github.xxgk.report.model.AnnualReport;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One record an {@link InputFormat} read: a report, with where each of its values was, or the
 * findings that kept it from being one.
 */
final class Record {
  /** The position in its input, from 0; -1 for a finding about the whole input. */
  final int index;
  /** The line where it starts, from 1; 0 when unknown. */
  final int line;
  final AnnualReport report;
  final List<Finding> problems;
  private final ReportRecord source;

  private Record(int index, int line, AnnualReport report, List<Finding> problems, ReportRecord source) {
    this.index = index;
    this.line = line;
    this.report = report;
    this.problems = problems;
    this.source = source;
  }

  static Record report(int index, int line, AnnualReport report, ReportRecord source) {
    return new Record(index, line, report, Collections.<Finding>emptyList(), source);
  }

  static Record problems(int index, int line, List<Finding> problems) {
    return new Record(index, line, null, problems, null);
  }

  /** Where the value at a JSON Pointer of the report was in the input. */
  Optional<SourcePosition> position(String pointer) {
    return source == null ? Optional.<SourcePosition>empty() : source.position(pointer);
  }
}
