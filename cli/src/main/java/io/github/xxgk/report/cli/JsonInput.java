package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.json.ReportRecord;
import io.github.xxgk.report.json.ReportStream;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract's JSON: one report, an array of reports, reports one after another, or JSON Lines.
 * It takes an input that starts (after a byte order mark and white space) with {@code {} or
 * {@code [}, and an empty or blank one, which it reports as holding no report.
 */
final class JsonInput implements InputFormat {
  @Override
  public boolean recognises(Head head) {
    int first = head.firstNonBlank();
    return first == head.length() || head.at(first) == '{' || head.at(first) == '[';
  }

  @Override
  public void read(InputStream in, Head head, Input input, Messages messages, RecordSink sink)
      throws IOException {
    ReportJson json = ReportJson.standard();
    LineGuard guard = new LineGuard(in);
    try (ReportStream records = input.jsonLines ? json.readLines(guard) : json.readAll(guard)) {
      if (records.layout() != ReportStream.Layout.LINES) {
        guard.disable();
      }
      while (records.hasNext()) {
        ReportRecord record = records.next();
        Record converted;
        if (record.isReport()) {
          converted = Record.report(record.index(), record.line(), record.report().get(), record);
        } else {
          List<Problem> problems = new ArrayList<>(record.problems());
          converted = Record.problems(record.index(), record.line(), problems);
        }
        if (!sink.accept(converted)) {
          return;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
