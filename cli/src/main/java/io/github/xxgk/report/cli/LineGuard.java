package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.ReportJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ends an input at a line of more bytes than any record may have ({@link #MAX_LINE_BYTES}: the
 * document limit in characters, four bytes each). The JSON reader reports such a line as JSON-LIMIT
 * after its first {@link ReportJson#MAX_DOCUMENT_LENGTH} characters, then reads on to the line feed
 * to find the next record; on an endless stream without one, that never ends. An array may be
 * longer on one line, so the reader turns the guard off once it knows the layout.
 */
final class LineGuard extends FilterInputStream {
  static final long MAX_LINE_BYTES = 4L * ReportJson.MAX_DOCUMENT_LENGTH + 16;

  private boolean enabled = true;
  private long sinceLineFeed;
  private boolean tripped;

  LineGuard(InputStream in) {
    super(in);
  }

  void disable() {
    enabled = false;
  }

  /** Whether the input was ended here. */
  boolean tripped() {
    return tripped;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (tripped) {
      return -1;
    }
    int n = in.read(b, off, len);
    if (n <= 0 || !enabled) {
      return n;
    }
    // Only the bytes after the last line feed of this read matter: scan back to it.
    int i = off + n - 1;
    while (i >= off && b[i] != '\n') {
      i--;
    }
    sinceLineFeed = i >= off ? off + n - 1 - i : sinceLineFeed + n;
    if (sinceLineFeed > MAX_LINE_BYTES) {
      tripped = true;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(0, read);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
