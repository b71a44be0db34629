package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record remembers where each value of its report was, in the input as given. */
class PositionsTest {
  private static final String TOTAL = "/applications/newlyReceived/total";

  private static String example() throws IOException {
    return new String(
        Files.readAllBytes(Paths.get("examples", "linfen-yaodu-2024.json")),
        StandardCharsets.UTF_8);
  }

  /** The line and column (from 1) of a character index, counted independently of the reader. */
  private static SourcePosition at(String doc, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (doc.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return SourcePosition.of(line, index - lineStart + 1);
  }

  /** Where the value after the first {@code key} following {@code after} is. */
  private static SourcePosition valueOf(String doc, String after, String key) {
    int from = doc.indexOf(after);
    int keyAt = doc.indexOf(key, from);
    assertTrue(from >= 0 && keyAt >= 0, key);
    return at(doc, keyAt + key.length());
  }

  private static ReportRecord first(String input) {
    try (ReportStream records =
        ReportJson.standard()
            .readAll(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      return records.next();
    }
  }

  @Test
  void aPrettyReportLocatesItsCellsAndValues() throws IOException {
    String doc = example();
    ReportRecord record = first(doc);
    assertTrue(record.isReport());
    // The stated total of 一、本年新收 is the first "total" under "newlyReceived".
    assertEquals(valueOf(doc, "\"newlyReceived\"", "\"total\": "), record.position(TOTAL).get());
    assertEquals(valueOf(doc, "{", "\"year\": "), record.position("/year").get());
    assertTrue(record.position(TOTAL).get().line() > 1);
  }

  @Test
  void linesBeforeTheReportShiftItsPositions() throws IOException {
    String doc = example();
    int line = first(doc).position(TOTAL).get().line();
    assertEquals(line + 3, first("\n\n\n" + doc).position(TOTAL).get().line());
    assertEquals(line + 1, first("[\n" + doc + "\n]").position(TOTAL).get().line());
  }

  @Test
  void jsonLinesGiveTheLineOnly() throws IOException {
    String compact = ReportJson.standard().write(ReportJson.standard().read(example()));
    try (ReportStream records =
        ReportJson.standard()
            .readLines(
                new ByteArrayInputStream(
                    ("\n" + compact + "\n" + compact + "\n").getBytes(StandardCharsets.UTF_8)))) {
      records.next();
      ReportRecord second = records.next();
      assertEquals(SourcePosition.of(3, 0), second.position(TOTAL).get());
    }
  }

  @Test
  void objectsUnknownPointersAndNonReportsHaveNone() throws IOException {
    ReportRecord record = first(example());
    assertFalse(record.position("/applications").isPresent());
    assertFalse(record.position("/nothing/here").isPresent());
    assertEquals(Optional.empty(), first("{\"year\": \"x\"}").position("/year"));
  }
}
