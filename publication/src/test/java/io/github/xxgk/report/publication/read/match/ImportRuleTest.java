package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.problem.Stage;
import java.text.Format;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules of reading as codes of the catalogue, and their bundle {@code ImportMessages}. */
class ImportRuleTest {
  private static final MessageBundle MESSAGES =
      MessageBundle.of(ImportRule.class, "ImportMessages");

  @Test
  void everyRuleIsInTheCatalogueAtTheImportStage() {
    for (ImportRule rule : ImportRule.values()) {
      assertSame(rule, Catalogue.find(rule.id()).orElse(null), rule.id());
      assertEquals(Stage.IMPORT, rule.stage());
      assertTrue(rule.id().matches("IMPORT(-[A-Z0-9]+)+"), rule.id());
      assertEquals(rule != ImportRule.IMPORT_EDITION_2019, rule.withholdsReport(), rule.id());
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndNothingElse() {
    assertEquals(MESSAGES.keys(Language.ZH), MESSAGES.keys(Language.EN));
    Set<String> expected = new TreeSet<>();
    for (ImportRule rule : ImportRule.values()) {
      expected.add(rule.id());
      expected.add("title." + rule.id());
      if (MESSAGES.contains("basis." + rule.id(), Language.ZH)) {
        expected.add("basis." + rule.id());
      }
    }
    assertEquals(expected, MESSAGES.keys(Language.ZH));
  }

  @Test
  void everyRuleHasATitleAndAMessageInEachLanguage() {
    for (ImportRule rule : ImportRule.values()) {
      assertFalse(rule.title(Language.ZH).isEmpty(), rule.id());
      assertFalse(rule.title(Language.EN).isEmpty(), rule.id());
      assertNotEquals(rule.title(Language.ZH), rule.title(Language.EN), rule.id());
      assertNotEquals(
          MESSAGES.pattern(rule.id(), Language.ZH),
          MESSAGES.pattern(rule.id(), Language.EN),
          rule.id());
    }
  }

  /** Each message uses exactly its rule's arguments, {0} to {n-1}, in both languages. */
  @Test
  void everyPatternParsesAndUsesExactlyTheRulesArguments() {
    for (ImportRule rule : ImportRule.values()) {
      for (Language language : Language.values()) {
        String pattern = MESSAGES.pattern(rule.id(), language);
        new MessageFormat(pattern, language.locale());
        Set<Integer> expected = new HashSet<>();
        for (int i = 0; i < rule.arguments(); i++) {
          expected.add(i);
        }
        assertEquals(expected, used(pattern), rule.id() + " " + language);
      }
    }
  }

  /** A problem built as the reader builds it renders every argument, never a placeholder. */
  @Test
  void aProblemWithItsArgumentsRendersInBothLanguages() {
    for (ImportRule rule : ImportRule.values()) {
      Object[] arguments = arguments(rule);
      Problem problem = rule.problem(SourcePosition.of(3, 7), "/year", arguments);
      assertEquals(rule.severity(), problem.severity());
      assertEquals(3, problem.line().getAsInt());
      assertEquals(7, problem.column().getAsInt());
      for (Language language : Language.values()) {
        String message = problem.message(language);
        assertFalse(message.contains("{"), message);
        for (Object argument : arguments) {
          if (argument instanceof String) {
            assertTrue(message.contains((String) argument), message);
          }
        }
      }
    }
  }

  @Test
  void aProblemWithoutAPositionHasNoLine() {
    Problem problem = ImportRule.IMPORT_ORGAN_MISSING.problem(SourcePosition.UNKNOWN, "/organ");
    assertFalse(problem.line().isPresent());
    assertFalse(problem.column().isPresent());
    assertEquals("/organ", problem.pointer());
    assertEquals(Severity.ERROR, problem.severity());
    assertTrue(problem.withholdsReport());
  }

  @Test
  void countsAreGroupedAsTheyWereAndTheChoiceStillChooses() {
    Problem problem = ImportRule.IMPORT_INPUT.problem(SourcePosition.of(1, 1), "", 4194304, 1);
    assertEquals(
        "The source goes on beyond 4,194,304 bytes (characters, when given decoded), the most read"
            + " of plain text; it is not read.",
        problem.message(Language.EN));
    assertTrue(problem.message(Language.ZH).contains("即纯文本的读取上限"));
  }

  /** Arguments as the reader passes them: text, or a whole number where the pattern formats one. */
  private static Object[] arguments(ImportRule rule) {
    Format[] formats =
        new MessageFormat(MESSAGES.pattern(rule.id(), Language.EN)).getFormatsByArgumentIndex();
    Object[] arguments = new Object[rule.arguments()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = i < formats.length && formats[i] != null ? (Object) 1 : "argument" + i;
    }
    return arguments;
  }

  /** The argument indices a pattern uses, outside quoted text. */
  static Set<Integer> used(String pattern) {
    Set<Integer> used = new HashSet<>();
    Matcher placeholder =
        Pattern.compile("\\{(\\d+)[,}]").matcher(pattern.replaceAll("'[^']*'", ""));
    while (placeholder.find()) {
      used.add(Integer.parseInt(placeholder.group(1)));
    }
    return used;
  }
}
