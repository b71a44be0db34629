package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches: arrays, JSON Lines and concatenated documents, with a bad record in the middle. */
class ReportStreamTest {
  private final ReportJson json = ReportJson.standard();
  private final AnnualReport report = LinfenYaodu2024.report();
  private final String compact = json.write(report);

  private List<ReportRecord> readAll(String input) {
    List<ReportRecord> records = new ArrayList<>();
    try (ReportStream stream =
        json.readAll(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      stream.forEachRemaining(records::add);
    }
    return records;
  }

  @Test
  void jsonLinesWithABadRecordInTheMiddle() {
    String bad = compact.replace("\"year\":2024", "\"year\":\"2024\"");
    String input = compact + "\n\n" + bad + "\n{\"organ\": oops\n" + compact + "\n";
    List<ReportRecord> records = readAll(input);
    assertEquals(4, records.size());
    assertEquals(report, records.get(0).orElseThrow());
    assertEquals(1, records.get(0).line());
    ReportRecord typed = records.get(1);
    assertEquals(1, typed.index());
    assertEquals(3, typed.line());
    assertFalse(typed.isReport());
    assertEquals(JsonRule.TYPE.id(), typed.problems().get(0).ruleId());
    assertEquals("/year", typed.problems().get(0).pointer());
    assertEquals(3, typed.problems().get(0).line().getAsInt());
    ReportRecord broken = records.get(2);
    assertEquals(4, broken.line());
    assertEquals(JsonRule.SYNTAX.id(), broken.problems().get(0).ruleId());
    assertEquals(4, broken.problems().get(0).line().getAsInt());
    assertEquals(report, records.get(3).orElseThrow());
    assertEquals(3, records.get(3).index());
    assertEquals(5, records.get(3).line());
  }

  @Test
  void arrayWithABadRecordInTheMiddle() {
    String pretty = json.writePretty(report);
    String bad = pretty.replace("\"inForce\": 21", "\"inForce\": 1.5, \"extra\": 1");
    String input = "[\n" + pretty + ",\n" + bad + ",\n" + pretty + "\n]\n";
    List<ReportRecord> records = readAll(input);
    assertEquals(3, records.size());
    assertEquals(report, records.get(0).orElseThrow());
    assertEquals(2, records.get(0).line());
    ReportRecord middle = records.get(1);
    assertEquals(Hostile.lineOf(input, bad), middle.line());
    assertEquals(2, middle.problems().size(), middle.problems()::toString);
    assertEquals(
        "/proactiveDisclosure/normativeDocuments/inForce", middle.problems().get(0).pointer());
    assertEquals(Hostile.lineOf(input, "1.5"), middle.problems().get(0).line().getAsInt());
    assertEquals(
        "/proactiveDisclosure/normativeDocuments/extra", middle.problems().get(1).pointer());
    assertEquals(report, records.get(2).orElseThrow());
  }

  @Test
  void aSyntaxErrorInAnArrayEndsIt() {
    String input = "[" + compact + ", {\"organ\": ,}, " + compact + "]";
    List<ReportRecord> records = readAll(input);
    assertEquals(2, records.size());
    assertTrue(records.get(0).isReport());
    assertEquals(JsonRule.SYNTAX.id(), records.get(1).problems().get(0).ruleId());
    assertEquals("/organ", records.get(1).problems().get(0).pointer());
  }

  @Test
  void prettyDocumentsOneAfterAnother() {
    String pretty = json.writePretty(report);
    String input = "\n" + pretty + "\n" + pretty.replace("\"year\": 2024", "\"year\": 2025") + "\n";
    try (ReportStream stream =
        json.readAll(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(ReportStream.Layout.SEQUENCE, stream.layout());
      ReportRecord first = stream.next();
      assertEquals(2, first.line());
      assertEquals(report, first.orElseThrow());
      ReportRecord second = stream.next();
      assertEquals(2025, second.orElseThrow().year());
      assertEquals(Hostile.lineOf(input, "\"year\": 2025") - 4, second.line());
      assertFalse(stream.hasNext());
    }
  }

  @Test
  void oneCompactDocumentIsOneLine() {
    List<ReportRecord> records = readAll(compact);
    assertEquals(1, records.size());
    assertEquals(report, records.get(0).orElseThrow());
  }

  @Test
  void emptyInputHasNoRecords() {
    assertEquals(0, readAll("").size());
    assertEquals(0, readAll("\n  \n").size());
    assertEquals(0, readAll("[]").size());
  }

  @Test
  void forcedJsonLinesTreatAPrettyDocumentAsBadLines() {
    String input = json.writePretty(report);
    List<ReportRecord> records = new ArrayList<>();
    try (ReportStream stream =
        json.readLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(ReportStream.Layout.LINES, stream.layout());
      stream.forEachRemaining(records::add);
    }
    assertEquals(Hostile.lineOf(input, "\n}") + 1, records.size());
    assertEquals(JsonRule.SYNTAX.id(), records.get(0).problems().get(0).ruleId());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void jsonLinesWithWindowsLineEnds() {
    String input = compact + "\r\n" + compact + "\r\n";
    List<ReportRecord> records = readAll(input);
    assertEquals(2, records.size());
    assertEquals(report, records.get(1).orElseThrow());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void aLineOfBadUtf8IsOneBadRecordAndTheNextLinesAreRead() {
    byte[] good = (compact + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(good, 0, good.length);
    byte[] head = "{\"organ\": \"政".getBytes(StandardCharsets.UTF_8);
    bytes.write(head, 0, head.length);
    // 0xC3 0x28: a two-byte sequence whose second byte is not a continuation byte.
    bytes.write(0xC3);
    bytes.write(0x28);
    byte[] tail = "\"}\n".getBytes(StandardCharsets.UTF_8);
    bytes.write(tail, 0, tail.length);
    bytes.write(good, 0, good.length);
    byte[] input = bytes.toByteArray();
    List<ReportRecord> records = new ArrayList<>();
    try (ReportStream stream = json.readAll(new ByteArrayInputStream(input))) {
      stream.forEachRemaining(records::add);
    }
    assertEquals(3, records.size(), records::toString);
    assertTrue(records.get(0).isReport());
    ReportRecord record = records.get(1);
    assertFalse(record.isReport());
    Problem problem = record.problems().get(0);
    assertEquals(JsonRule.SYNTAX.id(), problem.ruleId());
    // Pins the prefix of Jackson's message by which Problems tells bad UTF-8 from other faults.
    assertTrue(
        problem.message(java.util.Locale.ENGLISH).startsWith("the input is not valid UTF-8"),
        problem::toString);
    assertEquals(2, record.line());
    assertEquals(2, problem.line().getAsInt());
    // {"organ": "政 is 12 characters; the bad bytes are the 13th and 14th, and the problem is
    // where decoding stopped: at them or just after them, not at the start of the line.
    assertTrue(
        problem.column().getAsInt() >= 13 && problem.column().getAsInt() <= 15, problem::toString);
    assertEquals(report, records.get(2).orElseThrow());
  }

  @Test
  void columnsOfALineAreCharacters() {
    String line = "{\"organ\": \"临汾市\", \"year\": \"x\"}";
    List<ReportRecord> records = readAll(compact + "\n" + line + "\n");
    Problem problem = null;
    for (Problem p : records.get(1).problems()) {
      if (p.pointer().equals("/year")) {
        problem = p;
      }
    }
    assertEquals(2, problem.line().getAsInt(), records.get(1)::toString);
    assertEquals(line.indexOf("\"x\"") + 1, problem.column().getAsInt(), problem::toString);
  }

  @Test
  void badUtf8OnTheFirstLineIsARecordNotAnException() {
    byte[] input = {'{', (byte) 0xFF, '}', '\n'};
    List<ReportRecord> records = new ArrayList<>();
    try (ReportStream stream = json.readAll(new ByteArrayInputStream(input))) {
      stream.forEachRemaining(records::add);
    }
    assertEquals(1, records.size());
    assertEquals(JsonRule.SYNTAX.id(), records.get(0).problems().get(0).ruleId());
    assertEquals(1, records.get(0).line());
  }
}
