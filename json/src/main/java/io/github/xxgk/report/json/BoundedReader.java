package io.github.xxgk.report.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Characters of one document, held to {@link ReportJson#MAX_DOCUMENT_LENGTH} where Jackson has no
 * document limit of its own (before 2.16): reading past it fails as Jackson's limit would, before
 * more of the input is read.
 */
final class BoundedReader extends CharBudget {
  private long read;

  BoundedReader(Reader in) {
    super(in);
  }

  /** The reader, bounded when Jackson does not bound documents itself. */
  static Reader ifNeeded(Reader in) {
    return JacksonSupport.READ_CONSTRAINTS ? in : new BoundedReader(in);
  }

  @Override
  int readSome(char[] buffer, int offset, int length) throws IOException {
    // One character beyond the limit is read, so that a document of exactly the limit passes.
    long left = Limits.DOCUMENT_LENGTH + 1L - read;
    int n = in.read(buffer, offset, (int) Math.min(length, left));
    if (n > 0) {
      read += n;
      if (read > Limits.DOCUMENT_LENGTH) {
        throw new ReaderLimitException(
            "Document length exceeds the maximum allowed ("
                + Limits.DOCUMENT_LENGTH
                + " characters)");
      }
    }
    return n;
  }
}
