package io.github.xxgk.report.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * Lines of UTF-8 bytes from a stream, held to a number of characters counted as they come, in a
 * buffer of bounded size. JSON Lines are split here as bytes, before any decoding: a line feed is
 * never part of a longer UTF-8 sequence, so each line can go to Jackson's byte parser as it is, and
 * bytes that are not UTF-8 spoil their own line only. A byte order mark at the start of the input
 * is skipped.
 *
 * <p>The line returned by {@link #next()} is {@code buffer()[start(), end())}, without its line end
 * ({@code \n} or {@code \r\n}); it stays there until the next call. A line of more than {@code
 * maxBuffered} bytes is not buffered whole: it is {@link #isLong() long}, and is read on through
 * {@link #lineStream()}. Blank bytes between lines are dropped as they are scanned, and counted, so
 * that no input, however long, makes the buffer grow beyond about {@code maxBuffered} bytes.
 */
final class ByteLines extends ByteWindow {
  /** Lines up to this many bytes are buffered whole: far more than any report written compactly. */
  static final int MAX_BUFFERED = 1024 * 1024;

  private final int maxChars;
  private final int maxBuffered;
  private int lineNumber;
  private int end;
  private boolean tooLong;
  private boolean longLine;

  /** Blank characters dropped since the last line was returned. */
  private long blanks;

  /** Blank characters dropped at the start of the current line, before its first other byte. */
  private long indent;

  ByteLines(InputStream in, int maxChars, int lineNumber) throws IOException {
    this(in, maxChars, lineNumber, MAX_BUFFERED);
  }

  ByteLines(InputStream in, int maxChars, int lineNumber, int maxBuffered) throws IOException {
    super(in);
    this.maxChars = maxChars;
    this.lineNumber = lineNumber;
    this.maxBuffered = Math.max(maxBuffered, 8);
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

  /**
   * Blank characters dropped at the start of the line last returned: its first column is one more.
   */
  long indent() {
    return indent;
  }

  /**
   * Skips lines of only spaces, tabs and carriage returns, and the spaces and tabs that start the
   * next line; returns how many lines. The bytes are dropped as they are scanned and counted in
   * {@link #blanks()}; the scan stops when there are more of them than the limit, and the next line
   * is then {@link #tooLong()}.
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
   * Whether the line after the current one, past blank lines, starts with an object and closes it:
   * what a record of JSON Lines looks like. Nothing is consumed; at most {@code maxBuffered} bytes
   * are looked at.
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
        return from >= 0 && Brackets.isOneObject(buffer, from, limit);
      }
      byte b = buffer[at];
      if (from >= 0) {
        if (b == '\n') {
          return Brackets.isOneObject(buffer, from, at);
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

  /** Makes the line last returned unread, for a reader that takes the rest of the input whole. */
  void unread() {
    position = start;
    lineNumber--;
  }

  /** The unread bytes and the rest of the stream, from where this stands. */
  InputStream rest() {
    return rest(indent);
  }
}
