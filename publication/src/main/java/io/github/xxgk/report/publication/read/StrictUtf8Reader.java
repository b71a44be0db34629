package io.github.xxgk.report.publication.read;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 bytes as the parser reads them, straight into its buffer, and stops with a {@link
 * CharacterCodingException} at the first byte that is not valid UTF-8 (the caller then decodes the
 * whole source by {@link Decoding}, which finds its encoding).
 *
 * <p>Why not a {@code String} of the whole page: a Chinese page's {@code new String(bytes, UTF_8)}
 * allocates a UTF-16 buffer of twice the bytes and then its trimmed copy (1.4 MB of a 291 KB page,
 * more than jsoup's whole parse), and the parser then copies the string again into its own buffer.
 * Why not an {@code InputStreamReader}: it copies the bytes into a buffer of its own and decodes
 * through a second {@code CharBuffer}, which measured slower than the string.
 */
final class StrictUtf8Reader extends Reader {
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer in;

  /** The low surrogate of a pair whose high one filled the caller's last place, or 0. */
  private char pending;

  StrictUtf8Reader(byte[] bytes, int length) {
    in = ByteBuffer.wrap(bytes, 0, length);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws CharacterCodingException {
    if (length == 0) {
      return 0;
    }
    int start = offset;
    if (pending != 0) {
      buffer[offset++] = pending;
      pending = 0;
      length--;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      result.throwException();
    }
    if (result.isOverflow() && out.position() == offset && length == 1) {
      // one place left and the next character is a surrogate pair: decode it aside
      CharBuffer pair = CharBuffer.allocate(2);
      CoderResult two = decoder.decode(in, pair, true);
      if (two.isError()) {
        two.throwException();
      }
      buffer[offset] = pair.get(0);
      pending = pair.get(1);
      return offset + 1 - start;
    }
    int read = out.position() - start;
    return read == 0 && !in.hasRemaining() ? -1 : read;
  }

  @Override
  public void close() {
    // nothing held
  }
}
