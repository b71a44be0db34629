package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Strict UTF-8 for bytes where Jackson's byte parser is not strict itself (before 2.23 it lets
 * overlong forms and encoded surrogates through): the bytes are checked with the JDK's decoder
 * first, and the first malformed sequence is reported where it is, as the strict parser would.
 * Valid bytes then go to the byte parser as usual.
 */
final class MalformedUtf8 {
  private MalformedUtf8() {}

  /** The index of the first byte of the first malformed sequence in {@code [from, to)}, or -1. */
  static int find(byte[] bytes, int from, int to) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  /**
   * The one problem of bytes with a malformed sequence at {@code bad}: located in characters, and
   * with the JSON Pointer of the value it is in, found by parsing the bytes before it.
   */
  static List<JsonProblem> problem(
      JsonFactory factory, Utf8Source source, byte[] bytes, int start, int bad) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    JsonLocation at = new JsonLocation(null, bad - start, -1L, line, bad - lineStart + 1);
    Problems problems = new Problems(source);
    problems.add(JsonProblem.SYNTAX, pointer(factory, bytes, start, bad), at,
        "输入不是有效的 UTF-8 编码", "the input is not valid UTF-8");
    return problems.all();
  }

  /** Where the parser is when the valid bytes before the malformed sequence run out. */
  private static String pointer(JsonFactory factory, byte[] bytes, int start, int bad) {
    JsonParser parser = null;
    try {
      parser = factory.createParser(bytes, start, bad - start);
      while (parser.nextToken() != null) {
        // The prefix ends inside a value or a key; only the context matters.
      }
    } catch (IOException e) {
      // The end of the prefix, or a syntax error before it: the context is still where it ended.
    } finally {
      Inputs.closeQuietly(parser);
    }
    return parser == null ? "" : Problems.relative(parser.getParsingContext(), 0);
  }
}
