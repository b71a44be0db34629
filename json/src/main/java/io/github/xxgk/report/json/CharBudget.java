package io.github.xxgk.report.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that holds the characters it hands out to a budget. Every read of one or more characters
 * goes through {@link #readSome}, where a subclass counts and enforces its budget; skipping is
 * refused, since it would pass characters by uncounted.
 */
abstract class CharBudget extends FilterReader {
  CharBudget(Reader in) {
    super(in);
  }

  @Override
  public final int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0];
  }

  @Override
  public final int read(char[] buffer, int offset, int length) throws IOException {
    return length == 0 ? 0 : readSome(buffer, offset, length);
  }

  /**
   * Reads at least one and at most {@code length} characters within the budget, as {@link
   * Reader#read(char[], int, int)} does, or fails with a {@link ReaderLimitException} when the
   * budget is spent.
   */
  abstract int readSome(char[] buffer, int offset, int length) throws IOException;

  @Override
  public final long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }
}
