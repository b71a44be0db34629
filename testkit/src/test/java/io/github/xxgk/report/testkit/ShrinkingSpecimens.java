package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Properties that fail on purpose, run only by {@link ShrinkingTest} through the JUnit Platform:
 * the name matches none of Surefire's includes. Edge cases are off so that shrinking starts from a
 * random report rather than from the all-zero edge case.
 */
class ShrinkingSpecimens {
  /** Thrown with the report that failed, so the test can see where shrinking ended. */
  static final class Falsified extends AssertionError {
    private static final long serialVersionUID = 1L;
    final transient AnnualReport report;

    Falsified(AnnualReport report) {
      super("falsified by a report of " + report.organ());
      this.report = report;
    }
  }

  @Property(
      seed = "20261124",
      tries = 100,
      edgeCases = EdgeCasesMode.NONE,
      shrinking = ShrinkingMode.FULL)
  void everyReportFails(@ForAll(supplier = ValidReports.class) AnnualReport report) {
    throw new Falsified(report);
  }

  @Property(
      seed = "20261124",
      tries = 1000,
      edgeCases = EdgeCasesMode.NONE,
      shrinking = ShrinkingMode.FULL)
  void failsFromTenApplications(@ForAll(supplier = ValidReports.class) AnnualReport report) {
    if (report.applications().newlyReceived().total() >= 10) {
      throw new Falsified(report);
    }
  }
}
