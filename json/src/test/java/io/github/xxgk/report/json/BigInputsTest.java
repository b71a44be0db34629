package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.json.Documents.Op;
import io.github.xxgk.report.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Inputs too big or too deep for any report, made on the fly: the reader rejects each by a limit,
 * located, having read only as far as the limit (except where skipping is cheap and constant in
 * memory), and memory in use stays bounded.
 */
class BigInputsTest {
  private static final long MB = 1024 * 1024;

  /** A sanity bound on heap in use after a collection, far above what reading needs. */
  private static final long HEAP_BOUND = 256 * MB;

  private static final Duration HANG = Duration.ofSeconds(60);

  /** The slim example, cut where a value is put in. */
  private static final String SLIM =
      Documents.edit(Documents.slimExample(), Op.REPLACE, "/year", "@").text;

  private static final String BEFORE_YEAR = SLIM.substring(0, SLIM.indexOf('@'));
  private static final String AFTER_YEAR = SLIM.substring(SLIM.indexOf('@') + 1);

  @AfterEach
  void memoryStaysBounded() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    assertTrue(used < HEAP_BOUND, "heap in use after the case: " + used / MB + " MB");
  }

  private static List<Problem> problems(ReportJson json, Generated input) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          try {
            json.read(input);
          } catch (ReportFormatException e) {
            Fuzz.assertLocated(e.problems(), new byte[0]);
            return e.problems();
          }
          throw new AssertionError("read as a report");
        });
  }

  private static Problem first(List<Problem> problems, String rule) {
    for (Problem problem : problems) {
      if (problem.ruleId().equals(rule)) {
        return problem;
      }
    }
    throw new AssertionError("no " + rule + " in " + problems);
  }

  private static List<ReportRecord> firstRecords(Supplier<ReportStream> open, int most) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          List<ReportRecord> records = new ArrayList<>();
          try (ReportStream stream = open.get()) {
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

  @Test
  void nestedArraysOneHundredThousandDeep() {
    Generated input = new Generated("", "[", 100_000, "");
    Problem problem = first(problems(Fuzz.STRICT, input), JsonRule.LIMIT.id());
    assertEquals(1, problem.line().getAsInt());
    assertTrue(input.consumed() < MB, "read " + input.consumed());
    Generated batch = new Generated("[", "[", 100_000, "");
    List<ReportRecord> records = firstRecords(() -> ReportJson.standard().readAll(batch), 10);
    assertEquals(1, records.size());
    first(records.get(0).problems(), JsonRule.LIMIT.id());
    assertTrue(batch.consumed() < MB, "read " + batch.consumed());
  }

  @Test
  void nestedObjectsOneHundredThousandDeepInAnUnknownProperty() {
    for (ReportJson json : new ReportJson[] {Fuzz.STRICT, Fuzz.LENIENT}) {
      Generated input = new Generated(BEFORE_YEAR + "2024, \"deep\": ", "{\"a\": ", 100_000, "");
      Problem problem = first(problems(json, input), JsonRule.LIMIT.id());
      assertTrue(problem.pointer().startsWith("/deep/a/a/a"), problem::toString);
      assertTrue(input.consumed() < MB, "read " + input.consumed());
    }
  }

  @Test
  void stringOfFiftyMegabytes() {
    Generated narrative = new Generated("{\"overview\": \"", "政", 50 * MB, "\"}");
    assertEquals(
        "/overview", first(problems(Fuzz.STRICT, narrative), JsonRule.LIMIT.id()).pointer());
    // Jackson 2.16 stops inside the string; an older one is stopped by the document limit, and the
    // string is refused once read (JacksonSupport): memory is bounded either way.
    long bound =
        JacksonSupport.READ_CONSTRAINTS
            ? ReportJson.MAX_STRING_LENGTH
            : ReportJson.MAX_DOCUMENT_LENGTH;
    assertTrue(narrative.consumed() < 3 * bound + MB, "read " + narrative.consumed());
    // Skipped, as the value of an unknown key: then the document's length is the limit.
    Generated unknown = new Generated("{\"x\": \"", "a", 50 * MB, "\"}");
    first(problems(Fuzz.LENIENT, unknown), JsonRule.LIMIT.id());
    assertTrue(
        unknown.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + MB, "read " + unknown.consumed());
    Generated key = new Generated("{\"", "k", 50 * MB, "\": 1}");
    // A name is held to the string limit while it is read, then to the name limit.
    first(problems(Fuzz.STRICT, key), JsonRule.LIMIT.id());
    assertTrue(key.consumed() < bound + MB, "read " + key.consumed());
    Generated number = new Generated(BEFORE_YEAR, "9", 50 * MB, AFTER_YEAR);
    assertEquals("/year", first(problems(Fuzz.STRICT, number), JsonRule.LIMIT.id()).pointer());
    // Jackson checks a number's length when it ends; meanwhile its buffer is held to the string
    // limit.
    assertTrue(number.consumed() < bound + MB, "read " + number.consumed());
  }

  @Test
  void stringOfFiftyMegabytesInABatch() {
    for (String start : new String[] {"[{\"x\": \"", "{\n\"x\": \""}) {
      Generated input = new Generated(start, "a", 50 * MB, "\"}");
      List<ReportRecord> records = firstRecords(() -> Fuzz.LENIENT.readAll(input), 10);
      assertEquals(1, records.size());
      assertEquals(JsonRule.LIMIT.id(), records.get(0).problems().get(0).ruleId());
      assertTrue(
          input.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + MB, "read " + input.consumed());
    }
  }

  @Test
  void whitespaceOfAHundredMegabytes() {
    Generated single = new Generated("{", " ", 100 * MB, "}");
    first(problems(Fuzz.STRICT, single), JsonRule.LIMIT.id());
    assertTrue(
        single.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + MB, "read " + single.consumed());
    // In a batch of reports one after another, and in an array, each record is held to the limit.
    for (String start : new String[] {"{\n", "[\n{"}) {
      Generated batch = new Generated(start, " ", 100 * MB, "}");
      List<ReportRecord> records = firstRecords(() -> ReportJson.standard().readAll(batch), 10);
      assertEquals(1, records.size(), records::toString);
      assertEquals(
          JsonRule.LIMIT.id(), records.get(0).problems().get(0).ruleId(), records::toString);
      assertTrue(
          batch.consumed() < ReportJson.MAX_DOCUMENT_LENGTH + MB, "read " + batch.consumed());
    }
  }

  @Test
  void aRecordJustWithinTheLimitIsRead() {
    String report = ReportJson.standard().write(ReportJson.standard().read(Hostile.EXAMPLE));
    long padding = ReportJson.MAX_DOCUMENT_LENGTH - report.length() - 10;
    Generated batch = new Generated("[" + report + ",", " ", padding, report + "]");
    List<ReportRecord> records = firstRecords(() -> ReportJson.standard().readAll(batch), 10);
    assertEquals(2, records.size(), records::toString);
    assertTrue(records.get(0).isReport() && records.get(1).isReport(), records::toString);
  }

  @Test
  void arrayOfAMillionElements() {
    Generated atYear = new Generated(BEFORE_YEAR + "[", "0,", 1_000_000, "0]" + AFTER_YEAR);
    List<Problem> problems = problems(Fuzz.STRICT, atYear);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("/year", problems.get(0).pointer());
    assertEquals(JsonRule.TYPE.id(), problems.get(0).ruleId());
    Generated unknown = new Generated("{\"x\": [", "{},", 1_000_000, "{}]}");
    assertEquals(
        "/x", first(problems(Fuzz.STRICT, unknown), JsonRule.UNKNOWN_PROPERTY.id()).pointer());
    Generated root = new Generated("[", "1,", 1_000_000, "1]");
    assertEquals("", first(problems(Fuzz.STRICT, root), JsonRule.TYPE.id()).pointer());
    // As a batch, an array of a million records is read lazily, one at a time.
    Generated batch = new Generated("[", "1,", 1_000_000, "1]");
    List<ReportRecord> records = firstRecords(() -> ReportJson.standard().readAll(batch), 1000);
    assertEquals(1000, records.size());
    assertEquals(JsonRule.TYPE.id(), records.get(999).problems().get(0).ruleId());
    assertFalse(batch.consumed() > MB, "read " + batch.consumed());
  }
}
