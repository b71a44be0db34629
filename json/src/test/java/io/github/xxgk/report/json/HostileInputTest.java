package io.github.xxgk.report.json;

import static io.github.xxgk.report.json.Hostile.EXAMPLE;
import static io.github.xxgk.report.json.Hostile.edit;
import static io.github.xxgk.report.json.Hostile.lineOf;
import static io.github.xxgk.report.json.Hostile.problems;
import static io.github.xxgk.report.json.Hostile.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every hostile case of the issue, each with its located error. */
class HostileInputTest {
  private static final String IN_FORCE = "\"inForce\": 21";
  private static final String IN_FORCE_POINTER = "/proactiveDisclosure/normativeDocuments/inForce";

  @Test
  void unknownPropertyAtTheTop() {
    String doc = edit("\"year\": 2024,", "\"year\": 2024,\n  \"mayor\": \"x\",");
    single(doc, JsonRule.UNKNOWN_PROPERTY.id(), "/mayor", lineOf(doc, "\"mayor\""));
  }

  @Test
  void unknownPropertyInARow() {
    String doc = edit("\"naturalPerson\": 13,", "\"naturalPerson\": 13, \"robot\": {\"a\": [1]},");
    single(
        doc,
        JsonRule.UNKNOWN_PROPERTY.id(),
        "/applications/newlyReceived/robot",
        lineOf(doc, "\"robot\""));
  }

  @Test
  void duplicateKey() {
    String doc = edit("\"year\": 2024,", "\"year\": 2024,\n  \"year\": 2025,");
    single(doc, JsonRule.DUPLICATE_KEY.id(), "/year", lineOf(doc, "\"year\": 2025"));
  }

  @Test
  void duplicateKeyDeepInside() {
    String doc = edit(IN_FORCE, "\"inForce\": 21, \"inForce\": 21");
    single(doc, JsonRule.DUPLICATE_KEY.id(), IN_FORCE_POINTER, lineOf(doc, IN_FORCE));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null",
        "\"21\"",
        "21.0",
        "1.5",
        "1e2",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "true",
        "[21]",
        "{}"
      })
  void notACount(String value) {
    String doc = edit(IN_FORCE, "\"inForce\": " + value);
    single(doc, JsonRule.TYPE.id(), IN_FORCE_POINTER, lineOf(doc, "\"inForce\": " + value));
  }

  @Test
  void countsAtTheEdgesOfIntAreRead() {
    assertEquals(
        Integer.MAX_VALUE,
        ReportJson.standard()
            .read(edit(IN_FORCE, "\"inForce\": 2147483647"))
            .proactiveDisclosure()
            .normativeDocuments()
            .inForce());
    assertEquals(
        Integer.MIN_VALUE,
        ReportJson.standard()
            .read(edit(IN_FORCE, "\"inForce\": -2147483648"))
            .proactiveDisclosure()
            .normativeDocuments()
            .inForce());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"year\": 2024|\"year\": \"2024\"|/year",
        "\"year\": 2024|\"year\": null|/year",
        "\"organ\": \"临汾市尧都区人民政府办公室\"|\"organ\": null|/organ",
        "\"organ\": \"临汾市尧都区人民政府办公室\"|\"organ\": 7|/organ",
        "\"edition\": \"2021\"|\"edition\": \"2020\"|/edition",
        "\"organKind\": \"department\"|\"organKind\": \"city\"|/organKind",
        "\"organKind\": \"department\"|\"organKind\": null|/organKind",
        "\"publishedOn\": \"2025-01-13\"|\"publishedOn\": \"2025-02-30\"|/publishedOn",
        "\"publishedOn\": \"2025-01-13\"|\"publishedOn\": \"2025-1-13\"|/publishedOn",
        "\"publishedOn\": \"2025-01-13\"|\"publishedOn\": \"+2025-01-13\"|/publishedOn",
        "\"otherMatters\": \"|\"otherMatters\": null, \"x\": \"|/otherMatters",
        "\"amountWanYuan\": 0|\"amountWanYuan\": \"0\"|/proactiveDisclosure/fees/amountWanYuan",
        "\"coercion\": {|\"coercion\": [], \"y\": {|/proactiveDisclosure/coercion",
      })
  void wrongValue(String fragment, String replacement, String pointer) {
    String doc = edit(fragment, replacement);
    List<Problem> problems = problems(doc);
    assertEquals(JsonRule.TYPE.id(), problems.get(0).ruleId(), problems::toString);
    assertEquals(pointer, problems.get(0).pointer());
    assertEquals(lineOf(doc, replacement), problems.get(0).line().getAsInt());
  }

  @Test
  void aDocumentOfNull() {
    single("null", JsonRule.TYPE.id(), "", 1);
    single("[]", JsonRule.TYPE.id(), "", 1);
  }

  @Test
  void missingRequiredValue() {
    String doc = edit("\"organ\": \"临汾市尧都区人民政府办公室\",\n", "");
    single(doc, JsonRule.MISSING.id(), "/organ", 1);
  }

  @Test
  void missingCellIsLocatedAtItsObject() {
    String doc = edit("\"naturalPerson\": 13,", "");
    single(
        doc,
        JsonRule.MISSING.id(),
        "/applications/newlyReceived/naturalPerson",
        lineOf(doc, "\"newlyReceived\""));
  }

  @Test
  void missingTableIsOneProblem() {
    int start = EXAMPLE.indexOf("  \"reconsiderationAndLitigation\"");
    int end = EXAMPLE.indexOf("  \"problemsAndImprovements\"");
    String doc = EXAMPLE.substring(0, start) + EXAMPLE.substring(end);
    single(doc, JsonRule.MISSING.id(), "/reconsiderationAndLitigation", 1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {" {}", " x", ",", "\n}", " null"})
  void contentAfterTheDocument(String trailer) {
    List<Problem> problems = problems(EXAMPLE + trailer);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(JsonRule.SYNTAX.id(), problems.get(0).ruleId());
    assertTrue(
        problems.get(0).line().getAsInt() >= lineOf(EXAMPLE, "\n}\n") + 1, problems::toString);
  }

  @Test
  void syntaxErrorsAreLocated() {
    String doc = edit("\"year\": 2024,", "\"year\": 2024,,");
    single(doc, JsonRule.SYNTAX.id(), "/year", lineOf(doc, ",,"));
    single("hello", JsonRule.SYNTAX.id(), "", 1);
    single("{\"organ\": 'x'}", JsonRule.SYNTAX.id(), "/organ", 1);
    single("{\"year\": NaN}", JsonRule.SYNTAX.id(), "/year", 1);
    single("{\"year\": 012}", JsonRule.SYNTAX.id(), "/year", 1);
    single("{ // comment\n}", JsonRule.SYNTAX.id(), "", 1);
  }

  @Test
  void emptyAndTruncatedDocuments() {
    assertEquals(JsonRule.SYNTAX.id(), problems("").get(0).ruleId());
    assertEquals(JsonRule.SYNTAX.id(), problems("   \n").get(0).ruleId());
    String truncated = EXAMPLE.substring(0, EXAMPLE.indexOf("\"carriedOverToNextYear\""));
    List<Problem> problems = problems(truncated);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(JsonRule.SYNTAX.id(), problems.get(0).ruleId());
    assertTrue(problems.get(0).line().getAsInt() >= lineOf(truncated, "\"otherHandling\""));
  }

  @Test
  void allProblemsOfAWellFormedDocumentTogether() {
    String doc =
        EXAMPLE
            .replace("\"year\": 2024,", "\"year\": 1.5,")
            .replace("\"organ\": \"临汾市尧都区人民政府办公室\",\n", "")
            .replace("\"punishment\": {", "\"penalty\": 3,\n    \"punishment\": {")
            .replace("\"pending\": 1,", "\"pending\": \"1\",");
    List<Problem> problems = problems(doc);
    assertEquals(4, problems.size(), problems::toString);
    assertEquals(JsonRule.TYPE.id(), problems.get(0).ruleId());
    assertEquals("/year", problems.get(0).pointer());
    assertEquals(JsonRule.UNKNOWN_PROPERTY.id(), problems.get(1).ruleId());
    assertEquals("/proactiveDisclosure/penalty", problems.get(1).pointer());
    assertEquals(lineOf(doc, "\"penalty\""), problems.get(1).line().getAsInt());
    assertEquals(JsonRule.TYPE.id(), problems.get(2).ruleId());
    assertEquals(
        "/reconsiderationAndLitigation/litigationWithoutReconsideration/pending",
        problems.get(2).pointer());
    assertEquals(JsonRule.MISSING.id(), problems.get(3).ruleId());
    assertEquals("/organ", problems.get(3).pointer());
  }

  @Test
  void allowingUnknownPropertiesRelaxesNothingElse() {
    ReportJson lenient = ReportJson.builder().allowUnknownProperties(true).build();
    String extra = edit("\"year\": 2024,", "\"year\": 2024, \"mayor\": {\"name\": [1, 2]},");
    assertEquals(ReportJson.standard().read(EXAMPLE), lenient.read(extra));
    List<Problem> problems =
        Hostile.problems(lenient, extra.replace("\"inForce\": 21", "\"inForce\": \"21\""));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(JsonRule.TYPE.id(), problems.get(0).ruleId());
    assertEquals(
        JsonRule.DUPLICATE_KEY.id(),
        Hostile.problems(
                lenient, edit("\"year\": 2024,", "\"year\": 2024, \"x\": {\"a\": 1, \"a\": 2},"))
            .get(0)
            .ruleId());
  }

  @Test
  void messagesInBothLanguages() {
    String doc = edit(IN_FORCE, "\"inForce\": \"21\"");
    Problem problem = problems(doc).get(0);
    String zh = problem.message(Locale.CHINESE);
    String en = problem.message(Locale.ENGLISH);
    assertNotEquals(zh, en);
    assertTrue(zh.contains("整数"), zh);
    assertTrue(en.contains("integer"), en);
    assertTrue(
        assertThrows(ReportFormatException.class, () -> ReportJson.standard().read(doc))
            .getMessage()
            .contains(IN_FORCE_POINTER));
  }

  @Test
  void invalidUtf8IsASyntaxError() {
    byte[] bytes = EXAMPLE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = EXAMPLE.indexOf("临");
    byte[] broken = bytes.clone();
    broken[EXAMPLE.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length] =
        (byte) 0xFF;
    List<Problem> problems =
        assertThrows(ReportFormatException.class, () -> ReportJson.standard().read(broken))
            .problems();
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(JsonRule.SYNTAX.id(), problems.get(0).ruleId());
  }

  @Test
  void byteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = EXAMPLE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    assertEquals(ReportJson.standard().read(EXAMPLE), ReportJson.standard().read(bytes));
  }

  @Test
  void unpairedSurrogateIsNotText() {
    String doc = edit("\"otherMatters\": \"", "\"otherMatters\": \"\\ud800");
    single(doc, JsonRule.TYPE.id(), "/otherMatters", lineOf(doc, "\"otherMatters\""));
    String pair = edit("\"otherMatters\": \"", "\"otherMatters\": \"\\ud83d\\ude00");
    assertTrue(ReportJson.standard().read(pair).otherMatters().get().startsWith("\ud83d\ude00"));
  }
}
