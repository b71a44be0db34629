package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.Reports.cell;
import static io.github.xxgk.report.validation.Reports.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every standard rule passes on the real report and fails on a variant of it. */
class RuleCasesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  /** The real report of 2023 as it would have to be for the 2024 report to continue it. */
  private static AnnualReport previousYear() {
    Map<io.github.xxgk.report.form.Cell, Integer> changes = new HashMap<>();
    changes.put(cell("/applications/carriedOverToNextYear/naturalPerson"), 1);
    changes.put(cell("/applications/carriedOverToNextYear/total"), 1);
    return AnnualReport.builder()
        .from(with(REAL, changes))
        .year(2023)
        .publishedOn(LocalDate.of(2024, 1, 20))
        .build();
  }

  private static AnnualReport.Builder real() {
    return AnnualReport.builder().from(REAL);
  }

  private static List<String> ids(ValidationResult result) {
    List<String> ids = new ArrayList<>();
    for (Problem violation : result.violations()) {
      ids.add(violation.ruleId());
    }
    return ids;
  }

  private static Problem only(ValidationResult result, String ruleId) {
    List<Problem> violations = result.byRule(ruleId);
    assertEquals(1, violations.size(), result.toString());
    return violations.get(0);
  }

  private static void assertNumbers(Problem violation, String stated, String computed) {
    assertEquals(Optional.of(new BigDecimal(stated)), violation.stated());
    assertEquals(
        computed == null ? Optional.empty() : Optional.of(new BigDecimal(computed)),
        violation.computed());
  }

  @Test
  void theRealReportHasNoViolationAtAll() {
    ValidationResult result = VALIDATOR.validate(REAL);
    assertEquals(Collections.emptyList(), result.violations());
    assertTrue(result.isValid());
  }

  @Test
  void theRealReportContinuesItsPreviousYear() {
    assertEquals(Collections.emptyList(), VALIDATOR.validate(previousYear(), REAL).violations());
  }

  @Test
  void rowTotal() {
    ValidationResult result =
        VALIDATOR.validate(with(REAL, cell("/applications/newlyReceived/naturalPerson"), 14));
    Problem v = only(result, Rules.APPLICATIONS_ROW_TOTAL);
    assertEquals("/applications/newlyReceived/total", v.pointer());
    assertNumbers(v, "14", "15");
    assertEquals(6, v.relatedPointers().size());
    assertTrue(v.relatedPointers().contains("/applications/newlyReceived/legalServiceAgency"));
    assertEquals(Severity.ERROR, v.severity());
    assertFalse(result.isValid());
  }

  @Test
  void outcomeTotal() {
    ValidationResult result =
        VALIDATOR.validate(
            with(REAL, cell("/applications/outcomes/notDisclosed/stateSecret/naturalPerson"), 2));
    List<Problem> outcome = result.byRule(Rules.APPLICATIONS_OUTCOME_TOTAL);
    assertEquals(1, outcome.size());
    assertEquals("/applications/outcomes/total/naturalPerson", outcome.get(0).pointer());
    assertNumbers(outcome.get(0), "11", "13");
    assertEquals(21, outcome.get(0).relatedPointers().size());
    // The same cell also breaks its own row's total.
    assertEquals(
        "/applications/outcomes/notDisclosed/stateSecret/total",
        only(result, Rules.APPLICATIONS_ROW_TOTAL).pointer());
    assertEquals(
        Arrays.asList(Rules.APPLICATIONS_ROW_TOTAL, Rules.APPLICATIONS_OUTCOME_TOTAL), ids(result));
  }

  @Test
  void balance() {
    Map<io.github.xxgk.report.form.Cell, Integer> changes = new HashMap<>();
    changes.put(cell("/applications/carriedOverToNextYear/naturalPerson"), 2);
    changes.put(cell("/applications/carriedOverToNextYear/total"), 2);
    ValidationResult result = VALIDATOR.validate(with(REAL, changes));
    // The narrative states "3件结转下年度", which now differs from the table too.
    assertEquals(
        Arrays.asList(
            Rules.APPLICATIONS_BALANCE, Rules.APPLICATIONS_BALANCE, Rules.NARRATIVE_TABLE_MISMATCH),
        ids(result));
    Problem naturalPerson = result.violations().get(0);
    assertEquals("/applications/outcomes/total/naturalPerson", naturalPerson.pointer());
    assertNumbers(naturalPerson, "11", "12");
    assertEquals(
        Arrays.asList(
            "/applications/newlyReceived/naturalPerson",
            "/applications/carriedOverFromPreviousYear/naturalPerson",
            "/applications/carriedOverToNextYear/naturalPerson"),
        naturalPerson.relatedPointers());
    assertEquals("/applications/outcomes/total/total", result.violations().get(1).pointer());
    assertNumbers(result.violations().get(1), "12", "13");
  }

  @Test
  void reconsiderationTotal() {
    ValidationResult result =
        VALIDATOR.validate(
            with(REAL, cell("/reconsiderationAndLitigation/reconsideration/total"), 2));
    assertEquals(Collections.singletonList(Rules.RECONSIDERATION_TOTAL), ids(result));
    assertNumbers(result.violations().get(0), "2", "1");
  }

  @Test
  void litigationTotal() {
    ValidationResult result =
        VALIDATOR.validate(
            with(
                REAL,
                cell("/reconsiderationAndLitigation/litigationWithoutReconsideration/pending"),
                0));
    assertEquals(Collections.singletonList(Rules.LITIGATION_TOTAL), ids(result));
    Problem v = result.violations().get(0);
    assertEquals(
        "/reconsiderationAndLitigation/litigationWithoutReconsideration/total", v.pointer());
    assertNumbers(v, "1", "0");
  }

  @Test
  void nonNegative() {
    AnnualReport report =
        Reports.withFee(
            with(REAL, cell("/proactiveDisclosure/licensing/decisions"), -1),
            new BigDecimal("-0.50"));
    ValidationResult result = VALIDATOR.validate(report);
    assertEquals(Arrays.asList(Rules.NON_NEGATIVE, Rules.NON_NEGATIVE), ids(result));
    assertEquals("/proactiveDisclosure/licensing/decisions", result.violations().get(0).pointer());
    assertNumbers(result.violations().get(0), "-1", null);
    assertEquals("/proactiveDisclosure/fees/amountWanYuan", result.violations().get(1).pointer());
    assertEquals(new BigDecimal("-0.50"), result.violations().get(1).stated().get());
  }

  @Test
  void organBlank() {
    ValidationResult result = VALIDATOR.validate(real().organ(" \u3000\t").build());
    assertEquals(Collections.singletonList(Rules.ORGAN_BLANK), ids(result));
    assertEquals("/organ", result.violations().get(0).pointer());
  }

  @Test
  void edition() {
    ValidationResult unknown = VALIDATOR.validate(real().edition("2019").build());
    assertEquals(Collections.singletonList(Rules.EDITION_UNKNOWN), ids(unknown));
    assertTrue(unknown.violations().get(0).message(Language.ZH).contains("2019"));

    AnnualReport tooEarly = real().year(2020).publishedOn(LocalDate.of(2021, 1, 20)).build();
    ValidationResult before = VALIDATOR.validate(tooEarly);
    assertEquals(Collections.singletonList(Rules.EDITION_BEFORE_2021), ids(before));
    assertEquals("/year", before.violations().get(0).pointer());
    assertEquals(
        Collections.singletonList("/edition"), before.violations().get(0).relatedPointers());
    assertTrue(
        VALIDATOR
            .validate(real().year(2021).publishedOn(LocalDate.of(2022, 1, 20)).build())
            .violations()
            .isEmpty());
  }

  @Test
  void publishedBeforeYearEnd() {
    ValidationResult result =
        VALIDATOR.validate(real().publishedOn(LocalDate.of(2024, 12, 31)).build());
    assertEquals(Collections.singletonList(Rules.PUBLISHED_BEFORE_YEAR_END), ids(result));
    assertEquals("/publishedOn", result.violations().get(0).pointer());
    assertTrue(
        VALIDATOR
            .validate(real().publishedOn(LocalDate.of(2025, 1, 1)).build())
            .violations()
            .isEmpty());
  }

  @Test
  void publicationDeadlineForADepartmentIs31January() {
    assertTrue(
        VALIDATOR
            .validate(real().publishedOn(LocalDate.of(2025, 1, 31)).build())
            .violations()
            .isEmpty());
    ValidationResult late =
        VALIDATOR.validate(real().publishedOn(LocalDate.of(2025, 2, 1)).build());
    Problem v = only(late, Rules.PUBLICATION_DEADLINE);
    assertEquals(Severity.WARNING, v.severity());
    assertTrue(late.isValid());
    assertEquals("PUBLICATION-DEADLINE.department", v.messageKey());
    assertTrue(v.message(Language.ZH).contains("2025-01-31"), v.message(Language.ZH));
  }

  @Test
  void publicationDeadlineForAGovernmentIs31March() {
    AnnualReport.Builder government = real().organKind(OrganKind.GOVERNMENT);
    assertTrue(
        VALIDATOR
            .validate(government.publishedOn(LocalDate.of(2025, 3, 31)).build())
            .violations()
            .isEmpty());
    Problem v =
        only(
            VALIDATOR.validate(government.publishedOn(LocalDate.of(2025, 4, 1)).build()),
            Rules.PUBLICATION_DEADLINE);
    assertTrue(v.message(Locale.ENGLISH).contains("2025-03-31"), v.message(Locale.ENGLISH));
    assertTrue(
        v.message(Locale.ENGLISH).contains("people's government"), v.message(Locale.ENGLISH));
  }

  @Test
  void publicationDeadlineForAnotherOrganIs31January() {
    AnnualReport.Builder other = real().organKind(OrganKind.OTHER);
    assertTrue(
        VALIDATOR
            .validate(other.publishedOn(LocalDate.of(2025, 1, 31)).build())
            .violations()
            .isEmpty());
    assertEquals(
        1,
        VALIDATOR
            .validate(other.publishedOn(LocalDate.of(2025, 2, 1)).build())
            .byRule(Rules.PUBLICATION_DEADLINE)
            .size());
  }

  @Test
  void publicationDeadlineWithoutOrganKindWarnsAgainst31JanuaryAndSaysWhy() {
    AnnualReport.Builder unknown = real().organKind(Optional.<OrganKind>empty());
    assertTrue(
        VALIDATOR
            .validate(unknown.publishedOn(LocalDate.of(2025, 1, 31)).build())
            .violations()
            .isEmpty());
    Problem v =
        only(
            VALIDATOR.validate(unknown.publishedOn(LocalDate.of(2025, 3, 1)).build()),
            Rules.PUBLICATION_DEADLINE);
    assertEquals("PUBLICATION-DEADLINE.kindUnknown", v.messageKey());
    assertTrue(
        v.message(Language.ZH).contains("organKind") && v.message(Language.ZH).contains("3月31日"),
        v.message(Language.ZH));
    assertTrue(v.message(Locale.ENGLISH).contains("organKind"), v.message(Locale.ENGLISH));
  }

  @Test
  void aMissingPublicationDateSkipsTheDateRules() {
    AnnualReport undated = real().publishedOn(Optional.<LocalDate>empty()).year(2030).build();
    assertTrue(VALIDATOR.validate(undated).violations().isEmpty());
  }

  @Test
  void sectionMissing() {
    AnnualReport report =
        real()
            .overview(Optional.<String>empty())
            .problemsAndImprovements("\u3000 \n")
            .otherMatters("")
            .build();
    ValidationResult result = VALIDATOR.validate(report);
    List<Problem> missing = result.byRule(Rules.SECTION_MISSING);
    assertEquals(3, missing.size());
    assertEquals("/overview", missing.get(0).pointer());
    assertEquals("/problemsAndImprovements", missing.get(1).pointer());
    assertEquals("/otherMatters", missing.get(2).pointer());
    assertTrue(
        missing.get(0).message(Language.ZH).contains("一、总体情况"),
        missing.get(0).message(Language.ZH));
    assertEquals(Severity.WARNING, missing.get(0).severity());
    assertTrue(result.isValid());
  }

  @Test
  void informationFeeNotStated() {
    ValidationResult result = VALIDATOR.validate(real().otherMatters("无其他需要报告的事项。").build());
    Problem v = only(result, Rules.INFORMATION_FEE_NOT_STATED);
    assertEquals(Severity.INFO, v.severity());
    assertEquals("/otherMatters", v.pointer());
    assertTrue(result.isValid());
    assertEquals(1, result.violations().size());
  }

  @Test
  void informationFeeStatedInTheWordsReportsUse() {
    for (String stated : new String[] {"本年度没有产生信息公开处理费。", "2022年，无收取信息处理费情况。", "本年度未收取任何费用。"}) {
      ValidationResult result = VALIDATOR.validate(real().otherMatters(stated).build());
      assertTrue(
          result.violations().stream()
              .noneMatch(v -> v.ruleId().equals(Rules.INFORMATION_FEE_NOT_STATED)),
          stated);
    }
  }

  @Test
  void inForcePlausibility() {
    Map<io.github.xxgk.report.form.Cell, Integer> changes = new HashMap<>();
    changes.put(cell("/proactiveDisclosure/normativeDocuments/issued"), 5);
    changes.put(cell("/proactiveDisclosure/normativeDocuments/repealed"), 1);
    changes.put(cell("/proactiveDisclosure/normativeDocuments/inForce"), 3);
    Problem v = only(VALIDATOR.validate(with(REAL, changes)), Rules.IN_FORCE_PLAUSIBILITY);
    assertEquals("/proactiveDisclosure/normativeDocuments/inForce", v.pointer());
    assertNumbers(v, "3", "4");
    changes.put(cell("/proactiveDisclosure/normativeDocuments/inForce"), 4);
    assertTrue(VALIDATOR.validate(with(REAL, changes)).violations().isEmpty());
  }

  @Test
  void yearsNotConsecutive() {
    AnnualReport twoYearsBefore = AnnualReport.builder().from(previousYear()).year(2022).build();
    ValidationResult result = VALIDATOR.validate(twoYearsBefore, REAL);
    Problem v = only(result, Rules.YEARS_NOT_CONSECUTIVE);
    assertNumbers(v, "2024", "2023");
    assertEquals(Collections.singletonList(Rules.YEARS_NOT_CONSECUTIVE), ids(result));
  }

  @Test
  void organNameChanged() {
    AnnualReport renamed = AnnualReport.builder().from(previousYear()).organ("临汾市尧都区政府办公室").build();
    Problem v = only(VALIDATOR.validate(renamed, REAL), Rules.ORGAN_NAME_CHANGED);
    assertEquals(Severity.WARNING, v.severity());
    assertTrue(v.message(Language.ZH).contains("临汾市尧都区政府办公室"), v.message(Language.ZH));
    AnnualReport spaced =
        AnnualReport.builder().from(previousYear()).organ(" 临汾市尧都区人民政府办公室\u3000").build();
    assertTrue(VALIDATOR.validate(spaced, REAL).violations().isEmpty());
  }

  @Test
  void carryOverContinuity() {
    Map<io.github.xxgk.report.form.Cell, Integer> changes = new HashMap<>();
    changes.put(cell("/applications/carriedOverToNextYear/naturalPerson"), 2);
    changes.put(cell("/applications/carriedOverToNextYear/total"), 2);
    AnnualReport previous = with(previousYear(), changes);
    ValidationResult result = VALIDATOR.validate(previous, REAL);
    assertEquals(
        Arrays.asList(Rules.CARRY_OVER_CONTINUITY, Rules.CARRY_OVER_CONTINUITY), ids(result));
    Problem v = result.violations().get(0);
    assertEquals("/applications/carriedOverFromPreviousYear/naturalPerson", v.pointer());
    assertEquals(
        Collections.singletonList("/applications/carriedOverToNextYear/naturalPerson"),
        v.relatedPointers());
    assertNumbers(v, "1", "2");
    assertEquals(
        "/applications/carriedOverFromPreviousYear/total", result.violations().get(1).pointer());
    // Cross-year rules do not run on one report.
    assertTrue(VALIDATOR.validate(REAL).violations().isEmpty());
  }

  @Test
  void inForceContinuity() {
    AnnualReport previous =
        with(previousYear(), cell("/proactiveDisclosure/normativeDocuments/inForce"), 25);
    ValidationResult result = VALIDATOR.validate(previous, REAL);
    Problem v = only(result, Rules.IN_FORCE_CONTINUITY);
    assertEquals(Severity.WARNING, v.severity());
    assertEquals("/proactiveDisclosure/normativeDocuments/inForce", v.pointer());
    assertNumbers(v, "21", "25");
    assertTrue(result.isValid());
  }

  @Test
  void checkFailedWhenARuleThrows() {
    Rule broken =
        Rule.builder("XX-BROKEN").title("坏规则", "Broken rule").message("坏", "broken").build();
    ReportValidator validator =
        ReportValidator.builder()
            .add(
                broken,
                context -> {
                  throw new IllegalStateException("no data");
                })
            .build();
    ValidationResult result = validator.validate(REAL);
    Problem v = only(result, Rules.CHECK_FAILED);
    assertFalse(result.isValid());
    assertEquals("", v.pointer());
    assertTrue(
        v.message(Language.ZH).contains("XX-BROKEN") && v.message(Language.ZH).contains("no data"),
        v.message(Language.ZH));
    assertTrue(v.message(Locale.ENGLISH).contains("XX-BROKEN"), v.message(Locale.ENGLISH));
  }

  /** A rule added to the catalogue without a failing case here makes this test fail. */
  @Test
  void everyStandardRuleFailsOnOneOfTheVariantsAbove() {
    Rule broken =
        Rule.builder("XX-BROKEN").title("坏规则", "Broken rule").message("坏", "broken").build();
    ReportValidator validator =
        ReportValidator.builder()
            .add(
                broken,
                context -> {
                  throw new IllegalStateException();
                })
            .build();
    Map<io.github.xxgk.report.form.Cell, Integer> carry = new HashMap<>();
    carry.put(cell("/applications/carriedOverToNextYear/naturalPerson"), 2);
    carry.put(cell("/proactiveDisclosure/normativeDocuments/inForce"), 25);
    AnnualReport previous =
        AnnualReport.builder().from(with(previousYear(), carry)).year(2020).organ("某机关").build();
    AnnualReport report =
        AnnualReport.builder()
            .from(
                with(
                    with(REAL, cell("/applications/newlyReceived/naturalPerson"), -14),
                    cell("/reconsiderationAndLitigation/litigationAfterReconsideration/total"),
                    1))
            .addBlankCells(cell("/applications/outcomes/notDisclosed/stateSecret/naturalPerson"))
            .addNotApplicableCells(
                cell("/applications/outcomes/notDisclosed/stateSecret/researchInstitution"))
            .organ("")
            .edition("2019")
            .publishedOn(LocalDate.of(2025, 6, 1))
            .overview("")
            .otherMatters("无")
            .build();
    AnnualReport early = real().year(2020).publishedOn(LocalDate.of(2020, 6, 1)).build();
    Map<io.github.xxgk.report.form.Cell, Integer> implausible = new HashMap<>();
    implausible.put(cell("/proactiveDisclosure/regulations/issued"), 2);
    implausible.put(cell("/reconsiderationAndLitigation/reconsideration/total"), 2);
    implausible.put(cell("/applications/outcomes/disclosed/researchInstitution"), 1);
    java.util.Set<String> fired = new java.util.TreeSet<>();
    fired.addAll(ids(validator.validate(previous, report)));
    fired.addAll(ids(VALIDATOR.validate(early)));
    fired.addAll(ids(VALIDATOR.validate(with(REAL, implausible))));
    fired.addAll(ids(VALIDATOR.validate(with(previousYear(), carry), REAL)));
    fired.addAll(ids(VALIDATOR.validate(NarrativeRulesTest.everyNarrativeDefect())));
    fired.remove("XX-BROKEN");
    java.util.Set<String> all = new java.util.TreeSet<>();
    for (Rule rule : Rules.standard()) {
      all.add(rule.id());
    }
    assertEquals(all, fired);
  }
}
