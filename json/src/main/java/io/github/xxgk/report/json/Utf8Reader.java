package io.github.xxgk.report.json;

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
 * malformed bytes and drops the characters it had already decoded in that call, this returns
 * every character before the fault first and throws on the next call, so that a reader of lines
 * can buffer in bulk and still place a fault on the line where it is.
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

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
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
        result.throwException();
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
