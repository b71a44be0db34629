package io.github.xxgk.report.json;

import java.io.IOException;
import java.io.Reader;

/**
 * The input of an array or of reports one after another, which holds each record to {@link
 * ReportJson#MAX_DOCUMENT_LENGTH} characters, counted from the end of the record before: the parser
 * reads the whole input, so its own document limit cannot be used. When a record goes beyond, the
 * parser fails as on any limit, before more of the input is read.
 */
final class RecordBudget extends CharBudget {
  private final long allowance;
  private long handedOut;
  private long recordStart;
  private boolean exceeded;

  /** A reader whose first record may have {@code allowance} characters. */
  RecordBudget(Reader in, long allowance) {
    super(in);
    this.allowance = allowance;
  }

  long handedOut() {
    return handedOut;
  }

  boolean exceeded() {
    return exceeded;
  }

  void startRecord(long charOffset) {
    recordStart = Math.max(recordStart, charOffset + Limits.DOCUMENT_LENGTH - allowance);
  }

  @Override
  int readSome(char[] buffer, int offset, int length) throws IOException {
    long left = recordStart + allowance - handedOut;
    if (left <= 0) {
      exceeded = true;
      throw new ReaderLimitException(
          "Record length exceeds the maximum allowed (" + Limits.DOCUMENT_LENGTH + " characters)");
    }
    int n = in.read(buffer, offset, (int) Math.min(length, left));
    if (n > 0) {
      handedOut += n;
    }
    return n;
  }
}
