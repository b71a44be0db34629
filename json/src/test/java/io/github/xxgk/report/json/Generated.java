package io.github.xxgk.report.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large input made on the fly, never held in memory: a prefix, a filler repeated to a length, and
 * a suffix. It counts the bytes taken from it, so that a test can show that a limit stopped the
 * reader early.
 */
final class Generated extends InputStream {
  private final byte[] prefix;
  private final byte[] filler;
  private final long fillerBytes;
  private final byte[] suffix;
  private long position;

  Generated(String prefix, String filler, long fillerBytes, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.filler = filler.getBytes(StandardCharsets.UTF_8);
    this.fillerBytes = fillerBytes;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
  }

  long length() {
    return prefix.length + fillerBytes + suffix.length;
  }

  /** How many bytes were read. */
  long consumed() {
    return position;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (position >= length()) {
      return -1;
    }
    int n = 0;
    while (n < length && position < length()) {
      buffer[offset + n++] = at(position++);
    }
    return n;
  }

  private byte at(long i) {
    if (i < prefix.length) {
      return prefix[(int) i];
    }
    long j = i - prefix.length;
    if (j < fillerBytes) {
      return filler[(int) (j % filler.length)];
    }
    return suffix[(int) (j - fillerBytes)];
  }
}
