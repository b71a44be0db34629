package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Skips values that are not read (unknown keys, values of the wrong type), and still reports the
 * duplicate keys of the objects in them and holds their tokens to the limits.
 */
final class Skipper {
  private final JsonParser parser;
  private final Problems problems;

  /** Segments of the parser's pointers above the report. */
  private final int skip;

  Skipper(JsonParser parser, Problems problems, int skip) {
    this.parser = parser;
    this.problems = problems;
    this.skip = skip;
  }

  /**
   * Skips the value at the current token, and reports the duplicate keys of the objects in it.
   * Recursion is bounded by the nesting limit, Jackson's or {@link JacksonSupport#checkDepth}.
   */
  void skipValue() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      checkScalar(token);
      return;
    }
    JacksonSupport.checkDepth(parser);
    Set<String> names = token == JsonToken.START_OBJECT ? new HashSet<String>() : null;
    while ((token = parser.nextToken()) != null
        && token != JsonToken.END_OBJECT
        && token != JsonToken.END_ARRAY) {
      if (token == JsonToken.FIELD_NAME) {
        checkLength(parser.currentName());
        if (!names.add(parser.currentName())) {
          problems.duplicate(
              Problems.relative(parser.getParsingContext(), skip),
              JacksonSupport.tokenLocation(parser));
        }
      } else {
        skipValue();
      }
    }
  }

  /** Holds a skipped scalar to the limits that an older Jackson does not check itself. */
  private void checkScalar(JsonToken token) throws IOException {
    if (JacksonSupport.READ_CONSTRAINTS) {
      return;
    }
    if (token == JsonToken.VALUE_STRING) {
      JacksonSupport.checkString(parser);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      JacksonSupport.checkNumber(parser);
    }
  }

  /**
   * Holds a key to {@link ReportJson#MAX_NAME_LENGTH} characters, as Jackson's char parser does;
   * its byte parser counts bytes, so it is given room and the characters are counted here. Only
   * keys outside the contract can be long.
   */
  static void checkLength(String name) throws ReaderLimitException {
    if (name.length() > Limits.NAME_LENGTH) {
      throw new ReaderLimitException(
          "Name length ("
              + name.length()
              + ") exceeds the maximum allowed ("
              + Limits.NAME_LENGTH
              + " characters)");
    }
  }
}
