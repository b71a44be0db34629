package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.xxgk.report.problem.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/** Decoding of input: strict UTF-8, so that bad bytes are an error and never a replacement. */
final class Inputs {
  private Inputs() {}

  /** The stream decoded as UTF-8, failing on malformed bytes, without a leading byte order mark. */
  static Reader utf8(InputStream in) {
    return new Utf8Reader(in, true);
  }

  /**
   * The problem of bytes that are not UTF-8, located where the first bad byte is, with the parser's
   * pointer made relative to the report by dropping {@code skip} segments.
   */
  static List<Problem> notUtf8(
      JsonParser parser, CharacterCodingException e, int skip, Positions positions) {
    Problems problems = new Problems(positions);
    problems.notUtf8(parser, e, skip);
    return problems.all();
  }

  /** The input is not UTF-8 somewhere in the given line. */
  static List<Problem> notUtf8(int line) {
    Problems problems = new Problems();
    problems.add(JsonMessage.SYNTAX_UTF8, "", JacksonSupport.location(-1L, -1L, line, 0));
    return problems.all();
  }

  static void closeQuietly(Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException e) {
        // Nothing was written through it, and the caller keeps its own stream.
      }
    }
  }
}
