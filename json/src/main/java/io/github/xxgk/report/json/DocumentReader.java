package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads one whole document, a report and nothing after it, from text, a stream or bytes, and
 * returns its problems; only I/O failures are thrown. Text and streams go to Jackson's char parser,
 * held to the document limit; bytes go to its byte parser, the fast path.
 */
final class DocumentReader {
  private final JsonFactory bounded;
  private final JsonFactory unbounded;
  private final boolean allowUnknown;

  /**
   * @param bounded a factory held to the document limit, for characters
   * @param unbounded a factory without it, for bytes whose characters are counted here, and with
   *     room for keys of {@link ReportJson#MAX_NAME_LENGTH} characters in bytes
   */
  DocumentReader(JsonFactory bounded, JsonFactory unbounded, boolean allowUnknown) {
    this.bounded = bounded;
    this.unbounded = unbounded;
    this.allowUnknown = allowUnknown;
  }

  ReadResult read(InputStream json) {
    try {
      return read(bounded.createParser(BoundedReader.ifNeeded(Inputs.utf8(json))), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ReadResult read(String json) {
    try {
      // A byte order mark at the start is skipped, as it is in bytes and streams.
      String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
      if (!JacksonSupport.READ_CONSTRAINTS && text.length() > Limits.DOCUMENT_LENGTH) {
        return read(bounded.createParser(new BoundedReader(new StringReader(text))), null);
      }
      return read(bounded.createParser(text), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one document from the bytes {@code [offset, offset + length)} with Jackson's byte parser,
   * which decodes strictly (since 2.23) and fast. Its document limit would count bytes, so the
   * characters are counted here instead, and only when there are more bytes than the limit.
   */
  ReadResult read(byte[] json, int offset, int length) {
    Utf8Source source = new Utf8Source(json, offset, offset + length);
    if (source.looksLikeUtf16Or32()) {
      // Not UTF-8 JSON, or JSON with a control character at its start: read as characters, which
      // Jackson would otherwise decode as UTF-16 or UTF-32.
      return read(new ByteArrayInputStream(json, offset, length));
    }
    if (!JacksonSupport.STRICT_UTF8_BYTES) {
      // This Jackson's byte parser lets some malformed UTF-8 through: decode strictly instead.
      ReadResult tooLong = tooLong(source, Limits.DOCUMENT_LENGTH);
      return tooLong != null ? tooLong : read(new ByteArrayInputStream(json, offset, length));
    }
    return read(source, json, offset, length, Limits.DOCUMENT_LENGTH);
  }

  /**
   * Reads one line of JSON Lines, whose first {@code indent} blank characters were dropped, and
   * which may have {@code allowed} characters. Its problems are all on its line, column counted
   * from the dropped blanks; a byte order mark is no longer allowed at its start.
   */
  ReadResult readLine(byte[] json, int offset, int length, long indent, long allowed) {
    Utf8Source source = Utf8Source.line(json, offset, offset + length, indent);
    if (source.looksLikeUtf16Or32()
        || source.startsWithByteOrderMark()
        || !JacksonSupport.STRICT_UTF8_BYTES) {
      // Jackson's byte parser would skip a byte order mark, or decode UTF-16, or (before 2.23)
      // let some malformed UTF-8 through: the char parser sees every character as it is.
      ReadResult tooLong = JacksonSupport.STRICT_UTF8_BYTES ? null : tooLong(source, allowed);
      if (tooLong != null) {
        return tooLong;
      }
      try {
        JsonParser parser =
            bounded.createParser(new Utf8Reader(new ByteArrayInputStream(json, offset, length)));
        return read(parser, Positions.oneLine(indent));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return read(source, json, offset, length, allowed);
  }

  private ReadResult read(Utf8Source source, byte[] json, int offset, int length, long allowed) {
    ReadResult tooLong = tooLong(source, allowed);
    if (tooLong != null) {
      return tooLong;
    }
    try {
      return read(unbounded.createParser(json, offset, length), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The limit problem of bytes of more than {@code allowed} characters, or null. */
  private static ReadResult tooLong(Utf8Source source, long allowed) {
    long chars = source.charsBeyond(allowed);
    if (chars < 0) {
      return null;
    }
    Problems problems = new Problems(source);
    problems.add(JsonMessage.LIMIT_CHARACTERS, "", source.locationOfChar(allowed), chars, allowed);
    return new ReadResult(null, problems.all(), true);
  }

  /**
   * Reads one whole document: a report and nothing after it. Problems are returned, I/O failures
   * thrown.
   */
  ReadResult read(JsonParser parser, Positions source) throws IOException {
    try {
      if (parser.nextToken() == null) {
        Problems problems = new Problems(source);
        problems.add(JsonMessage.SYNTAX_EMPTY, "", JacksonSupport.location(parser));
        return new ReadResult(null, problems.all(), true);
      }
      ReadResult result = ReportReader.read(parser, allowUnknown, source);
      return result.fatal ? result : nothingAfter(parser, source, result);
    } catch (JsonProcessingException e) {
      Problems problems = new Problems(source);
      problems.fault(e, parser, 0);
      return new ReadResult(null, problems.all(), true);
    } catch (CharacterCodingException e) {
      return new ReadResult(null, Inputs.notUtf8(parser, e, 0, source), true);
    } finally {
      Inputs.closeQuietly(parser);
    }
  }

  /** The result, or its problems and one more when the document goes on after the report. */
  private static ReadResult nothingAfter(JsonParser parser, Positions source, ReadResult result)
      throws IOException {
    Problems after = new Problems(source);
    try {
      if (parser.nextToken() == null) {
        return result;
      }
      after.add(JsonMessage.SYNTAX_AFTER_DOCUMENT, "", JacksonSupport.tokenLocation(parser));
    } catch (JsonProcessingException e) {
      after.fault(e, parser, 0);
    } catch (CharacterCodingException e) {
      after.notUtf8(parser, e, 0);
    }
    List<Problem> problems = new ArrayList<>(result.problems);
    problems.addAll(after.all());
    return new ReadResult(null, Collections.unmodifiableList(problems), true);
  }
}
