package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xxgk.report.json.Documents.Edited;
import io.github.xxgk.report.json.Documents.Op;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random mutations of valid documents, the real example and random reports, each read under {@link
 * Fuzz}: a report or a located {@link ReportFormatException}, nothing else, within a bounded time.
 * Together with {@link EveryPathFuzzTest} these run more than 100,000 cases; most documents are
 * small so that they stay fast.
 */
class ReaderFuzzProperties {
  static final JsonNode SLIM = Documents.slimExample();
  static final byte[] FULL = Hostile.EXAMPLE.getBytes(StandardCharsets.UTF_8);
  static final byte[] SLIM_PRETTY = Documents.edit(SLIM, Op.NONE, "", null).bytes();
  static final byte[] SLIM_COMPACT = SLIM.toString().getBytes(StandardCharsets.UTF_8);

  /** Bytes that mean something to JSON or to UTF-8. */
  private static final byte[] INTERESTING = {
    '{',
    '}',
    '[',
    ']',
    '"',
    ':',
    ',',
    '\\',
    '0',
    '1',
    '-',
    '+',
    'e',
    '.',
    ' ',
    '\n',
    '\r',
    'n',
    't',
    'u',
    '/',
    '*',
    0,
    0x1F,
    0x7F,
    (byte) 0x80,
    (byte) 0xBF,
    (byte) 0xC0,
    (byte) 0xC3,
    (byte) 0xE4,
    (byte) 0xED,
    (byte) 0xEF,
    (byte) 0xF0,
    (byte) 0xF4,
    (byte) 0xF8,
    (byte) 0xFE,
    (byte) 0xFF
  };

  /** Byte sequences that are not UTF-8: overlong, surrogates, beyond U+10FFFF, cut short, stray. */
  private static final byte[][] NOT_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xBF},
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xC1, (byte) 0xBF},
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE4, (byte) 0xB8},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    {(byte) 0xFE},
    {(byte) 0xFF},
    {(byte) 0xFF, (byte) 0xFE},
  };

  @AfterContainer
  static void summary() {
    System.out.println("Reader fuzzing: " + Fuzz.CASES.get() + " cases so far in this JVM");
  }

  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> random =
        Combinators.combine(RandomReports.reports(), Arbitraries.of(true, false))
            .as(
                (report, pretty) ->
                    (pretty
                            ? ReportJson.standard().writePretty(report)
                            : ReportJson.standard().write(report))
                        .getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(FULL)),
        Tuple.of(4, Arbitraries.just(SLIM_PRETTY)),
        Tuple.of(2, Arbitraries.just(SLIM_COMPACT)),
        Tuple.of(4, random));
  }

  /** One edit of bytes: which, where (a fraction of the length) and with what. */
  static final class ByteEdit {
    final int kind;
    final double where;
    final byte value;
    final int length;

    ByteEdit(int kind, double where, byte value, int length) {
      this.kind = kind;
      this.where = where;
      this.value = value;
      this.length = length;
    }

    byte[] apply(byte[] in) {
      int at = Math.min(in.length, (int) (where * in.length));
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + length);
      switch (kind) {
        case 0: // flip one bit
          byte[] flipped = in.clone();
          if (at < in.length) {
            flipped[at] ^= (byte) (1 << (length % 8));
          }
          return flipped;
        case 1: // set one byte
          byte[] set = in.clone();
          if (at < in.length) {
            set[at] = value;
          }
          return set;
        case 2: // insert a byte, repeated
          out.write(in, 0, at);
          for (int i = 0; i < length; i++) {
            out.write(value);
          }
          out.write(in, at, in.length - at);
          return out.toByteArray();
        case 3: // delete a run
          int end = Math.min(in.length, at + length);
          out.write(in, 0, at);
          out.write(in, end, in.length - end);
          return out.toByteArray();
        case 4: // repeat a run in place
          int to = Math.min(in.length, at + length);
          out.write(in, 0, to);
          out.write(in, at, to - at);
          out.write(in, to, in.length - to);
          return out.toByteArray();
        default: // cut off
          return Arrays.copyOf(in, at);
      }
    }

    @Override
    public String toString() {
      return "edit " + kind + " at " + where + " of " + value + " x" + length;
    }
  }

  @Provide
  Arbitrary<List<ByteEdit>> edits() {
    Arbitrary<Byte> value =
        Arbitraries.oneOf(Arbitraries.of(toObjects(INTERESTING)), Arbitraries.bytes());
    Arbitrary<ByteEdit> edit =
        Combinators.combine(
                Arbitraries.frequency(
                    Tuple.of(3, 0),
                    Tuple.of(3, 1),
                    Tuple.of(3, 2),
                    Tuple.of(3, 3),
                    Tuple.of(2, 4),
                    Tuple.of(1, 5)),
                Arbitraries.doubles().between(0, 1),
                value,
                Arbitraries.integers().between(1, 40))
            .as(ByteEdit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  private static Byte[] toObjects(byte[] bytes) {
    Byte[] objects = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      objects[i] = bytes[i];
    }
    return objects;
  }

  /**
   * Flipped, set, inserted, deleted and repeated bytes, one to four edits: every prefix of the
   * edits is one case. Whatever is read as a report round-trips, and reading the bytes agrees with
   * reading their text.
   */
  @Property(tries = 6_000)
  void byteEdits(@ForAll("documents") byte[] document, @ForAll("edits") List<ByteEdit> edits) {
    byte[] mutated = document;
    for (ByteEdit edit : edits) {
      mutated = edit.apply(mutated);
      Fuzz.Outcome outcome = Fuzz.read(mutated);
      if (outcome.isReport()) {
        String written = ReportJson.standard().write(outcome.report);
        assertEquals(outcome.report, ReportJson.standard().read(written), Fuzz.describe(mutated));
      }
      String text = strictUtf8(mutated);
      if (text != null && !text.startsWith("\uFEFF")) {
        Fuzz.Outcome fromText = Fuzz.read(ReportJson.standard(), text);
        assertSameProblems(outcome, fromText, mutated);
        assertEquals(outcome.report, fromText.report);
      }
    }
  }

  /**
   * Bytes go to Jackson's byte parser and text to its char parser. What is found, and where in
   * characters, must be the same; but the two word the faults that end the reading (syntax, limits)
   * differently and place them apart on the same line: the byte parser points at the backslash of a
   * bad escape before a Chinese character, the char parser at the character; a key over the length
   * limit is found by the char parser, with the pointer of the key before it, and for the byte
   * parser by the reader, with its own pointer, after the key.
   */
  private static void assertSameProblems(Fuzz.Outcome bytes, Fuzz.Outcome text, byte[] input) {
    assertEquals(bytes.report, text.report, Fuzz.describe(input));
    if (bytes.problems == null || text.problems == null) {
      assertEquals(String.valueOf(bytes), String.valueOf(text), Fuzz.describe(input));
      return;
    }
    assertEquals(bytes.problems.size(), text.problems.size(), () -> bytes + " / " + text);
    for (int i = 0; i < bytes.problems.size(); i++) {
      Problem b = bytes.problems.get(i);
      Problem t = text.problems.get(i);
      String what = b + " / " + t + " for " + Fuzz.describe(input);
      assertEquals(t.ruleId(), b.ruleId(), what);
      assertEquals(t.line().getAsInt(), b.line().getAsInt(), what);
      // A fault that ends the reading is placed and worded by its parser.
      boolean limit = t.ruleId().equals(JsonRule.LIMIT.id());
      if (!limit) {
        assertEquals(t.pointer(), b.pointer(), what);
      }
      if (!limit && !t.ruleId().equals(JsonRule.SYNTAX.id())) {
        assertEquals(t.column().getAsInt(), b.column().getAsInt(), what);
        assertEquals(
            t.message(java.util.Locale.ENGLISH), b.message(java.util.Locale.ENGLISH), what);
      }
    }
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

  /** Bytes that are not UTF-8, anywhere: never a report, always a syntax problem. */
  @Property(tries = 5_000)
  void invalidUtf8Anywhere(
      @ForAll("documents") byte[] document,
      @ForAll @IntRange(min = 0, max = 14) int which,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where) {
    int at = where % (document.length + 1);
    byte[] bad = NOT_UTF8[which];
    byte[] mutated = new byte[document.length + bad.length];
    System.arraycopy(document, 0, mutated, 0, at);
    System.arraycopy(bad, 0, mutated, at, bad.length);
    System.arraycopy(document, at, mutated, at + bad.length, document.length - at);
    Fuzz.Outcome outcome = Fuzz.read(mutated);
    assertFalse(outcome.isReport(), () -> "a report from " + Fuzz.describe(mutated));
    assertTrue(
        outcome.has(JsonRule.SYNTAX.id(), outcome.problems.get(0).pointer()), outcome::toString);
  }

  /** Cut off anywhere before its closing brace: never a report. */
  @Property(tries = 3_000)
  void truncatedAnywhere(
      @ForAll("documents") byte[] document,
      @ForAll @Size(4) List<@IntRange(min = 0) Integer> cuts) {
    // Only the line end after the closing brace may go: the pretty example ends with one.
    int closingBrace = document.length - 1;
    while (document[closingBrace] != '}') {
      closingBrace--;
    }
    for (int cut : cuts) {
      byte[] truncated = Arrays.copyOf(document, cut % (closingBrace + 1));
      Fuzz.Outcome outcome = Fuzz.read(truncated);
      assertFalse(outcome.isReport(), () -> "a report from " + Fuzz.describe(truncated));
    }
  }

  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"edition\"",
    "\"2021\"",
    "\"organ\"",
    "\"organKind\"",
    "\"department\"",
    "\"year\"",
    "\"publishedOn\"",
    "\"2025-01-13\"",
    "\"applications\"",
    "\"outcomes\"",
    "\"total\"",
    "\"naturalPerson\"",
    "\"proactiveDisclosure\"",
    "\"fees\"",
    "\"amountWanYuan\"",
    "\"x\"",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "\"\\\"\"",
    "\"",
    "0",
    "-0",
    "1",
    "2147483648",
    "1.5",
    "1e400",
    "-",
    "true",
    "false",
    "null",
    "NaN",
    " ",
    "\n",
    "\uFEFF",
    "//",
    "/*",
    "'a'",
    "\\"
  };

  /** Sequences of JSON tokens, most of them nearly JSON. */
  @Property(tries = 25_000)
  void tokenSoup(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 43) Integer> tokens) {
    StringBuilder text = new StringBuilder();
    for (int token : tokens) {
      text.append(TOKENS[token]);
    }
    Fuzz.read(text.toString().getBytes(StandardCharsets.UTF_8));
    Fuzz.read(Fuzz.LENIENT, text.toString());
  }

  @Provide
  Arbitrary<JsonNode> trees() {
    return Arbitraries.oneOf(
        Arbitraries.just(SLIM),
        RandomReports.reports().map(r -> Documents.tree(ReportJson.standard().write(r))));
  }

  /**
   * One structural edit at a random path of a random report: the problem is where the edit is.
   * Random reports have wrong totals, so a removed total may be one that cannot be computed.
   */
  @Property(tries = 2_000)
  void structuralEdits(
      @ForAll("trees") JsonNode tree,
      @ForAll @IntRange(min = 0) int where,
      @ForAll @IntRange(min = 0, max = 3) int op,
      @ForAll @IntRange(min = 0, max = 11) int value) {
    List<String> pointers = Documents.pointers(tree);
    String pointer = pointers.get(where % pointers.size());
    JsonNode original = tree.at(pointer);
    String raw = EveryPathFuzzTest.VALUES.get(value);
    if (op == 0 && original.getNodeType() != Documents.tree(raw).getNodeType()) {
      Edited doc = Documents.edit(tree, Op.REPLACE, pointer, raw);
      single(Fuzz.read(doc.bytes()), JsonRule.TYPE.id(), pointer, doc.line, doc);
    } else if (op == 1 && !pointer.isEmpty()) {
      Edited doc = Documents.edit(tree, Op.REMOVE, pointer, null);
      Fuzz.Outcome outcome = Fuzz.read(doc.bytes());
      if (!outcome.isReport()) {
        // A missing value, or an omitted total (or row of totals) whose sum is beyond an int, or
        // a listed total whose sum is not 0: located at its list element, which names it.
        String what = outcome + " in\n" + doc.text;
        for (Problem problem : outcome.problems) {
          if (problem.ruleId().equals(JsonRule.CELL_MARK.id())) {
            String listed = tree.at(problem.pointer()).asText();
            assertTrue(listed.equals(pointer) || listed.startsWith(pointer + "/"), what);
            continue;
          }
          assertEquals(JsonRule.MISSING.id(), problem.ruleId(), what);
          assertTrue(
              problem.pointer().equals(pointer) || problem.pointer().startsWith(pointer + "/"),
              what);
          assertEquals(doc.parentLine, problem.line().getAsInt(), what);
        }
      }
    } else if (op == 2 && !pointer.isEmpty()) {
      Edited doc = Documents.edit(tree, Op.DUPLICATE, pointer, raw);
      single(Fuzz.read(doc.bytes()), JsonRule.DUPLICATE_KEY.id(), pointer, doc.line, doc);
    } else if (original.isObject()) {
      Edited doc = Documents.edit(tree, Op.ADD, pointer, raw);
      single(
          Fuzz.read(doc.bytes()),
          JsonRule.UNKNOWN_PROPERTY.id(),
          pointer + "/" + Documents.UNKNOWN_KEY,
          doc.line,
          doc);
      AnnualReport lenient = Fuzz.read(Fuzz.LENIENT, doc.bytes()).report;
      assertEquals(ReportJson.standard().read(tree.toString()), lenient);
    }
  }

  private static void single(
      Fuzz.Outcome outcome, String rule, String pointer, int line, Edited doc) {
    String what = outcome + " in\n" + doc.text;
    assertTrue(!outcome.isReport() && outcome.problems.size() == 1, what);
    assertEquals(rule, outcome.problems.get(0).ruleId(), what);
    assertEquals(pointer, outcome.problems.get(0).pointer(), what);
    assertEquals(line, outcome.problems.get(0).line().getAsInt(), what);
  }
}
