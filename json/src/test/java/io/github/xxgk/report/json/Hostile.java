package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Documents made from the real example by one edit, and assertions on where they fail. */
final class Hostile {
  static final String EXAMPLE = example();

  private Hostile() {}

  private static String example() {
    try {
      return new String(ExampleFileTest.example(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example with the first occurrence of a fragment replaced; the fragment must be there. */
  static String edit(String fragment, String replacement) {
    int at = EXAMPLE.indexOf(fragment);
    assertTrue(at >= 0, "example has no " + fragment);
    return EXAMPLE.substring(0, at) + replacement + EXAMPLE.substring(at + fragment.length());
  }

  /** The 1-based line of the first occurrence of a fragment in a document. */
  static int lineOf(String document, String fragment) {
    int at = document.indexOf(fragment);
    assertTrue(at >= 0, "document has no " + fragment);
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (document.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  static List<Problem> problems(ReportJson json, String document) {
    return assertThrows(ReportFormatException.class, () -> json.read(document)).problems();
  }

  static List<Problem> problems(String document) {
    return problems(ReportJson.standard(), document);
  }

  /** Asserts that a document has exactly one problem, with this rule, pointer and line. */
  static Problem single(String document, String ruleId, String pointer, int line) {
    List<Problem> problems = problems(document);
    assertEquals(1, problems.size(), problems::toString);
    Problem problem = problems.get(0);
    assertEquals(ruleId, problem.ruleId(), problem::toString);
    assertEquals(pointer, problem.pointer(), problem::toString);
    assertEquals(line, problem.line().getAsInt(), problem::toString);
    assertTrue(problem.column().getAsInt() > 0, problem::toString);
    return problem;
  }
}
