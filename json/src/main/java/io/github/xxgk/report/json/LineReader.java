package io.github.xxgk.report.json;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Reads lines of bounded length from a reader, counting them. */
final class LineReader {
  /**
   * Returned by {@link #next()} for a line over the length limit, which is skipped. A distinct
   * instance, compared by identity, so that no line of input can be taken for it.
   */
  @SuppressWarnings("StringOperationCanBeSimplified")
  static final String TOO_LONG = new String("(line too long)");

  private final PushbackReader in;
  private final int maxLength;
  private int lineNumber;

  LineReader(Reader reader, int maxLength, int lineNumber) {
    this.in = reader instanceof PushbackReader ? (PushbackReader) reader : new PushbackReader(reader, 1);
    this.maxLength = maxLength;
    this.lineNumber = lineNumber;
  }

  int lineNumber() {
    return lineNumber;
  }

  int peek() throws IOException {
    int c = in.read();
    if (c != -1) {
      in.unread(c);
    }
    return c;
  }

  /** Skips whitespace-only lines; returns how many were skipped. */
  int skipBlank() throws IOException {
    int skipped = 0;
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        skipped++;
        lineNumber++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        in.unread(c);
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
    int c = in.read();
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
      c = in.read();
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
    if (before.isEmpty()) {
      return in;
    }
    PushbackReader again = new PushbackReader(in, before.length());
    again.unread(before.toCharArray());
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
