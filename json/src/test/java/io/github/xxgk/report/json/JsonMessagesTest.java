package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bundle {@code JsonMessages}: both languages have the same keys, every pattern parses, every
 * message the reader can give ({@link JsonMessage}) is there with exactly the arguments it names,
 * and nothing else is.
 */
class JsonMessagesTest {
  private static final MessageBundle MESSAGES = JsonRule.MESSAGES;

  @Test
  void theIdsAreTheContractsAndInTheCatalogue() {
    List<String> ids = new ArrayList<>();
    for (JsonRule rule : JsonRule.values()) {
      ids.add(rule.id());
      assertSame(rule, Catalogue.find(rule.id()).orElse(null), rule.id());
      assertSame(rule, JsonRule.byId(rule.id()).orElse(null), rule.id());
      assertEquals(Stage.JSON, rule.stage());
      assertEquals(Severity.ERROR, rule.severity());
      assertTrue(rule.withholdsReport(), rule.id());
      for (Language language : Language.values()) {
        assertFalse(rule.title(language).isEmpty(), rule.id());
        assertFalse(rule.basis(language).isEmpty(), rule.id());
      }
      assertNotEquals(rule.title(Language.ZH), rule.title(Language.EN));
    }
    assertEquals(
        Arrays.asList(
            "JSON-SYNTAX",
            "JSON-UNKNOWN-PROPERTY",
            "JSON-TYPE",
            "JSON-MISSING",
            "JSON-DUPLICATE-KEY",
            "JSON-CELL-MARK",
            "JSON-LIMIT"),
        ids);
    assertFalse(JsonRule.byId("JSON-NONE").isPresent());
    // Every JSON- id of the catalogue is one of these (core's tests register a sample code too).
    Set<Code> json = new HashSet<>();
    for (Code code : Catalogue.all()) {
      if (code.id().startsWith("JSON-")) {
        json.add(code);
      }
    }
    assertEquals(new HashSet<>(Arrays.asList(JsonRule.values())), json);
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertEquals(MESSAGES.keys(Language.ZH), MESSAGES.keys(Language.EN));
  }

  @Test
  void everyPatternParses() {
    for (Language language : Language.values()) {
      for (String key : MESSAGES.keys(language)) {
        new MessageFormat(MESSAGES.pattern(key, language), language.locale());
      }
    }
  }

  @Test
  void theBundleHoldsTheTitlesTheMessagesAndThePhrasesAndNothingElse() {
    Set<String> expected = new TreeSet<>();
    for (JsonRule rule : JsonRule.values()) {
      expected.add("title." + rule.id());
      expected.add("basis." + rule.id());
    }
    for (JsonMessage message : JsonMessage.values()) {
      assertTrue(expected.add(message.key()), "twice: " + message.key());
    }
    for (Phrase phrase : Phrase.values()) {
      assertTrue(expected.add(phrase.key()), "twice: " + phrase.key());
    }
    assertEquals(expected, MESSAGES.keys(Language.ZH));
  }

  /** Each message uses each of its named arguments, and no other. */
  @Test
  void everyMessageUsesExactlyItsArguments() {
    for (JsonMessage message : JsonMessage.values()) {
      for (Language language : Language.values()) {
        String pattern = MESSAGES.pattern(message.key(), language);
        String what = message + " in " + language + ": " + pattern;
        int declared = message.arguments.size();
        assertTrue(
            new MessageFormat(pattern).getFormatsByArgumentIndex().length <= declared,
            "an argument beyond " + message.arguments + ": " + what);
        Object[] markers = new Object[declared];
        for (int i = 0; i < declared; i++) {
          markers[i] = "<" + message.arguments.get(i) + ">";
        }
        String text = MESSAGES.format(message.key(), language, markers);
        for (Object marker : markers) {
          assertTrue(text.contains((String) marker), marker + " unused: " + what);
        }
      }
    }
  }

  /** Every message, rendered as a problem carries it: phrases in the message's language. */
  @Test
  void everyMessageRendersAsAProblemInBothLanguages() {
    for (JsonMessage message : JsonMessage.values()) {
      Object[] arguments = new Object[message.arguments.size()];
      for (int i = 0; i < arguments.length; i++) {
        String name = message.arguments.get(i);
        arguments[i] =
            name.equals("expected")
                ? Phrase.EXPECTED_VALUE
                : name.equals("found") ? Phrase.FOUND_FRACTION : "«" + name + "»";
      }
      Problems problems = new Problems();
      problems.add(message, "/year", null, arguments);
      Problem problem = problems.all().get(0);
      assertEquals(message.key(), problem.messageKey());
      assertSame(message.rule, problem.code());
      String zh = problem.message(Language.ZH);
      String en = problem.message(Language.EN);
      assertNotEquals(zh, en, message.toString());
      for (String text : new String[] {zh, en}) {
        assertFalse(text.contains("phrase.") || text.contains("{"), message + ": " + text);
        for (String name : message.arguments) {
          if (!name.equals("expected") && !name.equals("found")) {
            assertTrue(text.contains("«" + name + "»"), message + ": " + text);
          }
        }
      }
      if (message.arguments.contains("found")) {
        assertTrue(zh.contains("带小数或指数的数"), zh);
        assertTrue(en.contains("a number with a fraction or an exponent"), en);
      }
      if (message.arguments.contains("expected")) {
        assertTrue(zh.contains("一个 JSON 值"), zh);
        assertTrue(en.contains("a JSON value"), en);
      }
    }
  }

  @Test
  void aMessageIsGivenExactlyItsArguments() {
    Problems problems = new Problems();
    assertThrows(
        IllegalArgumentException.class,
        () -> problems.add(JsonMessage.CELL_MARK_TWICE, "/blankCells/1", null, "/x"));
    assertTrue(problems.isEmpty());
  }

  /** The found value is named in each language, as the reader always has. */
  @Test
  void whatWasFoundIsNamedInTheMessagesLanguage() {
    Problem array = Hostile.problems("[]").get(0);
    assertEquals("JSON-TYPE.object", array.messageKey());
    assertEquals("应为对象，实际为数组", array.message(Language.ZH));
    assertEquals("expected an object, found an array", array.message(Language.EN));
    Problem nothing = Hostile.problems("null").get(0);
    assertEquals("应为对象，实际为null", nothing.message(Language.ZH));
    assertEquals("expected an object, found null", nothing.message(Language.EN));
  }
}
