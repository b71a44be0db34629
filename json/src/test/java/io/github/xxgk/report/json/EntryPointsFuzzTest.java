package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.xxgk.report.json.Documents.Op;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A structure-aware fuzzer over every public entry point. Each case edits the slim example at a
 * random path (a value swapped for another type or an odd literal, a member removed, doubled or
 * joined by an unknown one), writes it pretty or compact, then maybe damages a few bytes (bad
 * UTF-8, a carriage return, a byte order mark, a bracket, a cut); and requires the same outcome,
 * the same problems at the same places, from {@code read} of bytes, of a stream and of a string,
 * from {@link ReportModule} under a caller's mapper, and from {@code readAll} and {@code
 * readLines}. Batches of such records are counted in and out. The number of documents is {@value
 * #DOCUMENTS} per build (each read five to seven ways); {@code -Pfuzz} runs many more, with {@code
 * -Dxxgk.fuzz.documents=N} and {@code -Dxxgk.fuzz.seed=S}.
 */
class EntryPointsFuzzTest {
  static final int DOCUMENTS = 17_000;
  private static final int BATCHES = 100;
  private static final JsonNode EXAMPLE = Documents.slimExample();
  private static final List<String> POINTERS = Documents.pointers(EXAMPLE);
  private static final ReportJson JSON = ReportJson.standard();
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new ReportModule()).build();
  private static final String[] VALUES = {
    "null",
    "true",
    "\"x\"",
    "\"\"",
    "0",
    "-1",
    "1.5",
    "[]",
    "{}",
    "[1, {}]",
    "{\"organ\": \"x\"}",
    "2147483648",
    "-2147483649",
    "1e2",
    "1E+3",
    "-0",
    "0.000",
    "1e-101",
    "12345678901234567890",
    "\"\\u0000\"",
    "\"\\uD800\"",
    "\"\\uD83D\\uDE00\"",
    "\"2024-02-30\"",
    "\"government\"",
    "\"政府\"",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
  };
  private static final byte[][] DAMAGE = {
    {(byte) 0xFF},
    {(byte) 0xC3},
    {(byte) 0xE6, (byte) 0x94},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF},
    {'\r'},
    {'\n'},
    {' '},
    {'\t'},
    {0},
    {'"'},
    {'{'},
    {'}'},
    {'['},
    {']'},
    {','},
    {':'},
    {'\\'},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {'/', '/'},
    {'1'},
    {'-'}
  };

  private final long seed = Long.getLong("xxgk.fuzz.seed", 20261130L);
  private final int documents = Integer.getInteger("xxgk.fuzz.documents", DOCUMENTS);

  /** One problem as the entry points must agree on it: rule, pointer, line, column. */
  static List<String> located(List<Problem> problems) {
    return EntryPointsAgreeTest.located(problems);
  }

  private static String compact(String pretty) {
    StringBuilder text = new StringBuilder(pretty.length());
    for (String line : pretty.split("\n", -1)) {
      text.append(line.trim());
    }
    return text.toString();
  }

  private String document(Random random) {
    String pointer = POINTERS.get(random.nextInt(POINTERS.size()));
    Op op = Op.values()[random.nextInt(Op.values().length)];
    if (pointer.isEmpty() && (op == Op.REMOVE || op == Op.DUPLICATE)) {
      op = Op.NONE;
    }
    String raw = VALUES[random.nextInt(VALUES.length)];
    if (op == Op.ADD && !EXAMPLE.at(pointer).isObject()) {
      op = Op.REPLACE;
    }
    String pretty = Documents.edit(EXAMPLE, op, pointer, raw).text;
    return random.nextBoolean() ? pretty : compact(pretty);
  }

  private static byte[] damage(Random random, byte[] bytes) {
    byte[] result = bytes;
    int edits = 1 + random.nextInt(2);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(result.length + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (random.nextInt(4)) {
        case 0: // insert
          byte[] insert = DAMAGE[random.nextInt(DAMAGE.length)];
          out.write(result, 0, at);
          out.write(insert, 0, insert.length);
          out.write(result, at, result.length - at);
          break;
        case 1: // replace one byte
          out.write(result, 0, at);
          byte[] with = DAMAGE[random.nextInt(DAMAGE.length)];
          out.write(with, 0, with.length);
          if (at < result.length) {
            out.write(result, at + 1, result.length - at - 1);
          }
          break;
        case 2: // delete a few bytes
          int end = Math.min(result.length, at + 1 + random.nextInt(3));
          out.write(result, 0, at);
          out.write(result, end, result.length - end);
          break;
        default: // cut
          out.write(result, 0, at);
      }
      result = out.toByteArray();
    }
    return result;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean wellFormed(Fuzz.Outcome outcome) {
    if (outcome.isReport()) {
      return true;
    }
    for (Problem problem : outcome.problems) {
      if (problem.ruleId().equals(JsonRule.SYNTAX.id())
          || problem.ruleId().equals(JsonRule.LIMIT.id())) {
        return false;
      }
    }
    return true;
  }

  private static void assertSame(
      Fuzz.Outcome expected, Fuzz.Outcome actual, String path, byte[] input) {
    assertSame(expected, actual, path, input, true);
  }

  private static void assertSame(
      Fuzz.Outcome expected, Fuzz.Outcome actual, String path, byte[] input, boolean columns) {
    String what =
        path + " for " + Fuzz.describe(input) + "\nexpected " + expected + "\nactual   " + actual;
    assertEquals(expected.isReport(), actual.isReport(), what);
    if (expected.isReport()) {
      assertEquals(expected.report, actual.report, what);
    } else if (columns) {
      assertEquals(located(expected.problems), located(actual.problems), what);
    } else {
      assertEquals(pointers(expected.problems), pointers(actual.problems), what);
    }
  }

  private static List<String> pointers(List<Problem> problems) {
    List<String> pointers = new ArrayList<>();
    for (Problem problem : problems) {
      pointers.add(problem.ruleId() + " " + problem.pointer());
    }
    return pointers;
  }

  private static List<ReportRecord> records(ReportStream stream, byte[] input) {
    List<ReportRecord> records = new ArrayList<>();
    try (ReportStream open = stream) {
      while (open.hasNext()) {
        ReportRecord record = open.next();
        if (!record.isReport()) {
          Fuzz.assertLocated(record.problems(), input);
        }
        records.add(record);
      }
    }
    return records;
  }

  private static Fuzz.Outcome outcome(ReportRecord record) {
    return record.isReport()
        ? new Fuzz.Outcome(record.orElseThrow(), null)
        : new Fuzz.Outcome(null, record.problems());
  }

  /** Checks one document through every entry point; returns how many reads it took. */
  private static int check(byte[] bytes) {
    Fuzz.Outcome fromBytes = Fuzz.read(bytes);
    Fuzz.Outcome fromStream = Fuzz.run(bytes, () -> JSON.read(new ByteArrayInputStream(bytes)));
    assertSame(fromBytes, fromStream, "read(InputStream)", bytes);
    int reads = 2;
    String text = strictUtf8(bytes);
    if (text != null) {
      assertSame(fromBytes, Fuzz.read(JSON, text), "read(String)", bytes);
      reads++;
    }
    // A caller's mapper parses bytes itself and counts their columns in bytes: rules and pointers
    // are compared.
    reads += module(bytes, fromBytes, false);
    if (text != null) {
      reads += module(text, fromBytes, true);
    }
    List<ReportRecord> all = records(JSON.readAll(new ByteArrayInputStream(bytes)), bytes);
    reads++;
    if (text != null && text.replace("\uFEFF", "").trim().startsWith("[")) {
      // An array is a batch of its elements for readAll, not one document: nothing to compare.
      return reads;
    }
    if (wellFormed(fromBytes)) {
      assertEquals(1, all.size(), () -> "readAll records " + all + " for " + Fuzz.describe(bytes));
      // A lone carriage return ends a line of a document, not of JSON Lines: then lines may differ.
      assertSame(fromBytes, outcome(all.get(0)), "readAll", bytes, indexOf(bytes, '\r') < 0);
    } else {
      assertFalse(
          all.isEmpty() && text != null && !text.trim().isEmpty() && !text.trim().equals("\uFEFF"),
          () -> "readAll lost the document " + Fuzz.describe(bytes));
    }
    if (indexOf(bytes, '\n') < 0 && indexOf(bytes, '\r') < 0) {
      List<ReportRecord> lines = records(JSON.readLines(new ByteArrayInputStream(bytes)), bytes);
      reads++;
      if (lines.isEmpty()) {
        assertFalse(fromBytes.isReport());
        assertTrue(
            text != null && text.replace("\uFEFF", "").trim().isEmpty(),
            () -> "no line read from " + Fuzz.describe(bytes));
      } else {
        assertEquals(
            1, lines.size(), () -> "readLines records " + lines + " for " + Fuzz.describe(bytes));
        assertSame(fromBytes, outcome(lines.get(0)), "readLines", bytes);
      }
    }
    return reads;
  }

  /** The module under a caller's mapper: a report, or the same problems, or a Jackson exception. */
  private static int module(Object input, Fuzz.Outcome expected, boolean columns) {
    byte[] bytes =
        input instanceof String
            ? ((String) input).getBytes(StandardCharsets.UTF_8)
            : (byte[]) input;
    Object result;
    try {
      result =
          input instanceof String
              ? MAPPER.readValue((String) input, AnnualReport.class)
              : MAPPER.readValue(bytes, AnnualReport.class);
    } catch (InvalidReportException e) {
      result = e;
    } catch (JacksonException e) {
      // A fault of the mapper's own (no content, its own limits), or content after the report.
      assertFalse(
          wellFormed(expected) && !expected.isReport(), () -> e + " for " + Fuzz.describe(bytes));
      return 1;
    } catch (java.io.IOException | RuntimeException e) {
      throw new AssertionError(e + " escaped the module for " + Fuzz.describe(bytes), e);
    }
    if (!wellFormed(expected)) {
      return 1;
    }
    Fuzz.Outcome actual =
        result instanceof InvalidReportException
            ? new Fuzz.Outcome(null, ((InvalidReportException) result).problems())
            : new Fuzz.Outcome((AnnualReport) result, null);
    assertSame(expected, actual, "ReportModule", bytes, columns);
    return 1;
  }

  private static int indexOf(byte[] bytes, char c) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == c) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyEntryPointGivesTheSameProblems() {
    assertTimeoutPreemptively(
        Duration.ofMinutes(30),
        () -> {
          Random random = new Random(seed);
          long reads = 0;
          for (int i = 0; i < documents; i++) {
            byte[] bytes = document(random).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(3) > 0) {
              bytes = damage(random, bytes);
            }
            reads += check(bytes);
          }
          System.out.println(
              "EntryPointsFuzzTest: "
                  + documents
                  + " documents, "
                  + reads
                  + " reads, seed "
                  + seed);
        });
  }

  /** Batches of well-formed records: as many come out as went in, each as read alone. */
  @Test
  void batchesCountTheirRecordsInAndOut() {
    Random random = new Random(seed + 1);
    for (int b = 0; b < BATCHES; b++) {
      int count = 1 + random.nextInt(30);
      List<String> pretty = new ArrayList<>();
      List<Fuzz.Outcome> alone = new ArrayList<>();
      while (pretty.size() < count) {
        String pointer = POINTERS.get(random.nextInt(POINTERS.size()));
        Op op = random.nextInt(4) == 0 ? Op.NONE : Op.REPLACE;
        String doc =
            Documents.edit(EXAMPLE, op, pointer, VALUES[random.nextInt(VALUES.length - 1)]).text;
        Fuzz.Outcome outcome = Fuzz.read(doc.getBytes(StandardCharsets.UTF_8));
        if (wellFormed(outcome)) {
          pretty.add(doc);
          alone.add(outcome);
        }
      }
      // JSON Lines, blank lines between some records, and an array of the pretty documents.
      StringBuilder lines = new StringBuilder();
      StringBuilder array = new StringBuilder("[\n");
      List<Integer> lineOfRecord = new ArrayList<>();
      List<Integer> arrayLine = new ArrayList<>();
      int line = 1;
      int arrayAt = 2;
      for (int i = 0; i < count; i++) {
        if (random.nextInt(5) == 0) {
          lines.append("  \n");
          line++;
        }
        lines.append(compact(pretty.get(i))).append(random.nextBoolean() ? "\n" : "\r\n");
        lineOfRecord.add(line++);
        arrayLine.add(arrayAt);
        array.append(pretty.get(i)).append(i + 1 < count ? ",\n" : "\n");
        arrayAt += pretty.get(i).split("\n", -1).length;
      }
      array.append("]");
      byte[] jsonLines = lines.toString().getBytes(StandardCharsets.UTF_8);
      for (List<ReportRecord> records :
          Arrays.asList(
              records(JSON.readLines(new ByteArrayInputStream(jsonLines)), jsonLines),
              records(JSON.readAll(new ByteArrayInputStream(jsonLines)), jsonLines))) {
        assertEquals(count, records.size(), lines::toString);
        for (int i = 0; i < count; i++) {
          assertEquals((int) lineOfRecord.get(i), records.get(i).line());
          Fuzz.Outcome expected =
              Fuzz.read(compact(pretty.get(i)).getBytes(StandardCharsets.UTF_8));
          assertSame(
              shifted(expected, lineOfRecord.get(i) - 1),
              outcome(records.get(i)),
              "batch line",
              jsonLines);
        }
      }
      byte[] arrayBytes = array.toString().getBytes(StandardCharsets.UTF_8);
      List<ReportRecord> records =
          records(JSON.readAll(new ByteArrayInputStream(arrayBytes)), arrayBytes);
      assertEquals(count, records.size());
      for (int i = 0; i < count; i++) {
        assertSame(
            shifted(alone.get(i), arrayLine.get(i) - 1),
            outcome(records.get(i)),
            "batch array",
            arrayBytes);
      }
    }
  }

  private static Fuzz.Outcome shifted(Fuzz.Outcome outcome, int lines) {
    if (outcome.isReport()) {
      return outcome;
    }
    List<Problem> shifted = new ArrayList<>();
    for (Problem problem : outcome.problems) {
      shifted.add(problem.withLineShift(lines));
    }
    return new Fuzz.Outcome(null, shifted);
  }
}
