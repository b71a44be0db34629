package io.github.xxgk.report.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Lines of UTF-8 bytes from a stream, held to a number of characters counted as they come, in a
 * buffer of bounded size. JSON Lines are split here as bytes, before any decoding: a line feed is
 * never part of a longer UTF-8 sequence, so each line can go to Jackson's byte parser as it is,
 * and bytes that are not UTF-8 spoil their own line only. A byte order mark at the start of the
 * input is skipped.
 *
 * <p>The line returned by {@link #next()} is {@code buffer()[start(), end())}, without its line
 * end ({@code \n} or {@code \r\n}); it stays there until the next call. A line of more than
 * {@code maxBuffered} bytes is not buffered whole: it is {@link #isLong() long}, and is read on
 * through {@link #lineStream()}. Blank bytes between lines are dropped as they are scanned, and
 * counted, so that no input, however long, makes the buffer grow beyond about {@code
 * maxBuffered} bytes.
 */
final class ByteLines {
  // Large reads: a file is read through as few system calls as a few records' worth allows.
  private static final int CHUNK = 64 * 1024;
  /** Lines up to this many bytes are buffered whole: far more than any report written compactly. */
  static final int MAX_BUFFERED = 1024 * 1024;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private final InputStream in;
  private final int maxChars;
  private final int maxBuffered;
  private byte[] buffer = new byte[CHUNK];
  /** The buffer, to read eight bytes at a time. */
  private ByteBuffer words = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
  private int position;
  private int limit;
  private boolean endOfInput;
  private int lineNumber;
  private int start;
  private int end;
  private boolean tooLong;
  private boolean longLine;
  /** Blank characters dropped since the last line was returned. */
  private long blanks;
  /** Blank characters dropped at the start of the current line, before its first other byte. */
  private long indent;
  /** Whether filling keeps the line last returned, for a look at the line after it. */
  private boolean keepLine;

  ByteLines(InputStream in, int maxChars, int lineNumber) throws IOException {
    this(in, maxChars, lineNumber, MAX_BUFFERED);
  }

  ByteLines(InputStream in, int maxChars, int lineNumber, int maxBuffered) throws IOException {
    this.in = in;
    this.maxChars = maxChars;
    this.lineNumber = lineNumber;
    this.maxBuffered = Math.max(maxBuffered, 8);
    while (limit < 3 && fill()) {
      // a byte order mark may come in more than one read
    }
    if (limit >= 3
        && (buffer[0] & 0xFF) == 0xEF
        && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF) {
      position = 3;
    }
  }

  byte[] buffer() {
    return buffer;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** The number of the line last returned or skipped, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * Whether the blanks before the line last returned and its characters are more than the limit;
   * the line is then not to be read, and nothing after it either.
   */
  boolean tooLong() {
    return tooLong;
  }

  /**
   * Whether the line last returned has more bytes than are buffered: {@code buffer()[start(),
   * end())} is only its beginning, and {@link #lineStream()} reads it on.
   */
  boolean isLong() {
    return longLine;
  }

  /** Blank characters dropped before the line last returned, since the line before it. */
  long blanks() {
    return blanks;
  }

  /** Blank characters dropped at the start of the line last returned: its first column is one more. */
  long indent() {
    return indent;
  }

  /**
   * Reads more input after what is buffered, moving the unread bytes to the front and growing the
   * buffer when it is full; false at the end of the input.
   */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int from = keepLine ? Math.min(start, position) : position;
    if (from > 0) {
      System.arraycopy(buffer, from, buffer, 0, limit - from);
      limit -= from;
      start -= from;
      position -= from;
    }
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
      words = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    limit += n;
    return true;
  }

  /**
   * Skips lines of only spaces, tabs and carriage returns, and the spaces and tabs that start the
   * next line; returns how many lines. The bytes are dropped as they are scanned and counted in
   * {@link #blanks()}; the scan stops when there are more of them than the limit, and the next
   * line is then {@link #tooLong()}.
   */
  int skipBlank() throws IOException {
    int skipped = 0;
    while (true) {
      if (position == limit && !fill()) {
        return skipped;
      }
      byte b = buffer[position];
      if (b == '\n') {
        skipped++;
        lineNumber++;
        indent = 0;
      } else if (b == ' ' || b == '\t' || b == '\r') {
        indent++;
      } else {
        return skipped;
      }
      position++;
      if (++blanks > maxChars) {
        return skipped;
      }
    }
  }

  /** The next byte, not consumed, or -1 at the end of the input. */
  int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  /**
   * Reads more input for a scan that has reached the end of the buffered bytes at {@code at}, and
   * returns where that position is after filling moved the unread bytes to the front; -1 at the
   * end of the input.
   */
  private int readMore(int at) throws IOException {
    int offset = at - position;
    return fill() ? position + offset : -1;
  }

  /** Reads the next line; false at the end of the input. */
  boolean next() throws IOException {
    long before = blanks;
    long leading = indent;
    blanks = 0;
    indent = 0;
    longLine = false;
    tooLong = before > maxChars;
    if (tooLong || position == limit && !fill()) {
      if (tooLong) {
        lineNumber++;
        start = position;
        end = position;
        return true;
      }
      return false;
    }
    blanks = before;
    indent = leading;
    lineNumber++;
    start = position;
    int scanned = position;
    while (true) {
      int lineFeed = indexOfLineFeed(scanned, limit);
      if (lineFeed >= 0) {
        end = lineFeed;
        position = lineFeed + 1;
        break;
      }
      if (limit - start >= maxBuffered) {
        // Not buffered whole: read on through lineStream(), from the start of the line.
        longLine = true;
        end = limit;
        position = start;
        return true;
      }
      scanned = limit;
      int from = start;
      if (!fill()) {
        end = limit;
        position = limit;
        break;
      }
      scanned -= from - start;
    }
    if (end > start && buffer[end - 1] == '\r') {
      end--;
    }
    // A character has at least one byte, so only a line of more bytes than are left is counted.
    long left = maxChars - blanks;
    tooLong = end - start > left && Utf8Source.chars(buffer, start, end) > left;
    return true;
  }

  /**
   * The bytes of a {@link #isLong() long} line from its start, up to its line feed or the end of
   * the input; reading it on consumes the line.
   */
  InputStream lineStream() {
    return new InputStream() {
      private boolean ended;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        if (ended) {
          return -1;
        }
        if (position == limit) {
          start = position;
          if (!fill()) {
            ended = true;
            return -1;
          }
        }
        int n = Math.min(length, limit - position);
        int lineFeed = indexOfLineFeed(position, position + n);
        if (lineFeed >= 0) {
          n = lineFeed - position;
          ended = true;
        }
        System.arraycopy(buffer, position, target, offset, n);
        position += n + (ended ? 1 : 0);
        start = position;
        return n == 0 && ended ? -1 : n;
      }
    };
  }

  /**
   * Whether the line after the current one, past blank lines, starts with an object and closes
   * it: what a record of JSON Lines looks like. Nothing is consumed; at most {@code maxBuffered}
   * bytes are looked at.
   */
  boolean nextLooksLikeARecord() throws IOException {
    keepLine = true;
    try {
      return lookAhead();
    } finally {
      keepLine = false;
    }
  }

  private boolean lookAhead() throws IOException {
    int at = position;
    int from = -1;
    while (at - position < maxBuffered) {
      at = at == limit ? readMore(at) : at;
      if (at < 0) {
        return from >= 0 && isOneObject(buffer, from, limit);
      }
      byte b = buffer[at];
      if (from >= 0) {
        if (b == '\n') {
          return isOneObject(buffer, from, at);
        }
      } else if (b == '{') {
        from = at;
      } else if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
      at++;
    }
    return false;
  }

  /**
   * The first line feed in {@code [from, to)}, or -1. Eight bytes at a time: a byte that equals
   * the line feed is a zero byte of the word XOR line feeds, and the lowest high bit of {@code
   * (x - ONES) & ~x & HIGHS} marks the first zero byte exactly (only bytes above it can be false
   * marks); this scan is most of what splitting lines costs.
   */
  private int indexOfLineFeed(int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = words.getLong(i) ^ LINE_FEEDS;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Makes the line last returned unread, for a reader that takes the rest of the input whole. */
  void unread() {
    position = start;
    lineNumber--;
  }

  /** The unread bytes and the rest of the stream, from where this stands. */
  InputStream rest() {
    ByteArrayInputStream buffered =
        new ByteArrayInputStream(Arrays.copyOfRange(buffer, position, limit));
    position = limit;
    InputStream rest = endOfInput ? buffered : new SequenceInputStream(buffered, in);
    // The spaces dropped at the start of the line come back, so that its columns stay right.
    return indent == 0 ? rest : new SequenceInputStream(new Spaces(indent), rest);
  }

  /** Spaces, as many as were dropped, made as they are read. */
  private static final class Spaces extends InputStream {
    private long left;

    Spaces(long count) {
      this.left = count;
    }

    @Override
    public int read() {
      return left-- > 0 ? ' ' : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      Arrays.fill(target, offset, offset + n, (byte) ' ');
      left -= n;
      return n;
    }
  }

  void close() throws IOException {
    in.close();
  }

  /**
   * Whether bytes that start with an object are that one object and nothing more (but blanks):
   * its brackets close exactly at its end, never more than they open. A line of a multi-line
   * document that starts with {@code {} closes more than it opens, or leaves some open.
   */
  static boolean isOneObject(byte[] line, int from, int to) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    int last = to;
    while (last > from && (line[last - 1] == ' ' || line[last - 1] == '\t' || line[last - 1] == '\r')) {
      last--;
    }
    for (int i = from; i < last; i++) {
      byte c = line[i];
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
        if (--depth == 0 && i != last - 1) {
          return false;
        }
      }
    }
    return depth == 0 && !inString && last > from && line[last - 1] == '}';
  }

  /** Whether a line closes every bracket it opens, outside strings. */
  static boolean isComplete(byte[] line, int from, int to) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = from; i < to; i++) {
      byte c = line[i];
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
