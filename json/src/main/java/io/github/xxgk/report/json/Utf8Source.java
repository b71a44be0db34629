package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * UTF-8 bytes that Jackson's byte parser reads, kept so that a problem's column can be given in
 * characters. The byte parser is the fast path, and since Jackson 2.23 it rejects malformed UTF-8
 * (overlong forms and encoded surrogates included) as strictly as a decoder would; but it counts
 * columns in bytes, where a {@link JsonRule} problem promises characters. The count is made only
 * for a problem, from the start of its line.
 */
final class Utf8Source implements Positions {
  private static final int[] BOM = {0xEF, 0xBB, 0xBF};

  private final byte[] bytes;
  private final int start;
  private final int end;
  private final int bom;

  /** Whether the bytes are one line of JSON Lines, where only a line feed ends a line. */
  private final boolean oneLine;

  /** Blank characters dropped before the start of a line of JSON Lines. */
  private final long indent;

  /** The bytes {@code [start, end)} of an array, which the parser was given as they are. */
  Utf8Source(byte[] bytes, int start, int end) {
    this(bytes, start, end, false, 0);
  }

  private Utf8Source(byte[] bytes, int start, int end, boolean oneLine, long indent) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.bom = startsWith(bytes, start, end, BOM) ? BOM.length : 0;
    this.oneLine = oneLine;
    this.indent = indent;
  }

  /**
   * The bytes of one line of JSON Lines, whose first {@code indent} blank characters were dropped:
   * its problems are all on its one line, a carriage return inside it notwithstanding.
   */
  static Utf8Source line(byte[] bytes, int start, int end, long indent) {
    return new Utf8Source(bytes, start, end, true, indent);
  }

  boolean startsWithByteOrderMark() {
    return bom > 0;
  }

  @Override
  public int line(JsonLocation at) {
    return oneLine ? 1 : at.getLineNr();
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
   * limit}; otherwise -1. A character is never more than its bytes, so only long input is counted.
   */
  long charsBeyond(long limit) {
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
    return JacksonSupport.location(-1L, -1L, line, (int) Math.min(Integer.MAX_VALUE, column));
  }

  /**
   * The column, in characters from 1, of a location the byte parser gave. Its byte offset counts
   * from {@code start} and its column from the start of its line, so the line starts {@code column
   * - 1} bytes before the offset. The byte order mark, which the parser counts as three columns, is
   * no character of the text.
   */
  @Override
  public int column(JsonLocation at) {
    long offset = at.getByteOffset();
    int byteColumn = at.getColumnNr();
    if (offset < 0 || byteColumn < 1) {
      return byteColumn;
    }
    int position = (int) Math.min(end, start + offset);
    // Jackson places a fault one byte before where it stopped: inside a character of several
    // bytes, that character is the one at fault, and its column is where it starts.
    position = ownerStart(position);
    if (oneLine) {
      return (int) Math.min(Integer.MAX_VALUE, indent + chars(start + bom, position) + 1);
    }
    long lineStart = Math.max(start + bom, start + offset - (byteColumn - 1));
    return (int) chars((int) Math.min(lineStart, position), position) + 1;
  }

  /**
   * The start of the character whose bytes include {@code position}: the lead byte up to three
   * bytes before it whose sequence reaches that far, or the position itself (a lone continuation
   * byte is a character of its own, as a decoder reports it).
   */
  private int ownerStart(int position) {
    if (position >= end || (bytes[position] & 0xC0) != 0x80) {
      return position;
    }
    for (int k = 1; k <= 3 && position - k >= start + bom; k++) {
      int b = bytes[position - k] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continue;
      }
      int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      return length > k ? position - k : position;
    }
    return position;
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

  /**
   * Where the first byte that is not UTF-8 is, as the byte parser would give it (a byte offset and
   * a column of bytes in its line), or null if the bytes are all UTF-8.
   */
  JsonLocation firstMalformed() {
    java.nio.charset.CharsetDecoder decoder =
        java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start + bom, end - start - bom);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        break;
      }
      if (result.isUnderflow()) {
        return null;
      }
      out.clear();
    }
    int bad = in.position();
    int line = 1;
    int lineStart = start + bom;
    for (int i = start + bom; i < bad; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= end || bytes[i + 1] != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return JacksonSupport.location(bad - start, -1L, line, bad - lineStart + 1);
  }

  /**
   * Reads a stream of UTF-8 bytes to its end, counting its characters, but stops once there are
   * more than {@code most}; returns the count.
   */
  static long skipChars(java.io.InputStream in, long most) throws java.io.IOException {
    byte[] chunk = new byte[8192];
    long chars = 0;
    for (int n; chars <= most && (n = in.read(chunk)) > 0; ) {
      chars += chars(chunk, 0, n);
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
