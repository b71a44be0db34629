package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records parsed from one stream of characters, where a fault of the parser ends the stream: the
 * reports one after another of {@link Sequence}, or the elements of {@link Array}.
 */
abstract class ValueStream extends ReportStream {
  private final ReportJson json;
  private final Reader reader;
  final JsonParser parser;
  private final RecordBudget budget;

  /** Lines before the first record, not seen by the parser. */
  private final int lineOffset;

  /** Segments of the parser's pointers above a report: 1 in an array. */
  private final int skip;

  ValueStream(
      ReportJson json, Layout layout, InputStream rest, int lineOffset, long spent, int skip)
      throws IOException {
    super(layout);
    this.json = json;
    this.lineOffset = lineOffset;
    this.skip = skip;
    // The byte order mark, if any, was skipped already.
    this.reader = new Utf8Reader(rest);
    this.budget = new RecordBudget(reader, Limits.DOCUMENT_LENGTH - spent);
    this.parser = json.streamFactory().createParser(budget);
  }

  /**
   * Moves the parser to the first token of the next record and returns it; null at the end of the
   * records, or {@link JsonToken#END_ARRAY} when something follows their end.
   */
  abstract JsonToken nextRecord() throws IOException;

  @Override
  final ReportRecord read() throws IOException {
    int line = lineOffset + 1;
    try {
      JsonToken token = nextRecord();
      if (token == null) {
        return null;
      }
      if (token == JsonToken.END_ARRAY) {
        endAfterThis();
        Problems problems = new Problems();
        problems.add(JsonMessage.SYNTAX_AFTER_ARRAY, "", JacksonSupport.tokenLocation(parser));
        return new ReportRecord(
            nextIndex(),
            lineOffset + JacksonSupport.tokenLocation(parser).getLineNr(),
            null,
            shift(problems.all()));
      }
      line = lineOffset + JacksonSupport.tokenLocation(parser).getLineNr();
      ReadResult result = ReportReader.read(parser, json.allowsUnknownProperties(), null);
      if (result.fatal) {
        endAfterThis();
      } else {
        // The next record, with the space before it, starts where this one ends.
        budget.startRecord(JacksonSupport.location(parser).getCharOffset());
      }
      return new ReportRecord(
          nextIndex(),
          line,
          result.report,
          shift(result.problems),
          result.positions == null ? null : result.positions.shiftLines(lineOffset));
    } catch (JsonProcessingException e) {
      endAfterThis();
      Problems problems = new Problems();
      problems.fault(e, parser, skip);
      return new ReportRecord(nextIndex(), line, null, shift(problems.all()));
    } catch (CharacterCodingException e) {
      endAfterThis();
      return new ReportRecord(
          nextIndex(), line, null, shift(Inputs.notUtf8(parser, e, skip, null)));
    }
  }

  private List<Problem> shift(List<Problem> problems) {
    List<Problem> shifted = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      shifted.add(problem.withLineShift(lineOffset));
    }
    return shifted;
  }

  @Override
  final void closeInput() throws IOException {
    Inputs.closeQuietly(parser);
    reader.close();
  }

  /** Reports one after another, each over several lines. */
  static final class Sequence extends ValueStream {
    Sequence(ReportJson json, InputStream rest, int lineOffset, long spent) throws IOException {
      super(json, Layout.SEQUENCE, rest, lineOffset, spent, 0);
    }

    @Override
    JsonToken nextRecord() throws IOException {
      return parser.nextToken();
    }
  }

  /** The elements of a JSON array. */
  static final class Array extends ValueStream {
    private boolean started;

    /**
     * @param rest the input from its {@code [} on
     */
    Array(ReportJson json, InputStream rest, int lineOffset, long spent) throws IOException {
      super(json, Layout.ARRAY, rest, lineOffset, spent, 1);
    }

    @Override
    JsonToken nextRecord() throws IOException {
      JsonToken token = parser.nextToken();
      if (!started) {
        // Layouts.detect() saw the '[' or the end of the input.
        started = true;
        token = token == null ? null : parser.nextToken();
      }
      if (token != JsonToken.END_ARRAY) {
        return token;
      }
      return parser.nextToken() == null ? null : JsonToken.END_ARRAY;
    }
  }
}
