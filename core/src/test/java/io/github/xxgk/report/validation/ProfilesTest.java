package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.Reports.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfilesTest {
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  /** A province's own rule: the overview must be at least this long. */
  private static final Rule SHORT_OVERVIEW =
      Rule.builder("XX-OVERVIEW-SHORT")
          .severity(Severity.WARNING)
          .title("总体情况过短", "Overview too short")
          .basis("某省通知")
          .message("总体情况只有{0}字。", "The overview has only {0} characters.")
          .build();

  private static final Check SHORT_OVERVIEW_CHECK =
      context -> {
        int length = context.report().overview().orElse("").length();
        if (length < 100) {
          context.violation("/overview").stated(length).computed(100).arguments(length).add();
        }
      };

  private static List<String> ids(List<Rule> rules) {
    List<String> ids = new ArrayList<>();
    for (Rule rule : rules) {
      ids.add(rule.id());
    }
    return ids;
  }

  @Test
  void theStandardValidatorAppliesTheWholeCatalogue() {
    assertEquals(Rules.standard(), ReportValidator.standard().rules());
    assertSame(ReportValidator.standard(), ReportValidator.standard());
    assertEquals(
        Optional.of(Severity.WARNING),
        ReportValidator.standard().severity(Rules.PUBLICATION_DEADLINE));
  }

  @Test
  void aRuleCanBeTurnedOff() {
    AnnualReport negative =
        Reports.with(REAL, cell("/proactiveDisclosure/punishment/decisions"), -1);
    assertFalse(ReportValidator.standard().validate(negative).isValid());
    ReportValidator lenient = ReportValidator.builder().disable(Rules.NON_NEGATIVE).build();
    assertTrue(lenient.validate(negative).violations().isEmpty());
    assertFalse(ids(lenient.rules()).contains(Rules.NON_NEGATIVE));
    assertEquals(Optional.empty(), lenient.severity(Rules.NON_NEGATIVE));
  }

  @Test
  void aSeverityCanBeChanged() {
    AnnualReport unbalanced =
        Reports.with(REAL, cell("/applications/carriedOverToNextYear/researchInstitution"), 1);
    ReportValidator profile =
        ReportValidator.builder()
            .severity(Rules.APPLICATIONS_BALANCE, Severity.WARNING)
            .severity(Rules.APPLICATIONS_ROW_TOTAL, Severity.INFO)
            .build();
    ValidationResult result = profile.validate(unbalanced);
    assertTrue(result.isValid());
    assertEquals(Severity.WARNING, result.byRule(Rules.APPLICATIONS_BALANCE).get(0).severity());
    assertEquals(Severity.INFO, result.byRule(Rules.APPLICATIONS_ROW_TOTAL).get(0).severity());
    // The catalogue keeps the default.
    assertEquals(Severity.ERROR, Rules.byId(Rules.APPLICATIONS_BALANCE).get().severity());
    assertEquals(Optional.of(Severity.WARNING), profile.severity(Rules.APPLICATIONS_BALANCE));
  }

  @Test
  void anUnknownRuleIdIsRejectedByName() {
    IllegalArgumentException off =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportValidator.builder().disable("NON-NEGATIV").build());
    assertTrue(off.getMessage().contains("NON-NEGATIV"), off.getMessage());
    IllegalArgumentException severity =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportValidator.builder().severity("no-such-rule", Severity.INFO).build());
    assertTrue(severity.getMessage().contains("no-such-rule"), severity.getMessage());
  }

  @Test
  void checkFailedCannotBeSilenced() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportValidator.builder().disable(Rules.CHECK_FAILED).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportValidator.builder().severity(Rules.CHECK_FAILED, Severity.WARNING).build());
  }

  @Test
  void aCustomRuleReportsThroughTheSameShapeAndIsListed() {
    ReportValidator profile =
        ReportValidator.builder().add(SHORT_OVERVIEW, SHORT_OVERVIEW_CHECK).build();
    List<Rule> rules = profile.rules();
    assertEquals(SHORT_OVERVIEW, rules.get(rules.size() - 1));
    assertFalse(SHORT_OVERVIEW.isStandard());
    assertTrue(profile.validate(REAL).violations().isEmpty());

    AnnualReport brief = AnnualReport.builder().from(REAL).overview("简短。").build();
    ValidationResult result = profile.validate(brief);
    Problem v = result.byRule("XX-OVERVIEW-SHORT").get(0);
    assertEquals(Severity.WARNING, v.severity());
    assertEquals("/overview", v.pointer());
    assertEquals(Optional.of(new BigDecimal(3)), v.stated());
    assertEquals("总体情况只有3字。", v.message(Language.ZH));
    assertTrue(result.byPointer().get("/overview").contains(v));
    assertTrue(result.isValid());

    ReportValidator stricter =
        ReportValidator.builder()
            .add(SHORT_OVERVIEW, SHORT_OVERVIEW_CHECK)
            .severity("XX-OVERVIEW-SHORT", Severity.ERROR)
            .build();
    assertFalse(stricter.validate(brief).isValid());
    ReportValidator off =
        ReportValidator.builder()
            .add(SHORT_OVERVIEW, SHORT_OVERVIEW_CHECK)
            .disable("XX-OVERVIEW-SHORT")
            .build();
    // Only the standard OVERVIEW-ASPECTS remains: "简短。" names none of the five aspects.
    assertEquals(5, off.validate(brief).violations().size());
    assertEquals(5, off.validate(brief).byRule(Rules.OVERVIEW_ASPECTS).size());
  }

  @Test
  void aCustomRuleThatNeedsThePreviousYearRunsOnlyWithIt() {
    Rule growth =
        Rule.builder("XX-APPLICATIONS-TRIPLED")
            .severity(Severity.INFO)
            .title("申请量激增", "Applications tripled")
            .needsPreviousYear(true)
            .message("新收申请是上年的三倍以上。", "More than three times last year''s applications.")
            .build();
    ReportValidator profile =
        ReportValidator.builder()
            .add(
                growth,
                context -> {
                  int now = context.report().applications().newlyReceived().total();
                  int before = context.previousYear().get().applications().newlyReceived().total();
                  if (now > 3L * before) {
                    context.violation("/applications/newlyReceived/total").add();
                  }
                })
            .build();
    AnnualReport previous =
        Reports.with(
            AnnualReport.builder().from(REAL).year(2023).build(),
            cell("/applications/newlyReceived/total"),
            4);
    assertTrue(profile.validate(REAL).violations().isEmpty());
    assertEquals(1, profile.validate(previous, REAL).byRule("XX-APPLICATIONS-TRIPLED").size());
  }

  @Test
  void duplicateIdsAreRejected() {
    Rule clash = Rule.builder(Rules.NON_NEGATIVE).title("a", "a").message("a", "a").build();
    assertThrows(
        IllegalArgumentException.class, () -> ReportValidator.builder().add(clash, context -> {}));
    ReportValidator.Builder builder =
        ReportValidator.builder().add(SHORT_OVERVIEW, SHORT_OVERVIEW_CHECK);
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.add(SHORT_OVERVIEW, SHORT_OVERVIEW_CHECK));
    assertTrue(twice.getMessage().contains("XX-OVERVIEW-SHORT"));
  }

  @Test
  void customIdsFollowTheStandardStyle() {
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("overview short"));
    assertThrows(IllegalArgumentException.class, () -> Rule.builder(""));
    assertThrows(
        IllegalStateException.class, () -> Rule.builder("XX-NO-MESSAGE").title("a", "b").build());
  }
}
