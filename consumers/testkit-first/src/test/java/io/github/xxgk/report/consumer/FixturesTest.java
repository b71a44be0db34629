package io.github.xxgk.report.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.testkit.InvalidReport;
import io.github.xxgk.report.testkit.ReportFixtures;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import io.github.xxgk.report.validation.Violation;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A plain JUnit 5 test with the testkit's fixtures, on the consumer's JUnit platform. */
class FixturesTest {
  @Test
  void fixturesAreWhatTheySay() {
    assertTrue(ReportValidator.standard().validate(ReportFixtures.valid(42)).isValid());
    InvalidReport broken = ReportFixtures.invalid("APPLICATIONS-BALANCE", 42);
    ValidationResult result = ReportValidator.standard().validate(broken.report());
    Set<String> rules = new TreeSet<>();
    for (Violation violation : result.violations()) {
      if (violation.severity() == io.github.xxgk.report.problem.Severity.ERROR) {
        rules.add(violation.ruleId());
      }
    }
    assertEquals(new TreeSet<>(broken.brokenRules()), rules);
  }

  /** The real report comes from the testkit jar alone: the testkit brings no JSON binding. */
  @Test
  void theRealReportNeedsNoJackson() {
    assertTrue(ReportValidator.standard().validate(ReportFixtures.linfenYaodu2024()).isValid());
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.core.JsonFactory"));
    assertThrows(
        ClassNotFoundException.class, () -> Class.forName("io.github.xxgk.report.json.ReportJson"));
  }

  /** The consumer's JUnit, not jqwik's, is the platform the tests run on. */
  @Test
  void runsOnTheConsumersJunitPlatform() {
    Package platform = org.junit.platform.commons.util.ReflectionUtils.class.getPackage();
    String version = platform.getImplementationVersion();
    assertTrue(version != null && version.startsWith("1.14."), "junit-platform-commons " + version);
  }
}
