package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decoding of input: strict UTF-8, so that bad bytes are an error and never a replacement. */
final class Inputs {
  private static final int BOM = 0xFEFF;

  private Inputs() {}

  /** The stream decoded as UTF-8, failing on malformed bytes, without a leading byte order mark. */
  static Reader utf8(InputStream in) throws IOException {
    Reader reader = new Utf8Reader(in);
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != BOM) {
      pushback.unread(first);
    }
    return pushback;
  }

  static List<JsonProblem> notUtf8(JsonParser parser) {
    Problems problems = new Problems();
    JsonLocation at = Problems.location(parser);
    problems.add(
        JsonProblem.SYNTAX,
        parser == null ? "" : Problems.relative(parser.getParsingContext(), 0),
        at,
        "输入不是有效的 UTF-8 编码",
        "the input is not valid UTF-8");
    return problems.all();
  }

  /** The input is not UTF-8 somewhere in the given line. */
  static List<JsonProblem> notUtf8(int line) {
    Problems problems = new Problems();
    problems.add(
        JsonProblem.SYNTAX,
        "",
        new JsonLocation(null, -1L, line, 0),
        "输入不是有效的 UTF-8 编码",
        "the input is not valid UTF-8");
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
