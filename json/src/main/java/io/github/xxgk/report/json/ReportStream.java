package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
 *   while (records.hasNext()) {
 *     ReportRecord record = records.next();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link UncheckedIOException} when the input
 * fails; every fault of the content is a {@link ReportRecord} with problems instead.
 */
public final class ReportStream implements Iterator<ReportRecord>, Closeable {
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
  private final Reader reader;
  private final Layout layout;
  private final LineReader lines;
  private final JsonParser parser;
  private final Budget budget;
  private final int lineOffset;
  private String pendingLine;
  private int index;
  private boolean ended;
  private boolean started;
  /** Whether the first record is the only one, the rest of the input left unread. */
  private boolean onlyFirst;
  private ReportRecord next;

  private ReportStream(
      ReportJson json, Reader reader, Layout layout, String firstLine, int lineOffset)
      throws IOException {
    this.json = json;
    this.reader = reader;
    this.layout = layout;
    this.lineOffset = lineOffset;
    if (layout == Layout.LINES) {
      this.lines = new LineReader(reader, ReportJson.MAX_DOCUMENT_LENGTH, lineOffset);
      this.pendingLine = firstLine;
      this.budget = null;
      this.parser = null;
    } else {
      this.lines = null;
      this.budget = new Budget(reader);
      this.parser = json.streamFactory().createParser(budget);
    }
  }

  static ReportStream lines(ReportJson json, InputStream in) {
    try {
      return new ReportStream(json, Inputs.utf8(in), Layout.LINES, null, 0);
    } catch (CharacterCodingException e) {
      // The first character, read to skip a byte order mark, is not UTF-8.
      return failed(json, new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Looks at the first line: an array starts with {@code [}; a first line that closes every
   * bracket it opens is a line of JSON Lines; anything else is a multi-line report.
   */
  static ReportStream detect(ReportJson json, InputStream in) {
    Reader reader = null;
    LineReader probe = null;
    try {
      reader = Inputs.utf8(in);
      probe = new LineReader(reader, ReportJson.MAX_DOCUMENT_LENGTH, 0);
      int blankLines = probe.skipBlank();
      if (probe.peek() == '[') {
        return new ReportStream(json, probe.rest(""), Layout.ARRAY, null, blankLines);
      }
      String line = probe.next();
      if (line == LineReader.TOO_LONG) {
        // A first line beyond the limit tells no layout: it is the one and last record.
        ReportStream stream = new ReportStream(json, probe.rest(""), Layout.LINES, line, blankLines);
        stream.onlyFirst = true;
        return stream;
      }
      if (line == null || LineReader.isComplete(line)) {
        return new ReportStream(json, probe.rest(""), Layout.LINES, line, blankLines);
      }
      return new ReportStream(json, probe.rest(line + "\n"), Layout.SEQUENCE, null, blankLines);
    } catch (CharacterCodingException e) {
      int line = probe == null ? 1 : probe.lineNumber() + 1;
      Reader closing =
          reader != null ? reader : new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8);
      return failed(json, closing, line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream of one record: the fault that kept the input from being read at all. */
  private static ReportStream failed(ReportJson json, Reader reader, int line) {
    try {
      ReportStream stream = new ReportStream(json, reader, Layout.LINES, null, 0);
      stream.next = new ReportRecord(0, line, null, Inputs.notUtf8(line));
      stream.ended = true;
      return stream;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      if (next == null || onlyFirst) {
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
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReportRecord nextLine() throws IOException {
    String line;
    int number;
    if (pendingLine != null) {
      line = pendingLine;
      pendingLine = null;
      number = lineOffset + 1;
      lines.skipTo(number);
    } else {
      try {
        lines.skipBlank();
        line = lines.next();
      } catch (CharacterCodingException e) {
        // The decoder's state after malformed input is undefined: nothing after it is read.
        ended = true;
        int at = lines.lineNumber() + 1;
        return new ReportRecord(index++, at, null, Inputs.notUtf8(at));
      }
      number = lines.lineNumber();
    }
    if (line == null) {
      return null;
    }
    if (line == LineReader.TOO_LONG) {
      Problems problems = new Problems();
      problems.add(
          JsonProblem.LIMIT,
          "",
          new com.fasterxml.jackson.core.JsonLocation(null, -1L, number, 1),
          "该行超过 " + ReportJson.MAX_DOCUMENT_LENGTH + " 个字符",
          "the line is longer than " + ReportJson.MAX_DOCUMENT_LENGTH + " characters");
      return new ReportRecord(index++, number, null, problems.all());
    }
    ReportReader.Result result = json.readResult(new StringReader(line));
    List<JsonProblem> shifted = new ArrayList<>();
    for (JsonProblem problem : result.problems) {
      shifted.add(problem.shiftLines(number - 1));
    }
    return new ReportRecord(index++, number, result.report, shifted);
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
            "数组之后还有内容", "content after the array", parser.currentTokenLocation().getLineNr());
      }
      line = lineOffset + parser.currentTokenLocation().getLineNr();
      ReportReader.Result result = ReportReader.read(parser, json.allowsUnknownProperties());
      if (!result.fatal) {
        // The next record, with the space before it, starts where this one ends.
        budget.startRecord(parser.currentLocation().getCharOffset());
      }
      if (result.fatal) {
        ended = true;
      }
      return new ReportRecord(index++, line, result.report, shift(result.problems));
    } catch (JsonProcessingException e) {
      ended = true;
      Problems problems = new Problems();
      problems.fault(e, parser, layout == Layout.ARRAY ? 1 : 0);
      return new ReportRecord(index++, line, null, shift(problems.all()));
    } catch (CharacterCodingException e) {
      ended = true;
      return new ReportRecord(index++, line, null, shift(Inputs.notUtf8(parser)));
    }
  }

  private ReportRecord fault(String zh, String en, int parserLine) {
    ended = true;
    Problems problems = new Problems();
    problems.add(JsonProblem.SYNTAX, "", parser.currentTokenLocation(), zh, en);
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
  private static final class Budget extends java.io.FilterReader {
    private long handedOut;
    private long recordStart;

    Budget(Reader in) {
      super(in);
    }

    void startRecord(long charOffset) {
      recordStart = Math.max(recordStart, charOffset);
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
      long left = recordStart + ReportJson.MAX_DOCUMENT_LENGTH - handedOut;
      if (left <= 0) {
        throw new com.fasterxml.jackson.core.exc.StreamConstraintsException(
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
