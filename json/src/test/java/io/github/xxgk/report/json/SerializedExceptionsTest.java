package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The exceptions that carry problems stay serializable, although a {@link Problem} is not: the
 * problems come back equal, with the same messages in both languages.
 */
class SerializedExceptionsTest {
  /** Problems of several codes, with phrases, numbers and strings among their arguments. */
  private static final String DOCUMENT =
      Hostile.EXAMPLE
          .replace("\"year\": 2024", "\"year\": 1.5, \"mayor\": \"x\"")
          .replace("\"edition\": \"2021\"", "\"edition\": \"2019\"");

  @Test
  void aFormatExceptionKeepsItsProblems() throws Exception {
    ReportFormatException thrown =
        assertThrows(ReportFormatException.class, () -> ReportJson.standard().read(DOCUMENT));
    assertManyCodes(thrown.problems());
    ReportFormatException copy = roundTrip(thrown);
    assertEquals(thrown.getMessage(), copy.getMessage());
    assertSameProblems(thrown.problems(), copy.problems());
  }

  @Test
  void anInvalidReportExceptionKeepsItsProblems() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ReportModule());
    InvalidReportException thrown =
        assertThrows(
            InvalidReportException.class, () -> mapper.readValue(DOCUMENT, AnnualReport.class));
    InvalidReportException copy = roundTrip(thrown);
    assertSameProblems(thrown.problems(), copy.problems());
  }

  @Test
  void aLimitProblemKeepsItsNumbers() throws Exception {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      digits.append('9');
    }
    String document = DOCUMENT.replace("\"year\": 1.5", "\"year\": " + digits);
    ReportFormatException thrown =
        assertThrows(ReportFormatException.class, () -> ReportJson.standard().read(document));
    assertEquals(JsonRule.LIMIT, thrown.problems().get(thrown.problems().size() - 1).code());
    assertSameProblems(thrown.problems(), roundTrip(thrown).problems());
  }

  private static void assertManyCodes(List<Problem> problems) {
    Set<String> codes = new TreeSet<>();
    for (Problem problem : problems) {
      codes.add(problem.ruleId());
    }
    assertEquals(2, codes.size(), problems::toString);
  }

  private static void assertSameProblems(List<Problem> expected, List<Problem> actual) {
    assertEquals(expected, actual);
    for (int i = 0; i < expected.size(); i++) {
      for (Language language : Language.values()) {
        assertEquals(expected.get(i).message(language), actual.get(i).message(language));
      }
      assertEquals(expected.get(i).line(), actual.get(i).line());
      assertEquals(expected.get(i).column(), actual.get(i).column());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
