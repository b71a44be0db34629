package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.Rules;
import io.github.xxgk.report.validation.ValidationResult;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void theRealReportIsTheOnePublished() {
    assertEquals(LinfenYaodu2024.report(), ReportFixtures.linfenYaodu2024());
  }

  @Test
  void theRealReportIsValidWithoutAFinding() {
    ValidationResult result = ReportValidator.standard().validate(ReportFixtures.linfenYaodu2024());
    assertEquals(Collections.emptyList(), result.violations());
  }

  @Test
  void unknownRulesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReportFixtures.invalid("NO-SUCH-RULE", 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportFixtures.invalid(Rules.PUBLICATION_DEADLINE, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportFixtures.brokenConsecutiveYears(Rules.NON_NEGATIVE, 3, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportFixtures.brokenConsecutiveYears(Rules.CARRY_OVER_CONTINUITY, 1, 1));
  }
}
