package io.github.xxgk.report.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Which {@link ReportStream} reads an input: told from its first line, or given by the caller. */
final class Layouts {
  private Layouts() {}

  /** The input read as JSON Lines, whatever it looks like. */
  static ReportStream lines(ReportJson json, InputStream in) {
    try {
      return new LineStream(json, new ByteLines(in, Limits.DOCUMENT_LENGTH, 0), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Looks at the first line: an array starts with {@code [}; a first line that closes every bracket
   * it opens is a line of JSON Lines, and so is one that does not (or is not UTF-8) when the line
   * after it is a whole object, so that one damaged record does not hide the others; anything else
   * is a multi-line report. A first line too long to buffer is JSON Lines.
   */
  static ReportStream detect(ReportJson json, InputStream in) {
    try {
      ByteLines probe = new ByteLines(in, Limits.DOCUMENT_LENGTH, 0);
      int blankLines = probe.skipBlank();
      if (probe.blanks() <= Limits.DOCUMENT_LENGTH && probe.peek() == '[') {
        return new ValueStream.Array(
            json, probe.rest(), blankLines, probe.blanks() - probe.indent());
      }
      if (!probe.next()) {
        return new LineStream(json, probe, false);
      }
      if (probe.tooLong() || probe.isLong()) {
        return new LineStream(json, probe, true);
      }
      boolean utf8 = isUtf8(probe.buffer(), probe.start(), probe.end());
      if (utf8 && Brackets.closeAll(probe.buffer(), probe.start(), probe.end())
          || probe.nextLooksLikeARecord()) {
        return new LineStream(json, probe, true);
      }
      if (!utf8) {
        // Binary or another encoding: no layout can be told, and every line would be a fault.
        LineStream stream = new LineStream(json, probe, false);
        stream.giveOnly(
            new ReportRecord(0, probe.lineNumber(), null, Inputs.notUtf8(probe.lineNumber())));
        return stream;
      }
      long spent = probe.blanks() - probe.indent();
      probe.unread();
      return new ValueStream.Sequence(json, probe.rest(), blankLines, spent);
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
}
