package io.github.xxgk.report.json;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The input is not a report in the contract's JSON form. It carries every problem found, each of a
 * {@link JsonRule}: a syntax error or an exceeded limit stops reading, but in a well-formed
 * document all missing, unknown and mistyped values are listed together.
 *
 * <p>This is unchecked because callers usually handle it at one place, the edge of their system,
 * where they report {@link #problems()} back to whoever sent the document.
 *
 * <p>It is serializable with its problems, although a {@link Problem} is not: each is written as
 * the values it is made of (code id, severity, message key, pointer, line, column and message
 * arguments, which for a {@link JsonRule} are strings, numbers and phrases of its bundle) and made
 * again when read, so that it renders the same messages in both languages.
 */
public final class ReportFormatException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** How many problems {@link #getMessage()} lists before it only counts the rest. */
  private static final int LISTED = 5;

  /** Written by {@link #writeObject} as {@link SerializedProblem}s. */
  private transient List<Problem> problems;

  ReportFormatException(List<Problem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
  }

  /** Every problem found, in the order of the input; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
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

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    List<SerializedProblem> serialized = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      serialized.add(new SerializedProblem(problem));
    }
    out.writeObject(serialized);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    Object read = in.readObject();
    if (!(read instanceof List) || ((List<?>) read).isEmpty()) {
      throw new InvalidObjectException("a format exception needs at least one problem");
    }
    List<Problem> list = new ArrayList<>();
    for (Object each : (List<?>) read) {
      if (!(each instanceof SerializedProblem)) {
        throw new InvalidObjectException("not a problem: " + each);
      }
      list.add(((SerializedProblem) each).problem());
    }
    problems = Collections.unmodifiableList(list);
  }

  /** The values a problem of a {@link JsonRule} is made of. */
  private static final class SerializedProblem implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final Severity severity;
    private final String messageKey;
    private final String pointer;
    private final int line;
    private final int column;
    private final Object[] arguments;

    SerializedProblem(Problem problem) {
      this.ruleId = problem.ruleId();
      this.severity = problem.severity();
      this.messageKey = problem.messageKey();
      this.pointer = problem.pointer();
      this.line = problem.line().orElse(0);
      this.column = problem.column().orElse(0);
      List<Object> given = problem.arguments();
      this.arguments = new Object[given.size()];
      for (int i = 0; i < arguments.length; i++) {
        Object argument = given.get(i);
        // The reader's arguments are strings, numbers and phrases; anything else as its text.
        arguments[i] = argument instanceof Serializable ? argument : String.valueOf(argument);
      }
    }

    Problem problem() throws InvalidObjectException {
      JsonRule rule =
          JsonRule.byId(ruleId)
              .orElseThrow(() -> new InvalidObjectException("not a JSON code: " + ruleId));
      if (!messageKey.equals(ruleId) && !messageKey.startsWith(ruleId + ".")) {
        throw new InvalidObjectException("message " + messageKey + " is not one of " + ruleId);
      }
      try {
        Problem.Builder problem =
            Problem.of(rule).severity(severity).at(pointer).arguments(arguments);
        if (line > 0) {
          problem.line(line, column);
        }
        if (!messageKey.equals(ruleId)) {
          problem.variant(messageKey.substring(ruleId.length() + 1));
        }
        return problem.build();
      } catch (RuntimeException e) {
        InvalidObjectException invalid = new InvalidObjectException("not a problem: " + e);
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
