package io.github.xxgk.report.cli;

import java.io.BufferedInputStream;
import java.io.IOException;

/** The first bytes of an input, read once to tell its format, then read again by the format. */
final class Head {
  /** How many bytes are looked at. */
  static final int SIZE = 4096;

  private final byte[] bytes;
  private final int length;

  private Head(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  /** Reads the head of a stream that supports mark and reset, and rewinds it. */
  static Head of(BufferedInputStream in) throws IOException {
    byte[] bytes = new byte[SIZE];
    in.mark(SIZE);
    int length = 0;
    while (length < SIZE) {
      int n = in.read(bytes, length, SIZE - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    in.reset();
    return new Head(bytes, length);
  }

  static Head of(byte[] bytes) {
    return new Head(bytes, bytes.length);
  }

  int length() {
    return length;
  }

  /** The byte at an index below {@link #length()}, from 0 to 255. */
  int at(int index) {
    return bytes[index] & 0xFF;
  }

  /** Whether the head starts with these bytes. */
  boolean startsWith(int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (at(i) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the first byte after a UTF-8 byte order mark and JSON white space; length if none.
   */
  int firstNonBlank() {
    int i = startsWith(0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < length && (at(i) == ' ' || at(i) == '\t' || at(i) == '\n' || at(i) == '\r')) {
      i++;
    }
    return i;
  }

  byte[] copy() {
    return java.util.Arrays.copyOf(bytes, length);
  }
}
