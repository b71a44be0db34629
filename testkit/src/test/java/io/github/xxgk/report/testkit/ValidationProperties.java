package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * The testkit's promises checked against the standard validator: valid samples have no violation of
 * any severity; invalid samples have ERRORs for exactly their broken rules.
 */
class ValidationProperties {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Property(tries = 1000)
  void validReportsHaveNoViolationAtAll(
      @ForAll(supplier = ValidReports.class) AnnualReport report) {
    ValidationResult result = VALIDATOR.validate(report);
    assertTrue(result.violations().isEmpty(), result::toString);
  }

  @Property(tries = 1000)
  @Domain(ReportDomain.class)
  void theDomainGivesValidAndInvalidReports(
      @ForAll AnnualReport valid, @ForAll InvalidReport invalid) {
    assertTrue(VALIDATOR.validate(valid).violations().isEmpty());
    assertEquals(invalid.brokenRules(), errorRules(VALIDATOR.validate(invalid.report())));
  }

  @Property(tries = 1000)
  void invalidReportsBreakExactlyTheirRules(
      @ForAll(supplier = InvalidReports.class) InvalidReport invalid) {
    assertEquals(
        invalid.brokenRules(), errorRules(VALIDATOR.validate(invalid.report())), invalid::defect);
  }

  /** 1,000 tries of every rule's own arbitrary, in one property so that each rule is named. */
  @Property(tries = 1000)
  void everyRulesArbitraryBreaksThatRuleExactly(
      @ForAll("perRule") List<InvalidReport> oneOfEachRule) {
    List<String> rules = new ArrayList<>(Defects.generable());
    assertEquals(rules.size(), oneOfEachRule.size());
    for (int i = 0; i < rules.size(); i++) {
      InvalidReport invalid = oneOfEachRule.get(i);
      assertTrue(invalid.brokenRules().contains(rules.get(i)), invalid::defect);
      assertEquals(
          invalid.brokenRules(), errorRules(VALIDATOR.validate(invalid.report())), invalid::defect);
    }
  }

  @Property(tries = 1000)
  void consecutiveYearsPassTheCrossYearRules(@ForAll("threeYears") List<AnnualReport> years) {
    assertEquals(3, years.size());
    assertTrue(sequenceViolations(years).isEmpty(), () -> sequenceViolations(years).toString());
  }

  @Property(tries = 1000)
  void brokenSequencesBreakExactlyTheirRule(@ForAll("brokenSequences") InvalidSequence broken) {
    Set<String> errors = new TreeSet<>();
    for (Problem violation : sequenceViolations(broken.reports())) {
      if (violation.severity() == Severity.ERROR) {
        errors.add(violation.ruleId());
      }
    }
    assertEquals(broken.brokenRules(), errors, broken::defect);
  }

  @Provide
  Arbitrary<List<InvalidReport>> perRule() {
    List<Arbitrary<InvalidReport>> each = new ArrayList<>();
    for (String rule : Defects.generable()) {
      each.add(ReportArbitraries.invalidReports(rule));
    }
    return net.jqwik.api.Combinators.combine(each).as(list -> list);
  }

  @Provide
  Arbitrary<List<AnnualReport>> threeYears() {
    return ReportArbitraries.consecutiveYears(3);
  }

  @Provide
  Arbitrary<InvalidSequence> brokenSequences() {
    List<Arbitrary<InvalidSequence>> each = new ArrayList<>();
    for (String rule : YearSequences.generable()) {
      each.add(ReportArbitraries.brokenConsecutiveYears(rule, 2));
      each.add(ReportArbitraries.brokenConsecutiveYears(rule, 4));
    }
    return Arbitraries.oneOf(each);
  }

  /** Each year alone for the first, then each against the year before. */
  static List<Problem> sequenceViolations(List<AnnualReport> years) {
    List<Problem> all = new ArrayList<>(VALIDATOR.validate(years.get(0)).violations());
    for (int i = 1; i < years.size(); i++) {
      all.addAll(VALIDATOR.validate(years.get(i - 1), years.get(i)).violations());
    }
    return all;
  }

  static Set<String> errorRules(ValidationResult result) {
    Set<String> ids = new TreeSet<>();
    for (Problem violation : result.bySeverity(Severity.ERROR)) {
      ids.add(violation.ruleId());
    }
    return ids;
  }
}
