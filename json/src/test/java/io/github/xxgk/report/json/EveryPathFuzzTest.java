package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xxgk.report.json.Documents.Edited;
import io.github.xxgk.report.json.Documents.Op;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every structural mutation at every path of the real example (its narratives cut short): each
 * value swapped for every other JSON type, each member removed, duplicated, and joined by an
 * unknown one, and every number replaced by huge and odd literals. Each result is checked exactly:
 * the one problem expected, at the pointer and line of the edit.
 */
class EveryPathFuzzTest {
  static final JsonNode EXAMPLE = Documents.slimExample();
  static final AnnualReport REPORT = ReportJson.standard().read(EXAMPLE.toString());
  static final List<String> POINTERS = Documents.pointers(EXAMPLE);

  /** One value of every JSON type, and some that are not JSON at all. */
  static final List<String> VALUES =
      Arrays.asList(
          "null",
          "true",
          "false",
          "\"x\"",
          "\"\"",
          "0",
          "-1",
          "1.5",
          "[]",
          "[1, {}]",
          "{}",
          "{\"organ\": \"x\"}");

  private static boolean sameType(JsonNode original, String raw) {
    JsonNode replacement = Documents.tree(raw);
    return original.getNodeType() == replacement.getNodeType();
  }

  private static void assertSingle(
      Fuzz.Outcome outcome, String rule, String pointer, int line, Edited doc) {
    String what = outcome + " in\n" + doc.text;
    assertTrue(!outcome.isReport() && outcome.problems.size() == 1, what);
    Problem problem = outcome.problems.get(0);
    assertEquals(rule, problem.ruleId(), what);
    assertEquals(pointer, problem.pointer(), what);
    assertEquals(line, problem.line().getAsInt(), what);
  }

  @Test
  void everyValueSwappedForEveryType() {
    for (String pointer : POINTERS) {
      JsonNode original = EXAMPLE.at(pointer);
      for (String raw : VALUES) {
        if (sameType(original, raw)) {
          continue;
        }
        Edited doc = Documents.edit(EXAMPLE, Op.REPLACE, pointer, raw);
        assertSingle(Fuzz.read(doc.bytes()), JsonRule.TYPE.id(), pointer, doc.line, doc);
      }
    }
  }

  @Test
  void everyMemberRemoved() {
    for (String pointer : POINTERS.subList(1, POINTERS.size())) {
      Edited doc = Documents.edit(EXAMPLE, Op.REMOVE, pointer, null);
      Fuzz.Outcome outcome = Fuzz.read(doc.bytes());
      if (ReportShape.ROOT.at(pointer).required()) {
        assertSingle(outcome, JsonRule.MISSING.id(), pointer, doc.parentLine, doc);
      } else {
        // An optional value, or a total that is then the sum: the example's totals are right.
        assertTrue(outcome.isReport(), outcome::toString);
        if (pointer.endsWith("total")) {
          assertEquals(REPORT, outcome.report, pointer);
        }
      }
    }
  }

  @Test
  void everyMemberDuplicated() {
    for (String pointer : POINTERS.subList(1, POINTERS.size())) {
      String value = EXAMPLE.at(pointer).toString();
      Edited doc = Documents.edit(EXAMPLE, Op.DUPLICATE, pointer, value);
      assertSingle(Fuzz.read(doc.bytes()), JsonRule.DUPLICATE_KEY.id(), pointer, doc.line, doc);
      assertSingle(
          Fuzz.read(Fuzz.LENIENT, doc.bytes()),
          JsonRule.DUPLICATE_KEY.id(),
          pointer,
          doc.line,
          doc);
    }
  }

  @Test
  void anUnknownMemberInEveryObject() {
    for (String pointer : POINTERS) {
      if (!EXAMPLE.at(pointer).isObject()) {
        continue;
      }
      for (String raw : new String[] {"1", "{\"a\": [null, {\"b\": \"\\u0000\"}]}"}) {
        Edited doc = Documents.edit(EXAMPLE, Op.ADD, pointer, raw);
        assertSingle(
            Fuzz.read(doc.bytes()),
            JsonRule.UNKNOWN_PROPERTY.id(),
            pointer + "/" + Documents.UNKNOWN_KEY,
            doc.line,
            doc);
        assertEquals(REPORT, Fuzz.read(Fuzz.LENIENT, doc.bytes()).report);
      }
    }
  }

  /** What a number literal gives in a count and in the money amount. */
  enum Expect {
    SAME_AS(null),
    TYPE(JsonRule.TYPE.id()),
    SYNTAX(JsonRule.SYNTAX.id()),
    LIMIT(JsonRule.LIMIT.id());

    final String rule;

    Expect(String rule) {
      this.rule = rule;
    }
  }

  private static String digits(int n) {
    char[] zeros = new char[n];
    Arrays.fill(zeros, '0');
    return "1" + new String(zeros);
  }

  @Test
  void everyNumberReplacedByOddLiterals() {
    Object[][] literals = {
      // literal, as a count, as money, the value read (count; money)
      {digits(400), Expect.LIMIT, Expect.LIMIT},
      {"1e308", Expect.TYPE, Expect.LIMIT},
      {"1E400", Expect.TYPE, Expect.LIMIT},
      {"1e-101", Expect.TYPE, Expect.LIMIT},
      // Exponents beyond an int: BigDecimal cannot hold them (found by the fuzzing).
      {"3.9314256469860705171E256469860705171", Expect.TYPE, Expect.LIMIT},
      {"1e-2147483649", Expect.TYPE, Expect.LIMIT},
      // A scale of exactly Integer.MIN_VALUE, whose int absolute value is negative.
      {"10.0e2147483649", Expect.TYPE, Expect.LIMIT},
      {"1e2147483647", Expect.TYPE, Expect.LIMIT},
      {"-0", Expect.SAME_AS, Expect.SAME_AS, "0"},
      {"-0.0", Expect.TYPE, Expect.SAME_AS, "-0.0"},
      {"2147483647", Expect.SAME_AS, Expect.SAME_AS, "2147483647"},
      {"-2147483648", Expect.SAME_AS, Expect.SAME_AS, "-2147483648"},
      {"2147483648", Expect.TYPE, Expect.SAME_AS, "2147483648"},
      {"-2147483649", Expect.TYPE, Expect.SAME_AS, "-2147483649"},
      {"9223372036854775808", Expect.TYPE, Expect.SAME_AS, "9223372036854775808"},
      {"1.0", Expect.TYPE, Expect.SAME_AS, "1.0"},
      {"1E2", Expect.TYPE, Expect.SAME_AS, "1E+2"},
      {"0x10", Expect.SYNTAX, Expect.SYNTAX},
      {"010", Expect.SYNTAX, Expect.SYNTAX},
      {"-01", Expect.SYNTAX, Expect.SYNTAX},
      {"+1", Expect.SYNTAX, Expect.SYNTAX},
      {".5", Expect.SYNTAX, Expect.SYNTAX},
      {"1.", Expect.SYNTAX, Expect.SYNTAX},
      {"1e", Expect.SYNTAX, Expect.SYNTAX},
      {"-", Expect.SYNTAX, Expect.SYNTAX},
      {"NaN", Expect.SYNTAX, Expect.SYNTAX},
      {"Infinity", Expect.SYNTAX, Expect.SYNTAX},
      {"-Infinity", Expect.SYNTAX, Expect.SYNTAX},
      {"1_000", Expect.SYNTAX, Expect.SYNTAX},
      {"１", Expect.SYNTAX, Expect.SYNTAX},
    };
    for (String pointer : POINTERS) {
      if (!EXAMPLE.at(pointer).isNumber()) {
        continue;
      }
      boolean money = ReportShape.ROOT.at(pointer).kind == ReportShape.Kind.MONEY;
      for (Object[] literal : literals) {
        String raw = (String) literal[0];
        Expect expect = (Expect) literal[money ? 2 : 1];
        Edited doc = Documents.edit(EXAMPLE, Op.REPLACE, pointer, raw);
        Fuzz.Outcome outcome = Fuzz.read(doc.bytes());
        if (expect == Expect.SAME_AS) {
          assertTrue(outcome.isReport(), outcome + " for " + raw + " at " + pointer);
          JsonNode read = Documents.tree(ReportJson.standard().write(outcome.report)).at(pointer);
          assertEquals(0, new BigDecimal((String) literal[3]).compareTo(read.decimalValue()), raw);
        } else {
          assertSingle(outcome, expect.rule, pointer, doc.line, doc);
        }
      }
    }
  }

  @Test
  void truncatedAtEveryByte() {
    byte[] bytes = Documents.edit(EXAMPLE, Op.NONE, "", null).bytes();
    for (int length = 0; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      Fuzz.Outcome outcome = Fuzz.read(truncated);
      assertTrue(!outcome.isReport(), () -> "a report from " + Fuzz.describe(truncated));
    }
    assertEquals(REPORT, Fuzz.read(bytes).report);
  }
}
