package io.github.xxgk.report.json;

import static io.github.xxgk.report.json.Hostile.EXAMPLE;
import static io.github.xxgk.report.json.Hostile.edit;
import static io.github.xxgk.report.json.Hostile.lineOf;
import static io.github.xxgk.report.json.Hostile.problems;
import static io.github.xxgk.report.json.Hostile.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.problem.Problem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's documented limits, each reported as a located {@code JSON-LIMIT}. */
class LimitsTest {
  private static final String FEE = "\"amountWanYuan\": 0";
  private static final String FEE_POINTER = "/proactiveDisclosure/fees/amountWanYuan";

  private static String repeat(char c, int times) {
    char[] chars = new char[times];
    Arrays.fill(chars, c);
    return new String(chars);
  }

  @Test
  void longNumber() {
    String digits = "1." + repeat('3', ReportJson.MAX_NUMBER_LENGTH);
    String doc = edit(FEE, "\"amountWanYuan\": " + digits);
    single(doc, JsonRule.LIMIT.id(), FEE_POINTER, lineOf(doc, digits));
  }

  @Test
  void numberJustWithinTheLimitIsExact() {
    String digits = "1." + repeat('3', ReportJson.MAX_NUMBER_LENGTH - 2);
    assertEquals(
        new java.math.BigDecimal(digits),
        ReportJson.standard()
            .read(edit(FEE, "\"amountWanYuan\": " + digits))
            .proactiveDisclosure()
            .fees()
            .amountWanYuan());
  }

  @Test
  void moneyScale() {
    String doc = edit(FEE, "\"amountWanYuan\": 1e-101");
    single(doc, JsonRule.LIMIT.id(), FEE_POINTER, lineOf(doc, "1e-101"));
    single(
        edit(FEE, "\"amountWanYuan\": 1e999999999"),
        JsonRule.LIMIT.id(),
        FEE_POINTER,
        lineOf(doc, "1e-101"));
  }

  @Test
  void longString() {
    String text = repeat('字', ReportJson.MAX_STRING_LENGTH + 1);
    String doc = edit("\"otherMatters\": \"", "\"otherMatters\": \"" + text);
    single(doc, JsonRule.LIMIT.id(), "/otherMatters", lineOf(doc, "\"otherMatters\""));
  }

  @Test
  void narrativeOfOneMegabyteIsRead() {
    String text = repeat('字', 1024 * 1024);
    String doc = edit("\"otherMatters\": \"", "\"otherMatters\": \"" + text);
    assertEquals(
        text.length() + "区政府办公室按要求认真完成政府信息公开各项工作，无收取信息处理费的情况，无其他需要报告的事项。".length(),
        ReportJson.standard().read(doc).otherMatters().get().length());
  }

  @Test
  void longName() {
    String name = repeat('k', ReportJson.MAX_NAME_LENGTH + 1);
    String doc = edit("\"year\": 2024,", "\"year\": 2024,\n  \"" + name + "\": 1,");
    List<Problem> problems = problems(doc);
    assertEquals(JsonRule.LIMIT.id(), problems.get(0).ruleId(), problems::toString);
    assertEquals(lineOf(doc, name), problems.get(0).line().getAsInt());
  }

  /**
   * The key limit counts characters whether the input is text or bytes, where a Chinese character
   * is three: a key of 256 of them is read, one of 257 is not.
   */
  @Test
  void longChineseNameAsTextAndAsBytes() {
    ReportJson lenient = ReportJson.builder().allowUnknownProperties(true).build();
    for (int length : new int[] {ReportJson.MAX_NAME_LENGTH, ReportJson.MAX_NAME_LENGTH + 1}) {
      String name = repeat('政', length);
      String doc =
          edit("\"year\": 2024,", "\"year\": 2024,\n  \"" + name + "\": {\"" + name + "\": 1},");
      Fuzz.Outcome text = Fuzz.read(lenient, doc);
      Fuzz.Outcome bytes =
          Fuzz.read(lenient, doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (length <= ReportJson.MAX_NAME_LENGTH) {
        assertEquals(ReportJson.standard().read(EXAMPLE), text.report, text::toString);
        assertEquals(text.report, bytes.report, bytes::toString);
      } else {
        for (Fuzz.Outcome outcome : new Fuzz.Outcome[] {text, bytes}) {
          assertEquals(1, outcome.problems.size(), outcome::toString);
          assertEquals(JsonRule.LIMIT.id(), outcome.problems.get(0).ruleId(), outcome::toString);
          assertEquals(lineOf(doc, name), outcome.problems.get(0).line().getAsInt());
        }
      }
    }
  }

  @Test
  void deepNesting() {
    String deep =
        repeat('[', ReportJson.MAX_NESTING_DEPTH) + repeat(']', ReportJson.MAX_NESTING_DEPTH);
    String doc = edit("\"year\": 2024,", "\"year\": 2024,\n  \"deep\": " + deep + ",");
    ReportJson lenient = ReportJson.builder().allowUnknownProperties(true).build();
    List<Problem> problems = Hostile.problems(lenient, doc);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(JsonRule.LIMIT.id(), problems.get(0).ruleId());
    assertEquals(lineOf(doc, "\"deep\""), problems.get(0).line().getAsInt());
    assertEquals("/deep/0/0/0", problems.get(0).pointer().substring(0, 11));
  }

  @Test
  void documentLength() {
    String padding = repeat(' ', ReportJson.MAX_DOCUMENT_LENGTH);
    String doc = edit("\"year\": 2024,", "\"year\": 2024," + padding);
    List<Problem> problems = problems(doc);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(JsonRule.LIMIT.id(), problems.get(0).ruleId());
  }

  @Test
  void problemsPerReport() {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      extra.append("\"x").append(i).append("\": 0,\n");
    }
    List<Problem> problems = problems(edit("\"year\": 2024,", "\"year\": 2024," + extra));
    assertEquals(ReportJson.MAX_PROBLEMS + 1, problems.size());
    assertEquals("/x99", problems.get(ReportJson.MAX_PROBLEMS - 1).pointer());
    Problem last = problems.get(ReportJson.MAX_PROBLEMS);
    assertEquals(JsonRule.LIMIT.id(), last.ruleId());
    assertEquals("", last.pointer());
    assertEquals(true, last.message(java.util.Locale.ENGLISH).startsWith("50 more"));
  }

  @Test
  void exampleIsFarWithinTheLimits() {
    assertEquals(true, EXAMPLE.length() < ReportJson.MAX_DOCUMENT_LENGTH / 100);
  }
}
