package io.github.xxgk.report.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Lines of UTF-8 bytes from a stream, each held to a number of characters, counted as they come.
 * JSON Lines are split here as bytes, before any decoding: a line feed is never part of a longer
 * UTF-8 sequence, so each line can go to Jackson's byte parser as it is, and bytes that are not
 * UTF-8 spoil their own line only. A byte order mark at the start of the input is skipped.
 *
 * <p>The line returned by {@link #next()} is {@code buffer()[start(), end())}, without its line
 * end ({@code \n} or {@code \r\n}); it stays there until the next call.
 */
final class ByteLines {
  // Large reads: a file is read through as few system calls as a few records' worth allows.
  private static final int CHUNK = 64 * 1024;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private final InputStream in;
  private final int maxChars;
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

  ByteLines(InputStream in, int maxChars, int lineNumber) throws IOException {
    this.in = in;
    this.maxChars = maxChars;
    this.lineNumber = lineNumber;
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

  /** Whether the line last returned has more characters than the limit; it is then not kept. */
  boolean tooLong() {
    return tooLong;
  }

  /**
   * Reads more input after what is buffered, moving the unread bytes to the front and growing the
   * buffer when it is full; false at the end of the input.
   */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      start -= position;
      position = 0;
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
   * Skips lines of only spaces, tabs and carriage returns; returns how many. A line with anything
   * else is left whole, its leading spaces included, so that its columns stay right.
   */
  int skipBlank() throws IOException {
    int skipped = 0;
    int at = position;
    while (true) {
      at = at == limit ? readMore(at) : at;
      if (at < 0) {
        // The rest was spaces: all of it is skipped.
        position = limit;
        return skipped;
      }
      byte b = buffer[at++];
      if (b == '\n') {
        skipped++;
        lineNumber++;
        position = at;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        return skipped;
      }
    }
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

  /** The first byte of the next line that is not a space or tab, or -1 if there is none. */
  int peekNonBlank() throws IOException {
    int at = position;
    while (true) {
      at = at == limit ? readMore(at) : at;
      if (at < 0) {
        return -1;
      }
      byte b = buffer[at++];
      if (b != ' ' && b != '\t') {
        return b & 0xFF;
      }
    }
  }

  /** Reads the next line; false at the end of the input. */
  boolean next() throws IOException {
    if (position == limit && !fill()) {
      return false;
    }
    lineNumber++;
    start = position;
    tooLong = false;
    int scanned = position;
    long chars = 0;
    int counted = position;
    while (true) {
      int lineFeed = indexOfLineFeed(scanned, limit);
      if (lineFeed >= 0) {
        end = lineFeed;
        position = lineFeed + 1;
        break;
      }
      scanned = limit;
      // A character has at least one byte, so only a line of more bytes than the limit is counted.
      if (limit - start > maxChars) {
        chars += Utf8Source.chars(buffer, counted, limit);
        counted = limit;
        if (chars > maxChars) {
          skipRestOfLine();
          tooLong = true;
          return true;
        }
      }
      int before = start;
      if (!fill()) {
        end = limit;
        position = limit;
        break;
      }
      scanned -= before - start;
      counted -= before - start;
    }
    if (end > start && buffer[end - 1] == '\r') {
      end--;
    }
    if (end - start > maxChars && chars + Utf8Source.chars(buffer, counted, end) > maxChars) {
      tooLong = true;
    }
    return true;
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

  private void skipRestOfLine() throws IOException {
    while (true) {
      int lineFeed = indexOfLineFeed(position, limit);
      if (lineFeed >= 0) {
        position = lineFeed + 1;
        return;
      }
      position = limit;
      start = limit;
      if (!fill()) {
        return;
      }
    }
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
    return endOfInput ? buffered : new SequenceInputStream(buffered, in);
  }

  void close() throws IOException {
    in.close();
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
