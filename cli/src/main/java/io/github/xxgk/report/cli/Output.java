package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Problem;
import java.io.IOException;

/**
 * Where findings go as they are found: text lines, one JSON document written as a stream, or CSV
 * rows. Nothing is kept but counts. Write failures are thrown as {@link IOException}.
 */
interface Output {
  /** An input is about to be read. */
  void startFile(FileTally file) throws IOException;

  /**
   * A finding, with the record it is about: index from 0 (-1 for the whole input), organ and year
   * when known.
   */
  void finding(FileTally file, int record, String organ, Integer year, Problem problem)
      throws IOException;

  /** The input is done; its counts are final. */
  void endFile(FileTally file) throws IOException;

  /** The run is done. */
  void end(Summary summary) throws IOException;

  /** The line a problem is printed at: its line, else its PDF page; 0 when it has neither. */
  static int line(Problem problem) {
    return problem.line().orElse(problem.page().orElse(0));
  }

  /** The column a problem is printed at; 0 when it has none. */
  static int column(Problem problem) {
    return problem.column().orElse(0);
  }
}
