package io.github.xxgk.report.json;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One record of a batch: a report, or the problems that kept it from being one. */
public final class ReportRecord {
  private final int index;
  private final int line;
  private final AnnualReport report;
  private final List<Problem> problems;
  private final ValuePositions positions;

  ReportRecord(int index, int line, AnnualReport report, List<Problem> problems) {
    this(index, line, report, problems, null);
  }

  ReportRecord(
      int index, int line, AnnualReport report, List<Problem> problems, ValuePositions positions) {
    this.index = index;
    this.line = line;
    this.report = report;
    this.problems = Collections.unmodifiableList(problems);
    this.positions = positions;
  }

  /**
   * Where in the input the value at a JSON Pointer of the report was: a cell (such as {@code
   * /applications/newlyReceived/total}) or a value of the report itself ({@code /year}). Empty when
   * the record is not a report, or for an object or a pointer the format does not define.
   */
  public Optional<SourcePosition> position(String pointer) {
    return positions == null ? Optional.<SourcePosition>empty() : positions.of(pointer);
  }

  /** The record's position in the batch, from 0. */
  public int index() {
    return index;
  }

  /** The line of the input where the record starts, from 1. */
  public int line() {
    return line;
  }

  /** The report, when the record is one. */
  public Optional<AnnualReport> report() {
    return Optional.ofNullable(report);
  }

  /** Why the record is not a report; empty when it is one. */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether the record is a report. */
  public boolean isReport() {
    return report != null;
  }

  /**
   * The report.
   *
   * @throws ReportFormatException with the record's problems when it is not a report
   */
  public AnnualReport orElseThrow() {
    if (report == null) {
      throw new ReportFormatException(problems);
    }
    return report;
  }

  /** The index, line and either the report's organ and year or the problem count. */
  @Override
  public String toString() {
    return "record "
        + index
        + " at line "
        + line
        + ": "
        + (report != null ? report.organ() + " " + report.year() : problems.size() + " problems");
  }
}
