package io.github.xxgk.report.json;

import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of JSON Lines: each line is split as bytes and read on its own, so that a damaged
 * line spoils only its own record.
 */
final class LineStream extends ReportStream {
  private final ReportJson json;
  private final ByteLines lines;

  /** Whether the line in {@link #lines} was read to detect the layout and is yet to be given. */
  private boolean pendingLine;

  LineStream(ReportJson json, ByteLines lines, boolean pendingLine) {
    super(Layout.LINES);
    this.json = json;
    this.lines = lines;
    this.pendingLine = pendingLine;
  }

  @Override
  ReportRecord read() throws IOException {
    if (pendingLine) {
      pendingLine = false;
    } else {
      lines.skipBlank();
      if (!lines.next()) {
        return null;
      }
    }
    int number = lines.lineNumber();
    long allowed = Limits.DOCUMENT_LENGTH - lines.blanks();
    if (lines.tooLong()) {
      // Reading stops at the limit: where the next line starts cannot be known without reading on.
      endAfterThis();
      return new ReportRecord(nextIndex(), number, null, lineTooLong(number, 1));
    }
    ReadResult result =
        lines.isLong()
            ? longLine(allowed)
            : json.readLine(
                lines.buffer(),
                lines.start(),
                lines.end() - lines.start(),
                lines.indent(),
                allowed);
    if (result.problems.isEmpty()) {
      return new ReportRecord(
          nextIndex(),
          number,
          result.report,
          result.problems,
          result.positions == null ? null : result.positions.shiftLines(number - 1));
    }
    List<Problem> shifted = new ArrayList<>();
    for (Problem problem : result.problems) {
      shifted.add(problem.withLineShift(number - 1));
    }
    return new ReportRecord(nextIndex(), number, result.report, shifted);
  }

  private static List<Problem> lineTooLong(int line, long column) {
    Problems problems = new Problems();
    problems.add(
        JsonMessage.LIMIT_LINE,
        "",
        JacksonSupport.location(-1L, -1L, line, (int) Math.min(Integer.MAX_VALUE, column)),
        Limits.DOCUMENT_LENGTH);
    return problems.all();
  }

  /**
   * Reads a line too long to buffer as characters, as they come, held to the characters it may
   * have; then skips what the parser left of it, within the same limit, or ends the stream.
   */
  private ReadResult longLine(long allowed) throws IOException {
    InputStream bytes = lines.lineStream();
    RecordBudget chars = new RecordBudget(new Utf8Reader(bytes), allowed);
    ReadResult result =
        json.readChars(json.streamFactory().createParser(chars), Positions.oneLine(lines.indent()));
    if (result.fatal && chars.exceeded()) {
      endAfterThis();
      return result;
    }
    long left = allowed - chars.handedOut();
    long rest = Utf8Source.skipChars(bytes, left);
    if (rest > left) {
      endAfterThis();
      List<Problem> problems = new ArrayList<>(result.problems);
      problems.addAll(lineTooLong(1, lines.indent() + allowed + 1));
      return new ReadResult(null, problems, true);
    }
    return result;
  }

  @Override
  void closeInput() throws IOException {
    lines.close();
  }
}
