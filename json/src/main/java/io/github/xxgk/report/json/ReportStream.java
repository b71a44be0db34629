package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
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
  private final int lineOffset;
  private String pendingLine;
  private int index;
  private boolean ended;
  private boolean started;
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
      this.parser = null;
    } else {
      this.lines = null;
      this.parser = json.streamFactory().createParser(reader);
    }
  }

  static ReportStream lines(ReportJson json, InputStream in) {
    try {
      return new ReportStream(json, Inputs.utf8(in), Layout.LINES, null, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Looks at the first line: an array starts with {@code [}; a first line that closes every
   * bracket it opens is a line of JSON Lines; anything else is a multi-line report.
   */
  static ReportStream detect(ReportJson json, InputStream in) {
    try {
      Reader reader = Inputs.utf8(in);
      LineReader probe = new LineReader(reader, ReportJson.MAX_DOCUMENT_LENGTH, 0);
      int blankLines = probe.skipBlank();
      int first = probe.peek();
      if (first == '[' || first == -1) {
        return new ReportStream(json, probe.rest(""), Layout.ARRAY, null, blankLines);
      }
      String line = probe.next();
      if (line == null || line == LineReader.TOO_LONG || LineReader.isComplete(line)) {
        ReportStream stream = new ReportStream(json, probe.rest(""), Layout.LINES, null, blankLines);
        stream.pendingLine = line;
        return stream;
      }
      return new ReportStream(json, probe.rest(line + "\n"), Layout.SEQUENCE, null, blankLines);
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
      if (next == null) {
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
      lines.skipBlank();
      line = lines.next();
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

  /** Reads lines of bounded length from a reader, counting them. */
  static final class LineReader {
    /** Returned by {@link #next()} for a line over the length limit, which is skipped. */
    static final String TOO_LONG = new String("(line too long)");

    private final PushbackReader in;
    private final int maxLength;
    private int lineNumber;

    LineReader(Reader reader, int maxLength, int lineNumber) {
      this.in = reader instanceof PushbackReader ? (PushbackReader) reader : new PushbackReader(reader, 1);
      this.maxLength = maxLength;
      this.lineNumber = lineNumber;
    }

    int lineNumber() {
      return lineNumber;
    }

    int peek() throws IOException {
      int c = in.read();
      if (c != -1) {
        in.unread(c);
      }
      return c;
    }

    /** Skips whitespace-only lines; returns how many were skipped. */
    int skipBlank() throws IOException {
      int skipped = 0;
      int c;
      while ((c = in.read()) != -1) {
        if (c == '\n') {
          skipped++;
          lineNumber++;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          in.unread(c);
          break;
        }
      }
      return skipped;
    }

    void skipTo(int number) {
      lineNumber = Math.max(lineNumber, number);
    }

    /** The next line without its end, {@link #TOO_LONG}, or null at the end of the input. */
    String next() throws IOException {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      int c = in.read();
      if (c == -1) {
        return null;
      }
      lineNumber++;
      while (c != -1 && c != '\n') {
        if (line.length() < maxLength) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
        c = in.read();
      }
      if (tooLong) {
        return TOO_LONG;
      }
      int end = line.length();
      if (end > 0 && line.charAt(end - 1) == '\r') {
        line.setLength(end - 1);
      }
      return line.toString();
    }

    /** The rest of the input, after the given text that was already read. */
    Reader rest(String before) throws IOException {
      if (before.isEmpty()) {
        return in;
      }
      PushbackReader again = new PushbackReader(in, before.length());
      again.unread(before.toCharArray());
      return again;
    }

    /** Whether a line closes every bracket it opens, outside strings. */
    static boolean isComplete(String line) {
      int depth = 0;
      boolean inString = false;
      boolean escaped = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (c == '\\') {
            escaped = true;
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
        }
      }
      return depth <= 0;
    }
  }
}
