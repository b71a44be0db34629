package io.github.xxgk.report.cli;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.problem.Verdict;
import io.github.xxgk.report.publication.read.PublishedReports;
import io.github.xxgk.report.publication.read.ReadResult;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A published report: an HTML page, or text copied from one (one cell per line, tab-separated rows,
 * Markdown tables), in UTF-8 or GB18030/GBK, read by {@link PublishedReports}. It takes any input
 * that looks like markup or text and is not JSON. The problems of the reading (IMPORT-*) come
 * before the report's violations, in the same list; a report that cannot be read exactly is not a
 * report, with its located problems.
 *
 * <p>This class and the reader it uses are loaded only when an input is not JSON, so that
 * validating JSON does not pay for jsoup.
 */
final class PublishedInput implements InputFormat {
  @Override
  public boolean recognises(Head head) {
    String looks = NotJson.looksLike(head);
    return looks.equals("html")
        || looks.equals("markup")
        || looks.equals("text")
        || looks.equals("gb18030");
  }

  @Override
  public void read(InputStream in, Head head, Input input, Messages messages, RecordSink sink)
      throws IOException {
    sink.accept(record(new ArrayList<Problem>(), PublishedReports.read(in)));
  }

  /**
   * The record of a reading: the report with the reading's problems, or, when there is no report,
   * the problems alone, its errors marking the input as not a report. {@code before} holds problems
   * found before the reading (those of a PDF), in the same terms.
   */
  static Record record(List<Problem> before, ReadResult reading) {
    List<Problem> problems = new ArrayList<>(before);
    boolean noReport = !reading.report().isPresent() || hasError(before);
    problems.addAll(reading.problems());
    if (!noReport) {
      return Record.report(reading.report().get(), problems, positions(reading)::get);
    }
    if (!hasError(problems)) {
      // The reader promises an ERROR whenever there is no report; never let an input pass silently.
      problems.add(Problem.of(FileRule.INPUT_FORMAT).variant("incomplete").build());
    }
    return Record.problems(-1, 0, problems);
  }

  /**
   * Where each part of the report was printed: a cell where its value stood; a row, a group of rows
   * or a table where its first cell stood (as a JSON input locates a container where it starts); a
   * narrative section where its first paragraph stood. A part printed nowhere (a row left blank by
   * a rule, the organ from the title) has no entry, so its findings carry no line.
   */
  static Map<String, int[]> positions(ReadResult reading) {
    Map<String, SourcePosition> first = new HashMap<>();
    for (Map.Entry<Cell, ReadCell> cell : reading.cells().entrySet()) {
      SourcePosition at = cell.getValue().position();
      if (!at.isKnown()) {
        continue;
      }
      String pointer = cell.getKey().pointer();
      for (int end = pointer.length(); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
        first.merge(pointer.substring(0, end), at, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    for (NarrativeSection section : NarrativeSection.values()) {
      reading.match().narrativePosition(section).ifPresent(at -> first.put(section.pointer(), at));
    }
    Map<String, int[]> positions = new HashMap<>();
    for (Map.Entry<String, SourcePosition> at : first.entrySet()) {
      positions.put(at.getKey(), new int[] {at.getValue().line(), at.getValue().column()});
    }
    return positions;
  }

  static boolean hasError(List<Problem> findings) {
    return Verdict.of(findings) != Verdict.VALID;
  }
}
