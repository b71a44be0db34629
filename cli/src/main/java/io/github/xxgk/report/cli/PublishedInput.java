package io.github.xxgk.report.cli;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.publication.read.PublishedReports;
import io.github.xxgk.report.publication.read.ReadResult;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.publication.read.match.ReadProblem;
import io.github.xxgk.report.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A published report: an HTML page, or text copied from one (one cell per line, tab-separated
 * rows, Markdown tables), in UTF-8 or GB18030/GBK, read by {@link PublishedReports}. It takes
 * any input that looks like markup or text and is not JSON. The problems of the reading
 * (IMPORT-*) come before the report's violations, in the same list; a report that cannot be
 * read exactly is not a report, with its located problems.
 *
 * <p>This class and the reader it uses are loaded only when an input is not JSON, so that
 * validating JSON does not pay for jsoup.
 */
final class PublishedInput implements InputFormat {
  @Override
  public boolean recognises(Head head) {
    String looks = NotJson.looksLike(head);
    return looks.equals("html") || looks.equals("markup") || looks.equals("text") || looks.equals("gb18030");
  }

  @Override
  public void read(InputStream in, Head head, Input input, Messages messages, RecordSink sink)
      throws IOException {
    sink.accept(record(new ArrayList<Finding>(), PublishedReports.read(in), messages));
  }

  /**
   * The record of a reading: the report with the reading's problems, or, when there is no
   * report, the problems alone, its errors marking the input as not a report. {@code before}
   * holds problems found before the reading (those of a PDF), in the same terms.
   */
  static Record record(List<Finding> before, ReadResult reading, Messages messages) {
    List<Finding> problems = new ArrayList<>(before);
    boolean noReport = !reading.report().isPresent() || hasError(before);
    for (ReadProblem problem : reading.problems()) {
      problems.add(
          new Finding(
              problem.ruleId(),
              problem.severity(),
              problem.pointer(),
              problem.position().line(),
              problem.position().column(),
              problem.message(messages.locale()),
              null,
              null,
              noReport && problem.severity() == Severity.ERROR));
    }
    if (!noReport) {
      final Map<String, int[]> positions = new HashMap<>();
      for (Map.Entry<Cell, ReadCell> cell : reading.cells().entrySet()) {
        if (cell.getValue().position().isKnown()) {
          positions.put(
              cell.getKey().pointer(),
              new int[] {cell.getValue().position().line(), cell.getValue().position().column()});
        }
      }
      return Record.report(reading.report().get(), problems, positions::get);
    }
    if (!hasError(problems)) {
      // The reader promises an ERROR whenever there is no report; never let an input pass silently.
      problems.add(Finding.notReport(NotJson.RULE, "", 1, 1, messages.get("published.incomplete")));
    }
    return Record.problems(-1, 1, problems);
  }

  static boolean hasError(List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.severity == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }
}
