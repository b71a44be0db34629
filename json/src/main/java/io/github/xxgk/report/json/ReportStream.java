package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a batch, read one at a time as they are asked for. Obtain one from {@link
 * ReportJson#readAll} or {@link ReportJson#readLines}, and close it when done:
 *
 * <pre>{@code
 * try (ReportStream records = ReportJson.standard().readAll(in)) {
 *   for (ReportRecord record : records) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>It is {@link Iterable} only so that it can be walked with a for-each loop, once: {@link
 * #iterator()} returns the stream itself, and a second call fails, since the input cannot be read
 * again.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link UncheckedIOException} when the input
 * fails; every fault of the content is a {@link ReportRecord} with problems instead.
 */
public final class ReportStream implements Iterator<ReportRecord>, Iterable<ReportRecord>, Closeable {
  /** How the records of the input are laid out. */
  public enum Layout {
    /** A JSON array of reports. */
    ARRAY,
    /** JSON Lines: one report per line. */
    LINES,
    /** Reports one after another, each over several lines. */
    SEQUENCE
  }

  private final ReportJson json;
  private final Layout layout;
  /** The lines of JSON Lines, as bytes; null for the other layouts. */
  private final ByteLines lines;
  /** The decoded input of an array or of reports one after another; null for JSON Lines. */
  private final Reader reader;
  private final JsonParser parser;
  private final Budget budget;
  private final int lineOffset;
  /** Whether the line in {@link #lines} was read to detect the layout and is yet to be given. */
  private boolean pendingLine;
  private int index;
  private boolean ended;
  private boolean started;
  /** Whether the record in {@link #next} is the last: reading stopped at a limit. */
  private boolean last;
  private ReportRecord next;
  private boolean iterated;

  /** JSON Lines. */
  private ReportStream(ReportJson json, ByteLines lines, boolean pendingLine, int lineOffset) {
    this.json = json;
    this.layout = Layout.LINES;
    this.lines = lines;
    this.pendingLine = pendingLine;
    this.lineOffset = lineOffset;
    this.reader = null;
    this.budget = null;
    this.parser = null;
  }

  /** An array, or reports one after another: decoded and parsed as one stream of characters. */
  private ReportStream(
      ReportJson json, Layout layout, InputStream rest, int lineOffset, long spent)
      throws IOException {
    this.json = json;
    this.layout = layout;
    this.lines = null;
    this.lineOffset = lineOffset;
    // The byte order mark, if any, was skipped already.
    this.reader = new Utf8Reader(rest);
    this.budget = new Budget(reader, ReportJson.MAX_DOCUMENT_LENGTH - spent);
    this.parser = json.streamFactory().createParser(budget);
  }

  /**
   * This stream, for a for-each loop; records already taken with {@link #next()} are not given
   * again.
   *
   * @throws IllegalStateException on a second call: the records can be walked only once
   */
  @Override
  public Iterator<ReportRecord> iterator() {
    if (iterated) {
      throw new IllegalStateException("a ReportStream can be iterated only once");
    }
    iterated = true;
    return this;
  }

  static ReportStream lines(ReportJson json, InputStream in) {
    try {
      return new ReportStream(json, new ByteLines(in, ReportJson.MAX_DOCUMENT_LENGTH, 0), false, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Looks at the first line: an array starts with {@code [}; a first line that closes every
   * bracket it opens is a line of JSON Lines, and so is one that does not (or is not UTF-8) when
   * the line after it is a whole object, so that one damaged record does not hide the others;
   * anything else is a multi-line report. A first line too long to buffer is JSON Lines.
   */
  static ReportStream detect(ReportJson json, InputStream in) {
    try {
      ByteLines probe = new ByteLines(in, ReportJson.MAX_DOCUMENT_LENGTH, 0);
      int blankLines = probe.skipBlank();
      if (probe.blanks() <= ReportJson.MAX_DOCUMENT_LENGTH && probe.peek() == '[') {
        return new ReportStream(
            json, Layout.ARRAY, probe.rest(), blankLines, probe.blanks() - probe.indent());
      }
      if (!probe.next()) {
        return new ReportStream(json, probe, false, blankLines);
      }
      if (probe.tooLong() || probe.isLong()) {
        return new ReportStream(json, probe, true, blankLines);
      }
      boolean utf8 = isUtf8(probe.buffer(), probe.start(), probe.end());
      if (utf8 && ByteLines.isComplete(probe.buffer(), probe.start(), probe.end())
          || probe.nextLooksLikeARecord()) {
        return new ReportStream(json, probe, true, blankLines);
      }
      if (!utf8) {
        // Binary or another encoding: no layout can be told, and every line would be a fault.
        ReportStream stream = new ReportStream(json, probe, false, blankLines);
        stream.next = new ReportRecord(0, probe.lineNumber(), null, Inputs.notUtf8(probe.lineNumber()));
        stream.ended = true;
        return stream;
      }
      long spent = probe.blanks() - probe.indent();
      probe.unread();
      return new ReportStream(json, Layout.SEQUENCE, probe.rest(), blankLines, spent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isUtf8(byte[] bytes, int start, int end) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, end - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** How the input was found to be laid out. */
  public Layout layout() {
    return layout;
  }

  /** Whether there is another record. */
  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = layout == Layout.LINES ? nextLine() : nextValue();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (next == null || last) {
        ended = true;
      }
    }
    return next != null;
  }

  /** The next record. @throws NoSuchElementException when there is none */
  @Override
  public ReportRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReportRecord record = next;
    next = null;
    return record;
  }

  /** Closes the input. */
  @Override
  public void close() {
    ended = true;
    Inputs.closeQuietly(parser);
    try {
      if (lines != null) {
        lines.close();
      } else {
        reader.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReportRecord nextLine() throws IOException {
    if (pendingLine) {
      pendingLine = false;
    } else {
      lines.skipBlank();
      if (!lines.next()) {
        return null;
      }
    }
    int number = lines.lineNumber();
    long allowed = ReportJson.MAX_DOCUMENT_LENGTH - lines.blanks();
    if (lines.tooLong()) {
      // Reading stops at the limit: where the next line starts cannot be known without reading on.
      last = true;
      return new ReportRecord(index++, number, null, lineTooLong(number, 1));
    }
    ReportReader.Result result =
        lines.isLong()
            ? longLine(allowed)
            : json.readLine(
                lines.buffer(), lines.start(), lines.end() - lines.start(), lines.indent(), allowed);
    if (result.problems.isEmpty()) {
      return new ReportRecord(index++, number, result.report, result.problems,
          result.positions == null ? null : result.positions.shiftLines(number - 1));
    }
    List<JsonProblem> shifted = new ArrayList<>();
    for (JsonProblem problem : result.problems) {
      shifted.add(problem.shiftLines(number - 1));
    }
    return new ReportRecord(index++, number, result.report, shifted);
  }

  private static List<JsonProblem> lineTooLong(int line, long column) {
    Problems problems = new Problems();
    problems.add(
        JsonProblem.LIMIT,
        "",
        JacksonSupport.location(-1L, -1L, line, (int) Math.min(Integer.MAX_VALUE, column)),
        "超出读取限制：该行连同之前的空白超过 " + ReportJson.MAX_DOCUMENT_LENGTH + " 个字符，读取到此为止",
        "reader limit exceeded: the line with the blanks before it is longer than "
            + ReportJson.MAX_DOCUMENT_LENGTH + " characters; reading stops here");
    return problems.all();
  }

  /**
   * Reads a line too long to buffer as characters, as they come, held to the characters it may
   * have; then skips what the parser left of it, within the same limit, or ends the stream.
   */
  private ReportReader.Result longLine(long allowed) throws IOException {
    InputStream bytes = lines.lineStream();
    Budget chars = new Budget(new Utf8Reader(bytes), allowed);
    ReportReader.Result result =
        json.readChars(json.streamFactory().createParser(chars), Positions.oneLine(lines.indent()));
    if (result.fatal && chars.exceeded()) {
      last = true;
      return result;
    }
    long left = allowed - chars.handedOut();
    long rest = Utf8Source.skipChars(bytes, left);
    if (rest > left) {
      last = true;
      List<JsonProblem> problems = new ArrayList<>(result.problems);
      problems.addAll(lineTooLong(1, lines.indent() + allowed + 1));
      return new ReportReader.Result(null, problems, true);
    }
    return result;
  }

  private ReportRecord nextValue() throws IOException {
    int line = lineOffset + 1;
    try {
      JsonToken token = parser.nextToken();
      if (layout == Layout.ARRAY && !started) {
        // detect() saw the '[' or the end of the input.
        started = true;
        token = token == null ? null : parser.nextToken();
      }
      if (token == null) {
        return null;
      }
      if (token == JsonToken.END_ARRAY && layout == Layout.ARRAY) {
        token = parser.nextToken();
        if (token == null) {
          return null;
        }
        return fault(
            "数组之后还有内容", "content after the array", JacksonSupport.tokenLocation(parser).getLineNr());
      }
      line = lineOffset + JacksonSupport.tokenLocation(parser).getLineNr();
      ReportReader.Result result = ReportReader.read(parser, json.allowsUnknownProperties(), null);
      if (!result.fatal) {
        // The next record, with the space before it, starts where this one ends.
        budget.startRecord(JacksonSupport.location(parser).getCharOffset());
      }
      if (result.fatal) {
        ended = true;
      }
      return new ReportRecord(index++, line, result.report, shift(result.problems),
          result.positions == null ? null : result.positions.shiftLines(lineOffset));
    } catch (JsonProcessingException e) {
      ended = true;
      Problems problems = new Problems();
      problems.fault(e, parser, layout == Layout.ARRAY ? 1 : 0);
      return new ReportRecord(index++, line, null, shift(problems.all()));
    } catch (CharacterCodingException e) {
      ended = true;
      return new ReportRecord(
          index++, line, null, shift(Inputs.notUtf8(parser, e, layout == Layout.ARRAY ? 1 : 0, null)));
    }
  }

  private ReportRecord fault(String zh, String en, int parserLine) {
    ended = true;
    Problems problems = new Problems();
    problems.add(JsonProblem.SYNTAX, "", JacksonSupport.tokenLocation(parser), zh, en);
    return new ReportRecord(index++, lineOffset + parserLine, null, shift(problems.all()));
  }

  private List<JsonProblem> shift(List<JsonProblem> problems) {
    List<JsonProblem> shifted = new ArrayList<>(problems.size());
    for (JsonProblem problem : problems) {
      shifted.add(problem.shiftLines(lineOffset));
    }
    return shifted;
  }

  /**
   * The input of an array or of reports one after another, which holds each record to {@link
   * ReportJson#MAX_DOCUMENT_LENGTH} characters, counted from the end of the record before: the
   * parser reads the whole input, so its own document limit cannot be used. When a record goes
   * beyond, the parser fails as on any limit, before more of the input is read.
   */
  static final class Budget extends java.io.FilterReader {
    private final long allowance;
    private long handedOut;
    private long recordStart;
    private boolean exceeded;

    /** A reader whose first record may have {@code allowance} characters. */
    Budget(Reader in, long allowance) {
      super(in);
      this.allowance = allowance;
    }

    long handedOut() {
      return handedOut;
    }

    boolean exceeded() {
      return exceeded;
    }

    void startRecord(long charOffset) {
      recordStart = Math.max(recordStart, charOffset + ReportJson.MAX_DOCUMENT_LENGTH - allowance);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n == -1 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      long left = recordStart + allowance - handedOut;
      if (left <= 0) {
        exceeded = true;
        throw new ReaderLimitException(
            "Record length exceeds the maximum allowed (" + ReportJson.MAX_DOCUMENT_LENGTH
                + " characters)");
      }
      int n = in.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        handedOut += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("skip is not supported");
    }
  }
}
