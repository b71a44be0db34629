package io.github.xxgk.report.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The input is not a report in the contract's JSON form. It carries every problem found: a syntax
 * error or an exceeded limit stops reading, but in a well-formed document all missing, unknown and
 * mistyped values are listed together.
 *
 * <p>This is unchecked because callers usually handle it at one place, the edge of their system,
 * where they report {@link #problems()} back to whoever sent the document.
 */
public final class ReportFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many problems {@link #getMessage()} lists before it only counts the rest. */
  private static final int LISTED = 5;

  private final List<JsonProblem> problems;

  ReportFormatException(List<JsonProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
  }

  /** Every problem found, in the order of the input; never empty. */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String summary(List<JsonProblem> problems) {
    StringBuilder text = new StringBuilder("Not a valid annual report: ");
    text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      text.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > LISTED) {
      text.append("\n  ... and ").append(problems.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}
