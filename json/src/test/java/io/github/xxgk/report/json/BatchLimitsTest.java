package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Batches against the limits: blank bytes, endless lines and lines too long to buffer are read only
 * as far as the limit, in a buffer of bounded size, and end in {@code JSON-LIMIT}; a damaged record
 * loses no other; a record's problems stay on its line.
 */
class BatchLimitsTest {
  private static final long MB = 1024 * 1024;
  private static final Duration HANG = Duration.ofSeconds(60);
  private static final ReportJson JSON = ReportJson.standard();
  private static final AnnualReport REPORT = LinfenYaodu2024.report();
  private static final String COMPACT = JSON.write(REPORT);

  private static List<ReportRecord> records(
      Function<InputStream, ReportStream> open, InputStream in, int most) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          List<ReportRecord> records = new ArrayList<>();
          try (ReportStream stream = open.apply(in)) {
            while (records.size() < most && stream.hasNext()) {
              ReportRecord record = stream.next();
              if (!record.isReport()) {
                Fuzz.assertLocated(record.problems(), new byte[0]);
              }
              records.add(record);
            }
          }
          return records;
        });
  }

  private static List<ReportRecord> readAll(InputStream in) {
    return records(JSON::readAll, in, Integer.MAX_VALUE);
  }

  private static List<ReportRecord> readLines(InputStream in) {
    return records(JSON::readLines, in, Integer.MAX_VALUE);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertLimit(ReportRecord record) {
    assertFalse(record.isReport(), record::toString);
    Problem last = record.problems().get(record.problems().size() - 1);
    assertEquals(JsonRule.LIMIT.id(), last.ruleId(), record::toString);
  }

  /** Point 1: blanks are dropped as they are scanned, counted, and end in a limit. */
  @Test
  void blanksBeforeOrBetweenRecordsAreHeldToTheLimit() {
    for (String filler : new String[] {" ", "\n", " \t\r\n"}) {
      for (Function<InputStream, ReportStream> open :
          java.util.Arrays.<Function<InputStream, ReportStream>>asList(
              JSON::readAll, JSON::readLines)) {
        Generated before = new Generated("", filler, 100 * MB, COMPACT + "\n");
        List<ReportRecord> records = records(open, before, 10);
        assertEquals(1, records.size(), records::toString);
        assertLimit(records.get(0));
        assertTrue(
            before.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + MB, "read " + before.consumed());
        Generated between = new Generated(COMPACT + "\n", filler, 100 * MB, COMPACT + "\n");
        records = records(open, between, 10);
        assertEquals(2, records.size(), records::toString);
        assertEquals(REPORT, records.get(0).orElseThrow());
        assertLimit(records.get(1));
        assertTrue(
            between.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + 2 * MB,
            "read " + between.consumed());
      }
    }
  }

  @Test
  void blanksWithinTheLimitAreSkippedAndCounted() {
    long padding = ReportJson.MAX_DOCUMENT_LENGTH - COMPACT.length() - 10;
    List<ReportRecord> records = readLines(new Generated(COMPACT + "\n", " ", padding, COMPACT));
    assertEquals(2, records.size(), records::toString);
    assertEquals(REPORT, records.get(1).orElseThrow());
    records = readLines(new Generated(COMPACT + "\n", " ", padding + 20, COMPACT));
    assertEquals(2, records.size(), records::toString);
    assertLimit(records.get(1));
  }

  @Test
  void theBufferDropsBlanksAsTheyAreScanned() throws IOException {
    ByteLines lines = new ByteLines(new Generated("", " \n", 40 * MB, "{}"), Integer.MAX_VALUE, 0);
    lines.skipBlank();
    assertTrue(lines.next());
    assertEquals("{}", new String(lines.buffer(), lines.start(), 2, StandardCharsets.UTF_8));
    assertTrue(
        lines.buffer().length <= 2 * ByteLines.MAX_BUFFERED, "buffer " + lines.buffer().length);
  }

  /** Point 2: endless input without a line feed is read only to the limit. */
  @Test
  void endlessInputWithoutALineFeedStopsAtTheLimit() {
    for (String filler : new String[] {"\u0000", "a", "{\"a\": ["}) {
      Generated all = new Generated("", filler, Long.MAX_VALUE / 2, "");
      List<ReportRecord> records = readAll(all);
      assertEquals(1, records.size(), records::toString);
      assertLimitOrFault(records.get(0));
      assertTrue(
          all.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + 2 * MB, "read " + all.consumed());
      Generated lines = new Generated(COMPACT + "\n", filler, Long.MAX_VALUE / 2, "");
      records = readLines(lines);
      assertEquals(2, records.size(), records::toString);
      assertLimit(records.get(1));
      assertTrue(
          lines.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + 2 * MB, "read " + lines.consumed());
    }
  }

  /** The record a stream ends with: a limit, or a fault found before it that ended the stream. */
  private static void assertLimitOrFault(ReportRecord record) {
    assertFalse(record.isReport(), record::toString);
    assertFalse(record.problems().isEmpty());
  }

  @Test
  void anOverlongFirstLineIsReadOnlyToTheLimit() {
    Generated input = new Generated("{\"organ\": \"", "政", 60 * MB, "\"}\n" + COMPACT + "\n");
    List<ReportRecord> records = readAll(input);
    assertEquals(1, records.size(), records::toString);
    assertLimit(records.get(0));
    assertTrue(
        input.consumed() < 3L * ReportJson.MAX_DOCUMENT_LENGTH + 2 * MB,
        "read " + input.consumed());
  }

  /** Point 3: a line too long to buffer is read as it comes, and a valid one is a report. */
  @Test
  void aLineTooLongToBufferIsReadAsItComes() throws IOException {
    ByteLines lines =
        new ByteLines(new Generated("{\"a\": \"", "x", 50 * MB, "\"}\n{}\n"), Integer.MAX_VALUE, 0);
    assertTrue(lines.next());
    assertTrue(lines.isLong());
    assertTrue(
        lines.buffer().length <= 2 * ByteLines.MAX_BUFFERED, "buffer " + lines.buffer().length);
    assertEquals(50 * MB + 9, Utf8Source.skipChars(lines.lineStream(), Long.MAX_VALUE));
    assertTrue(
        lines.buffer().length <= 2 * ByteLines.MAX_BUFFERED, "buffer " + lines.buffer().length);
    assertTrue(lines.next());
    assertFalse(lines.isLong());
    assertEquals(2, lines.lineNumber());
  }

  @Test
  void aValidRecordOfManyMegabytesIsReadFromJsonLines() {
    // The overview at the string limit, in characters of three bytes: 12 MB in one line.
    String cut = "\"organ\":\"";
    int at = COMPACT.indexOf(cut) + cut.length();
    String before = COMPACT.substring(0, at);
    String after = COMPACT.substring(at);
    String line = before + "政";
    for (Function<InputStream, ReportStream> open :
        java.util.Arrays.<Function<InputStream, ReportStream>>asList(
            JSON::readAll, JSON::readLines)) {
      Generated input =
          new Generated(
              COMPACT + "\n" + before, "政", 3L * 4_000_000, after + "\n" + COMPACT + "\n");
      List<ReportRecord> records = records(open, input, 10);
      assertEquals(3, records.size(), records::toString);
      assertTrue(records.get(1).isReport(), records.get(1)::toString);
      assertEquals(
          4_000_000 + REPORT.organ().length(), records.get(1).orElseThrow().organ().length());
      assertEquals(2, records.get(1).line());
      assertEquals(REPORT, records.get(2).orElseThrow());
      assertEquals(3, records.get(2).line());
      assertTrue(line.length() > 0);
    }
  }

  @Test
  void aLineTooLongToBufferWithAFaultIsSkippedToItsEnd() {
    String bad = COMPACT.replace("\"year\":2024", "\"year\":\"2024\"");
    int at = bad.indexOf("\"organ\":\"") + "\"organ\":\"".length();
    Generated input =
        new Generated(bad.substring(0, at), "x", 3 * MB, bad.substring(at) + "\n" + COMPACT);
    List<ReportRecord> records = readLines(input);
    assertEquals(2, records.size(), records::toString);
    Problem problem = records.get(0).problems().get(0);
    assertEquals(JsonRule.TYPE.id(), problem.ruleId());
    assertEquals("/year", problem.pointer());
    assertEquals(1, problem.line().getAsInt());
    int column = bad.indexOf("\"2024\"") + 1;
    assertEquals(column > at ? column + 3 * MB : column, problem.column().getAsInt());
    assertEquals(REPORT, records.get(1).orElseThrow());
  }

  /** Point 4: a damaged first line of JSON Lines hides no other record. */
  @Test
  void aDamagedFirstLineOfJsonLinesLosesNoRecord() throws IOException {
    for (byte[] damage : new byte[][] {{(byte) 0xFF}, {'{'}, {'x'}, {'"'}, {(byte) 0xC3}}) {
      ByteArrayOutputStream input = new ByteArrayOutputStream();
      input.write(damage);
      for (int i = 0; i < 201; i++) {
        input.write(COMPACT.getBytes(StandardCharsets.UTF_8));
        input.write('\n');
      }
      List<ReportRecord> records = readAll(new ByteArrayInputStream(input.toByteArray()));
      assertEquals(201, records.size(), () -> new String(damage, StandardCharsets.ISO_8859_1));
      assertFalse(records.get(0).isReport());
      assertEquals(1, records.get(0).problems().get(0).line().getAsInt());
      for (int i = 1; i < records.size(); i++) {
        assertEquals(REPORT, records.get(i).orElseThrow());
        assertEquals(i + 1, records.get(i).line());
      }
    }
  }

  /** Point 5: a lone carriage return inside a record is no line end of JSON Lines. */
  @Test
  void aLoneCarriageReturnKeepsProblemsOnTheRecordsLine() {
    String bad = COMPACT.replace("\"year\":2024", "\r\"year\":\"2024\"");
    String input = COMPACT + "\n" + bad + "\n" + COMPACT + "\n";
    int column = bad.indexOf("\"2024\"") + 1;
    for (List<ReportRecord> records :
        java.util.Arrays.asList(readAll(bytes(input)), readLines(bytes(input)))) {
      assertEquals(3, records.size(), records::toString);
      Problem problem = records.get(1).problems().get(0);
      assertEquals("/year", problem.pointer(), problem::toString);
      assertEquals(2, problem.line().getAsInt(), problem::toString);
      assertEquals(column, problem.column().getAsInt(), problem::toString);
    }
    // The same in a line too long to buffer, read as characters.
    int at = bad.indexOf("\"organ\":\"") + "\"organ\":\"".length();
    Generated big =
        new Generated(COMPACT + "\n" + bad.substring(0, at), "x", 2 * MB, bad.substring(at) + "\n");
    List<ReportRecord> records = readLines(big);
    Problem problem = records.get(1).problems().get(0);
    assertEquals(2, problem.line().getAsInt(), problem::toString);
    assertEquals(column + 2 * MB, problem.column().getAsInt(), problem::toString);
  }

  /** Point 7: a second byte order mark is refused by every entry point. */
  @Test
  void aDoubledByteOrderMarkIsRefusedEverywhere() {
    String doubled = "\uFEFF\uFEFF" + COMPACT;
    List<Problem> read = Hostile.problems(JSON, doubled);
    byte[] bytes = doubled.getBytes(StandardCharsets.UTF_8);
    assertEquals(JsonRule.SYNTAX.id(), read.get(0).ruleId());
    for (List<ReportRecord> records :
        java.util.Arrays.asList(
            readAll(new ByteArrayInputStream(bytes)), readLines(new ByteArrayInputStream(bytes)))) {
      assertEquals(1, records.size(), records::toString);
      assertEquals(read, records.get(0).problems());
    }
    try {
      JSON.read(bytes);
      throw new AssertionError("read");
    } catch (ReportFormatException e) {
      assertEquals(read, e.problems());
    }
  }
}
