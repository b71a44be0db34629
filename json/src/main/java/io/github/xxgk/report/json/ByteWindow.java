package io.github.xxgk.report.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A window of bytes over a stream, read in large chunks: the unread bytes are {@code
 * buffer[position, limit)}. Filling moves them to the front, and grows the buffer only when it is
 * full; the bytes from {@code start} are kept too while {@code keepLine} is set, for a look beyond
 * the line they hold. {@link ByteLines} splits the window into lines.
 */
abstract class ByteWindow {
  // Large reads: a file is read through as few system calls as a few records' worth allows.
  private static final int CHUNK = 64 * 1024;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private final InputStream in;
  byte[] buffer = new byte[CHUNK];

  /** The buffer, to read eight bytes at a time. */
  private ByteBuffer words = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);

  int position;
  int limit;
  boolean endOfInput;

  /** The start of the line last returned. */
  int start;

  /** Whether filling keeps the bytes from {@code start}, for a look at the line after it. */
  boolean keepLine;

  /** A window over a stream, without the byte order mark at its start if there is one. */
  ByteWindow(InputStream in) throws IOException {
    this.in = in;
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

  /**
   * Reads more input after what is buffered, moving the unread bytes to the front and growing the
   * buffer when it is full; false at the end of the input.
   */
  final boolean fill() throws IOException {
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
   * Reads more input for a scan that has reached the end of the buffered bytes at {@code at}, and
   * returns where that position is after filling moved the unread bytes to the front; -1 at the end
   * of the input.
   */
  final int readMore(int at) throws IOException {
    int offset = at - position;
    return fill() ? position + offset : -1;
  }

  /** The next byte, not consumed, or -1 at the end of the input. */
  final int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  /**
   * The first line feed in {@code [from, to)}, or -1. Eight bytes at a time: a byte that equals the
   * line feed is a zero byte of the word XOR line feeds, and the lowest high bit of {@code (x -
   * ONES) & ~x & HIGHS} marks the first zero byte exactly (only bytes above it can be false marks);
   * this scan is most of what splitting lines costs.
   */
  final int indexOfLineFeed(int from, int to) {
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

  /**
   * The unread bytes and the rest of the stream, from where this stands, after {@code spaces}
   * spaces: those dropped at the start of a line come back, so that its columns stay right.
   */
  final InputStream rest(long spaces) {
    ByteArrayInputStream buffered =
        new ByteArrayInputStream(Arrays.copyOfRange(buffer, position, limit));
    position = limit;
    InputStream rest = endOfInput ? buffered : new SequenceInputStream(buffered, in);
    return spaces == 0 ? rest : new SequenceInputStream(new Spaces(spaces), rest);
  }

  final void close() throws IOException {
    in.close();
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
}
