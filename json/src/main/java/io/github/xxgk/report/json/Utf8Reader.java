package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding in bulk. Unlike {@link java.io.InputStreamReader}, which throws on
 * malformed bytes and drops the characters it had already decoded in that call, this returns every
 * character before the fault first and throws on the next call, so that the parser reads up to the
 * fault. It counts lines and columns as Jackson does (a line ends at {@code \n}, {@code \r\n} or a
 * lone {@code \r}), so that the fault is located where the bad bytes are, in characters as every
 * other problem, not where the parser's buffer happened to end.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private boolean endOfInput;
  private boolean flushed;

  /** Whether a byte order mark at the start is still to be dropped. */
  private boolean skipByteOrderMark;

  private long handedOut;
  private int line = 1;
  private long lineStart;
  private boolean afterCarriageReturn;

  /** A reader that gives a byte order mark at the start as a character, like any other. */
  Utf8Reader(InputStream in) {
    this(in, false);
  }

  Utf8Reader(InputStream in, boolean skipByteOrderMark) {
    this.in = in;
    this.skipByteOrderMark = skipByteOrderMark;
    bytes.flip();
  }

  /** Bytes that are not UTF-8, at a location in characters: where the first bad byte is. */
  static final class Malformed extends java.nio.charset.MalformedInputException {
    private static final long serialVersionUID = 1L;

    final transient JsonLocation location;

    Malformed(JsonLocation location) {
      super(1);
      this.location = location;
    }

    @Override
    public String getMessage() {
      return "Input is not valid UTF-8 at line "
          + location.getLineNr()
          + ", column "
          + location.getColumnNr();
    }
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    while (true) {
      int n = decode(target, offset, length);
      if (n > 0 && skipByteOrderMark) {
        skipByteOrderMark = false;
        if (target[offset] == '\uFEFF') {
          System.arraycopy(target, offset + 1, target, offset, --n);
          if (n == 0) {
            continue;
          }
        }
      }
      if (n > 0) {
        count(target, offset, n);
      }
      return n;
    }
  }

  private int decode(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer chars = CharBuffer.wrap(target, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        if (chars.position() > offset) {
          return chars.position() - offset;
        }
        throw new Malformed(
            JacksonSupport.location(
                -1L,
                handedOut,
                line,
                (int) Math.min(Integer.MAX_VALUE, handedOut - lineStart + 1)));
      }
      if (result.isOverflow() || chars.position() > offset && !endOfInput) {
        return chars.position() - offset;
      }
      if (endOfInput) {
        if (!flushed) {
          decoder.flush(chars);
          flushed = true;
        }
        return chars.position() > offset ? chars.position() - offset : -1;
      }
      fill();
    }
  }

  /** Counts the lines of characters handed out, as Jackson's parser counts them. */
  private void count(char[] chars, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      char c = chars[i];
      if (c == '\n') {
        if (!afterCarriageReturn) {
          line++;
        }
        lineStart = handedOut + (i - offset) + 1;
        afterCarriageReturn = false;
      } else if (c == '\r') {
        line++;
        lineStart = handedOut + (i - offset) + 1;
        afterCarriageReturn = true;
      } else {
        afterCarriageReturn = false;
      }
    }
    handedOut += n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
