package io.github.xxgk.report.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The output stream, whose failures (a closed pipe, a full disk) become {@link Failed}: unchecked,
 * so that they pass through every layer that reads inputs and end the run, instead of being
 * mistaken for an input that cannot be read.
 */
final class Guarded extends FilterOutputStream {
  Guarded(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new Failed(e);
    }
  }

  @Override
  public void write(byte[] b) {
    write(b, 0, b.length);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw new Failed(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new Failed(e);
    }
  }

  @Override
  public void close() {
    // The owner of the stream closes it.
    flush();
  }

  /** Writing the output failed. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(IOException cause) {
      super(cause);
    }

    /** Whether the reader of a pipe went away ({@code | head}): the run then ends quietly. */
    boolean brokenPipe() {
      String message = String.valueOf(getCause().getMessage());
      return message.contains("Broken pipe") || message.contains("Stream closed");
    }
  }
}
