package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input must be UTF-8, with at most one byte order mark: the example in other encodings is a
 * located syntax error, never a report read from misdecoded text.
 */
class EncodingsTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }

  private static byte[] example(Charset charset) {
    return Hostile.EXAMPLE.getBytes(charset);
  }

  private static void assertSyntax(byte[] input) {
    Fuzz.Outcome outcome = Fuzz.read(input);
    assertTrue(!outcome.isReport(), () -> "a report from " + Fuzz.describe(input));
    assertEquals(JsonRule.SYNTAX.id(), outcome.problems.get(0).ruleId(), outcome::toString);
    List<ReportRecord> records = new ArrayList<>();
    try (ReportStream stream = ReportJson.standard().readAll(new ByteArrayInputStream(input))) {
      stream.forEachRemaining(records::add);
    }
    assertTrue(!records.isEmpty(), Fuzz.describe(input));
    for (ReportRecord record : records) {
      assertTrue(!record.isReport(), () -> "a report in a batch from " + Fuzz.describe(input));
      Fuzz.assertLocated(record.problems(), input);
    }
    assertEquals(JsonRule.SYNTAX.id(), records.get(records.size() - 1).problems().get(0).ruleId());
  }

  @Test
  void utf16WithAByteOrderMark() {
    // Java's "UTF-16" writes a big-endian byte order mark.
    assertSyntax(example(StandardCharsets.UTF_16));
    assertSyntax(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, example(StandardCharsets.UTF_16LE)));
  }

  @Test
  void utf16AndUtf32WithoutAByteOrderMark() {
    assertSyntax(example(StandardCharsets.UTF_16LE));
    assertSyntax(example(StandardCharsets.UTF_16BE));
    assertSyntax(example(Charset.forName("UTF-32")));
  }

  /**
   * Bytes go to Jackson's byte parser, which must be as strict as a decoder: overlong forms,
   * encoded surrogates, code points beyond U+10FFFF and cut-off sequences are located faults, in a
   * narrative, in a key and in the value of an unknown key that is skipped.
   */
  @Test
  void malformedUtf8IsAFaultWhereverItIs() {
    int[][] malformed = {
      {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
      {0xF5, 0x80, 0x80, 0x80}, {0xE6, 0x94}, {0x80}, {0xFF}
    };
    for (int[] sequence : malformed) {
      byte[] bad = new byte[sequence.length];
      for (int i = 0; i < sequence.length; i++) {
        bad[i] = (byte) sequence[i];
      }
      byte[] inNarrative =
          Hostile.EXAMPLE
              .replaceFirst("\"overview\": \"", "\"overview\": \"\u0001")
              .getBytes(StandardCharsets.UTF_8);
      for (byte[] input :
          new byte[][] {
            splice(inNarrative, bad),
            concat(
                "{\n  \"".getBytes(StandardCharsets.UTF_8),
                bad,
                "\": 1\n}".getBytes(StandardCharsets.UTF_8)),
            concat(
                "{\n  \"x\": \"".getBytes(StandardCharsets.UTF_8),
                bad,
                "\"\n}".getBytes(StandardCharsets.UTF_8))
          }) {
        for (ReportJson json : new ReportJson[] {Fuzz.STRICT, Fuzz.LENIENT}) {
          Fuzz.Outcome outcome = Fuzz.read(json, input);
          assertTrue(!outcome.isReport(), () -> "a report from " + Fuzz.describe(input));
          // The fault ends the reading: it is the last problem (after an unknown key, say).
          Problem fault = outcome.problems.get(outcome.problems.size() - 1);
          assertEquals(JsonRule.SYNTAX.id(), fault.ruleId(), outcome::toString);
          assertTrue(
              fault.message(java.util.Locale.ENGLISH).startsWith("the input is not valid UTF-8"),
              outcome::toString);
        }
      }
    }
  }

  /** The bytes with the marker byte 0x01 replaced by others. */
  private static byte[] splice(byte[] input, byte[] replacement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : input) {
      if (b == 1) {
        out.write(replacement, 0, replacement.length);
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  @Test
  void legacyChineseEncodings() {
    assertSyntax(example(Charset.forName("GB18030")));
    assertSyntax(example(Charset.forName("Big5")));
  }

  @Test
  void oneByteOrderMarkBeforeUtf8IsSkippedButNotTwo() {
    byte[] utf8 = example(StandardCharsets.UTF_8);
    assertEquals(ReportJson.standard().read(utf8), Fuzz.read(concat(BOM, utf8)).report);
    assertSyntax(concat(BOM, BOM, utf8));
    // A byte order mark alone is an empty document; as a batch, it holds no record.
    assertEquals(JsonRule.SYNTAX.id(), Fuzz.read(BOM).problems.get(0).ruleId());
  }
}
