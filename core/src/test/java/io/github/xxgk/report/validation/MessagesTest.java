package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.Reports.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final AnnualReport REAL = LinfenYaodu2024.report();
  private static final String HOSTILE = "{0}'{1}";

  /** The keys of the standard rules' bundle in one language. */
  private static Set<String> keys(Language language) {
    return Rule.messages().keys(language);
  }

  /** The argument positions a MessageFormat pattern uses: {@code {3}} and {@code {3,number}}. */
  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> used = new TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
    while (m.find()) {
      used.add(Integer.parseInt(m.group(1)));
    }
    return used;
  }

  /**
   * Every message of a standard rule, in both languages and every variant, uses only the arguments
   * the rule declares, and both languages use the same ones; together the messages of a rule use
   * every argument it declares, save the one in-force argument that only the continuity message
   * needs (the two in-force rules share their arguments).
   */
  @Test
  void everyPatternUsesTheArgumentsItsRuleDeclares() {
    Set<String> keys = keys(Language.ZH);
    for (Rule rule : Rules.standard()) {
      Set<Integer> usedByRule = new TreeSet<>();
      int messages = 0;
      for (String key : keys) {
        if (!key.equals(rule.id()) && !key.startsWith(rule.id() + ".")) {
          continue;
        }
        messages++;
        Set<Integer> zh = placeholders(rule.pattern(key, Language.ZH));
        Set<Integer> en = placeholders(rule.pattern(key, Language.EN));
        assertEquals(zh, en, key + ": both languages use the same arguments");
        for (int i : zh) {
          assertTrue(
              i < rule.arguments().size(),
              key + " uses {" + i + "}, but the rule declares " + rule.arguments());
        }
        usedByRule.addAll(zh);
      }
      assertTrue(messages > 0, rule.id() + " has a message");
      Set<Integer> unused = new TreeSet<>();
      for (int i = 0; i < rule.arguments().size(); i++) {
        if (!usedByRule.contains(i)) {
          unused.add(i);
        }
      }
      if (rule.id().equals(Rules.IN_FORCE_PLAUSIBILITY)) {
        unused.remove(rule.arguments().indexOf("previousInForce"));
        unused.remove(rule.arguments().indexOf("inForceColumn"));
      }
      assertTrue(unused.isEmpty(), rule.id() + " declares arguments no message uses: " + unused);
    }
  }

  @Test
  void bothBundlesHaveTheSameKeysAndEveryRuleHasAMessageATitleAndABasis() {
    Set<String> zh = keys(Language.ZH);
    Set<String> en = keys(Language.EN);
    assertEquals(zh, en);
    for (Rule rule : Rules.standard()) {
      boolean has = zh.contains(rule.id());
      for (String key : zh) {
        has |= key.startsWith(rule.id() + ".");
      }
      assertTrue(has, "no message for " + rule.id());
      assertTrue(zh.contains("title." + rule.id()), "no title for " + rule.id());
      assertTrue(zh.contains("basis." + rule.id()), "no basis for " + rule.id());
    }
    for (String key : zh) {
      for (Language language : Language.values()) {
        new java.text.MessageFormat(Rule.messages().pattern(key, language), language.locale());
      }
    }
  }

  @Test
  void theChineseBundleReallyIsChinese() {
    String pattern = Rule.messages().pattern("ORGAN-BLANK", Language.ZH);
    assertEquals("报告机关为空。", pattern);
  }

  @Test
  void anEquationMessageNamesTheCellInTheFormsTermsWithBothNumbers() {
    Cell stated = cell("/applications/outcomes/notDisclosed/stateSecret/total");
    Problem v =
        ReportValidator.standard()
            .validate(Reports.with(REAL, stated, 7))
            .byRule(Rules.APPLICATIONS_ROW_TOTAL)
            .get(0);
    for (Locale locale :
        new Locale[] {Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.GERMAN}) {
      String message = v.message(locale);
      for (Label label : stated.rowLabels()) {
        assertTrue(message.contains(label.in(locale)), message);
      }
      for (Label label : stated.columnLabels()) {
        assertTrue(message.contains(label.in(locale)), message);
      }
      assertTrue(message.contains("7") && message.contains("0"), message);
      assertFalse(message.contains("{"), message);
    }
    assertTrue(v.message(Language.ZH).contains("1.属于国家秘密"), v.message(Language.ZH));
    assertTrue(v.message(Locale.ENGLISH).contains("1. State secret"), v.message(Locale.ENGLISH));
    assertEquals(v.message(Locale.CHINESE), v.message(Language.ZH));
  }

  @Test
  void numbersAreWrittenWithoutGrouping() {
    AnnualReport report =
        AnnualReport.builder().from(REAL).year(12345).publishedOn(LocalDate.of(2025, 1, 1)).build();
    Problem v =
        ReportValidator.standard().validate(report).byRule(Rules.PUBLISHED_BEFORE_YEAR_END).get(0);
    assertTrue(v.message(Locale.ENGLISH).contains("12345"), v.message(Locale.ENGLISH));
  }

  @Test
  void englishApostrophesSurviveMessageFormat() {
    AnnualReport previous = AnnualReport.builder().from(REAL).year(2023).organ("某机关").build();
    Problem v =
        ReportValidator.standard().validate(previous, REAL).byRule(Rules.ORGAN_NAME_CHANGED).get(0);
    assertTrue(
        v.message(Locale.ENGLISH).contains("previous year's report"), v.message(Locale.ENGLISH));
  }

  @Test
  void aHostileOrganNameAppearsVerbatim() {
    AnnualReport hostile = AnnualReport.builder().from(REAL).organ(HOSTILE).build();
    AnnualReport previous = AnnualReport.builder().from(REAL).year(2023).build();
    Problem changed =
        ReportValidator.standard()
            .validate(previous, hostile)
            .byRule(Rules.ORGAN_NAME_CHANGED)
            .get(0);
    assertTrue(
        changed.message(Language.ZH).contains("“" + HOSTILE + "”"), changed.message(Language.ZH));
    assertTrue(
        changed.message(Locale.ENGLISH).contains("\"" + HOSTILE + "\""),
        changed.message(Locale.ENGLISH));

    Problem edition =
        ReportValidator.standard()
            .validate(AnnualReport.builder().from(REAL).edition(HOSTILE).build())
            .byRule(Rules.EDITION_UNKNOWN)
            .get(0);
    assertTrue(edition.message(Language.ZH).contains(HOSTILE), edition.message(Language.ZH));
    assertTrue(edition.message(Locale.ENGLISH).contains(HOSTILE), edition.message(Locale.ENGLISH));
  }

  @Test
  void aCustomRulesPatternGetsUserDataOnlyAsAnArgument() {
    Rule rule =
        Rule.builder("XX-ORGAN-ECHO")
            .severity(Severity.INFO)
            .title("回显", "Echo")
            .message("机关：{0}；{1}", "Organ: {0}; it''s {1}")
            .build();
    ReportValidator validator =
        ReportValidator.builder()
            .add(
                rule,
                context ->
                    context
                        .violation("/organ")
                        .arguments(
                            context.report().organ(), cell("/applications/newlyReceived/total"))
                        .add())
            .build();
    Problem v =
        validator
            .validate(AnnualReport.builder().from(REAL).organ(HOSTILE).build())
            .byRule("XX-ORGAN-ECHO")
            .get(0);
    assertEquals("机关：" + HOSTILE + "；“一、本年新收政府信息公开申请数量”行“总计”列", v.message(Language.ZH));
    assertEquals(
        "Organ: "
            + HOSTILE
            + "; it's row \"1. Applications newly received this year\", column \"Total\"",
        v.message(Locale.ENGLISH));
  }

  @Test
  void ruleIdsAreNeverNull() {
    AnnualReport messy =
        AnnualReport.builder()
            .from(Reports.with(REAL, cell("/applications/newlyReceived/total"), -3))
            .organ("")
            .edition("x")
            .overview("")
            .build();
    ValidationResult result = ReportValidator.standard().validate(messy, messy);
    assertFalse(result.violations().isEmpty());
    for (Problem violation : result.violations()) {
      assertNotNull(violation.ruleId());
      assertTrue(Rules.byId(violation.ruleId()).isPresent(), violation.ruleId());
      assertNotNull(violation.pointer());
      assertNotNull(violation.relatedPointers());
    }
  }
}
