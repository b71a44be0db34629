package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * UTF-8 bytes that Jackson's byte parser reads, kept so that a problem's column can be given in
 * characters. The byte parser is the fast path, and since Jackson 2.23 it rejects malformed UTF-8
 * (overlong forms and encoded surrogates included) as strictly as a decoder would; but it counts
 * columns in bytes, where {@link JsonProblem} promises characters. The count is made only for a
 * problem, from the start of its line.
 */
final class Utf8Source {
  private static final int[] BOM = {0xEF, 0xBB, 0xBF};

  private final byte[] bytes;
  private final int start;
  private final int end;
  private final int bom;

  /** The bytes {@code [start, end)} of an array, which the parser was given as they are. */
  Utf8Source(byte[] bytes, int start, int end) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.bom = startsWith(bytes, start, end, BOM) ? BOM.length : 0;
  }

  private static boolean startsWith(byte[] bytes, int start, int end, int[] prefix) {
    if (end - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[start + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether Jackson would take these bytes for UTF-16 or UTF-32: a zero among the first two bytes
   * (no UTF-8 JSON text has one) or a UTF-16 byte order mark. Its byte parser is only used for
   * UTF-8, so such input is refused before Jackson can decode it as another encoding.
   */
  boolean looksLikeUtf16Or32() {
    if (end - start < 2) {
      return false;
    }
    int first = bytes[start] & 0xFF;
    int second = bytes[start + 1] & 0xFF;
    return first == 0
        || second == 0
        || (first == 0xFE && second == 0xFF)
        || (first == 0xFF && second == 0xFE);
  }

  /**
   * The characters of the bytes, a byte order mark not counted, if there are more than {@code
   * limit}; otherwise -1. A character is never more than its bytes, so only long input is
   * counted.
   */
  long charsBeyond(int limit) {
    if (end - start - bom <= limit) {
      return -1;
    }
    long chars = chars(start + bom, end);
    return chars > limit ? chars : -1;
  }

  /**
   * Where the character at a character index is (the byte order mark not counted), as a location
   * without a byte offset, whose column is then taken as it is.
   */
  JsonLocation locationOfChar(long charIndex) {
    int line = 1;
    long column = 1;
    long chars = 0;
    for (int i = start + bom; i < end && chars < charIndex; i++) {
      int b = bytes[i];
      int units = units(b);
      chars += units;
      column += units;
      if (b == '\n') {
        line++;
        column = 1;
      }
    }
    return new JsonLocation(null, -1L, line, (int) Math.min(Integer.MAX_VALUE, column));
  }

  /**
   * The column, in characters from 1, of a location the byte parser gave. Its byte offset counts
   * from {@code start} and its column from the start of its line, so the line starts {@code
   * column - 1} bytes before the offset. The byte order mark, which the parser counts as three
   * columns, is no character of the text.
   */
  int column(JsonLocation at) {
    long offset = at.getByteOffset();
    int byteColumn = at.getColumnNr();
    if (offset < 0 || byteColumn < 1) {
      return byteColumn;
    }
    long position = Math.min(end, start + offset);
    long lineStart = Math.max(start + bom, position - (byteColumn - 1));
    return (int) chars((int) lineStart, (int) position) + 1;
  }

  private long chars(int from, int to) {
    return chars(bytes, from, to);
  }

  /** UTF-16 units of UTF-8 bytes: one for each byte that starts a character, two from 4 bytes. */
  static long chars(byte[] bytes, int from, int to) {
    long chars = 0;
    for (int i = from; i < to; i++) {
      chars += units(bytes[i]);
    }
    return chars;
  }

  private static int units(int b) {
    if ((b & 0xC0) == 0x80) {
      return 0;
    }
    return (b & 0xF8) == 0xF0 ? 2 : 1;
  }
}
