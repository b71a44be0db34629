package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.validation.ReportValidator;
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
        IllegalArgumentException.class, () -> ReportFixtures.invalid("PUBLICATION-DEADLINE", 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportFixtures.brokenConsecutiveYears("NON-NEGATIVE", 3, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportFixtures.brokenConsecutiveYears("CARRY-OVER-CONTINUITY", 1, 1));
  }
}
