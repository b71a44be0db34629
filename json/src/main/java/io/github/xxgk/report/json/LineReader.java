package io.github.xxgk.report.json;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Reads lines of bounded length from a reader, counting them. It buffers in bulk: reading a large
 * file of JSON Lines one character per call through the reader stack cost most of the time.
 */
final class LineReader {
  /**
   * Returned by {@link #next()} for a line over the length limit, which is skipped. A distinct
   * instance, compared by identity, so that no line of input can be taken for it.
   */
  @SuppressWarnings("StringOperationCanBeSimplified")
  static final String TOO_LONG = new String("(line too long)");

  private static final int BUFFER = 8192;

  private final Reader in;
  private final int maxLength;
  private int lineNumber;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;

  LineReader(Reader reader, int maxLength, int lineNumber) {
    this.in = reader;
    this.maxLength = maxLength;
    this.lineNumber = lineNumber;
  }

  private int read() throws IOException {
    if (position == limit) {
      int n = in.read(buffer, 0, BUFFER);
      if (n <= 0) {
        return -1;
      }
      position = 0;
      limit = n;
    }
    return buffer[position++];
  }

  /** Gives back the character just read; only ever one, so it is still in the buffer. */
  private void unread() {
    position--;
  }

  int lineNumber() {
    return lineNumber;
  }

  int peek() throws IOException {
    int c = read();
    if (c != -1) {
      unread();
    }
    return c;
  }

  /** Skips whitespace-only lines; returns how many were skipped. */
  int skipBlank() throws IOException {
    int skipped = 0;
    int c;
    while ((c = read()) != -1) {
      if (c == '\n') {
        skipped++;
        lineNumber++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        unread();
        break;
      }
    }
    return skipped;
  }

  void skipTo(int number) {
    lineNumber = Math.max(lineNumber, number);
  }

  /** The next line without its end, {@link #TOO_LONG}, or null at the end of the input. */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    int c = read();
    if (c == -1) {
      return null;
    }
    lineNumber++;
    while (c != -1 && c != '\n') {
      if (line.length() < maxLength) {
        line.append((char) c);
      } else {
        tooLong = true;
      }
      c = read();
    }
    if (tooLong) {
      return TOO_LONG;
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }

  /** The rest of the input, after the given text that was already read. */
  Reader rest(String before) throws IOException {
    int buffered = limit - position;
    if (before.isEmpty() && buffered == 0) {
      return in;
    }
    PushbackReader again = new PushbackReader(in, before.length() + buffered);
    again.unread(buffer, position, buffered);
    again.unread(before.toCharArray());
    position = limit;
    return again;
  }

  /** Whether a line closes every bracket it opens, outside strings. */
  static boolean isComplete(String line) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
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
