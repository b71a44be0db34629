package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Stage;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules of reading a PDF as codes of the catalogue, and their bundle {@code Messages}. */
class PdfRuleTest {
  private static final MessageBundle MESSAGES = MessageBundle.of(PdfRule.class, "Messages");

  @Test
  void everyRuleIsInTheCatalogueAtTheImportStage() {
    for (PdfRule rule : PdfRule.values()) {
      assertSame(rule, Catalogue.find(rule.id()).orElse(null), rule.id());
      assertEquals(Stage.IMPORT, rule.stage());
      assertTrue(rule.id().matches("PDF(-[A-Z0-9]+)+"), rule.id());
      assertTrue(rule.withholdsReport(), rule.id());
      assertFalse(rule.title(Language.ZH).isEmpty(), rule.id());
      assertNotEquals(rule.title(Language.ZH), rule.title(Language.EN), rule.id());
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeysEachOfARule() {
    assertEquals(MESSAGES.keys(Language.ZH), MESSAGES.keys(Language.EN));
    for (String key : MESSAGES.keys(Language.ZH)) {
      String id = key.replaceFirst("^(title|basis)\\.", "").replaceFirst("\\..*", "");
      assertTrue(Catalogue.find(id).orElse(null) instanceof PdfRule, key);
    }
    for (PdfRule rule : PdfRule.values()) {
      assertTrue(MESSAGES.contains("title." + rule.id(), Language.ZH), rule.id());
    }
  }

  /**
   * Each message takes the page as {0} (used by the messages about a page) and then exactly the
   * rule's arguments, in both languages.
   */
  @Test
  void everyPatternParsesAndUsesExactlyTheRulesArguments() {
    int messages = 0;
    for (String key : MESSAGES.keys(Language.ZH)) {
      if (key.startsWith("title.") || key.startsWith("basis.")) {
        continue;
      }
      messages++;
      PdfRule rule = (PdfRule) Catalogue.find(key.replaceFirst("\\..*", "")).get();
      String variant = key.contains(".") ? key.substring(key.indexOf('.') + 1) : null;
      Set<Integer> expected = new HashSet<>();
      for (int i = 1; i <= rule.arguments(variant); i++) {
        expected.add(i);
      }
      Set<Integer> zh = used(MESSAGES.pattern(key, Language.ZH));
      Set<Integer> en = used(MESSAGES.pattern(key, Language.EN));
      assertEquals(zh, en, key);
      zh.remove(0);
      assertEquals(expected, zh, key);
      new MessageFormat(MESSAGES.pattern(key, Language.ZH), Language.ZH.locale());
      new MessageFormat(MESSAGES.pattern(key, Language.EN), Language.EN.locale());
    }
    assertEquals(13, messages);
  }

  @Test
  void aProblemOnAPageHasThePageAndOneOnTheFileHasNone() {
    Problem page = PdfRule.FONT_UNMAPPED.problem(2, "SimSun", 17);
    assertEquals(2, page.page().getAsInt());
    assertFalse(page.line().isPresent());
    assertEquals(
        "Page 2: font “SimSun” has 17 glyphs without a usable Unicode mapping (ToUnicode); the"
            + " page's text cannot be read reliably.",
        page.message(Language.EN));
    Problem file = PdfRule.LIMIT.problem(PdfRule.PAGES, 0, 1000, 1234);
    assertFalse(file.page().isPresent());
    assertEquals("PDF-LIMIT.pages", file.messageKey());
    assertEquals("文件有1234页，超过1000页的上限；只读取了前1000页。", file.message(Language.ZH));
  }

  private static Set<Integer> used(String pattern) {
    Set<Integer> used = new HashSet<>();
    Matcher placeholder =
        Pattern.compile("\\{(\\d+)[,}]").matcher(pattern.replaceAll("'[^']*'", ""));
    while (placeholder.find()) {
      used.add(Integer.parseInt(placeholder.group(1)));
    }
    return used;
  }
}
