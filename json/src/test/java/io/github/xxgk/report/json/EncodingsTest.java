package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(JsonProblem.SYNTAX, outcome.problems.get(0).ruleId(), outcome::toString);
    List<ReportRecord> records = new ArrayList<>();
    try (ReportStream stream = ReportJson.standard().readAll(new ByteArrayInputStream(input))) {
      stream.forEachRemaining(records::add);
    }
    assertTrue(!records.isEmpty(), Fuzz.describe(input));
    for (ReportRecord record : records) {
      assertTrue(!record.isReport(), () -> "a report in a batch from " + Fuzz.describe(input));
      Fuzz.assertLocated(record.problems(), input);
    }
    assertEquals(JsonProblem.SYNTAX, records.get(records.size() - 1).problems().get(0).ruleId());
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
    assertEquals(JsonProblem.SYNTAX, Fuzz.read(BOM).problems.get(0).ruleId());
  }
}
