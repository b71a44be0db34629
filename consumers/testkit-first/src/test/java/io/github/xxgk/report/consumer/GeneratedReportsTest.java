package io.github.xxgk.report.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ValidReports;
import io.github.xxgk.report.validation.ReportValidator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A jqwik property with the testkit's arbitraries, beside the plain JUnit test. */
class GeneratedReportsTest {
  @Property(tries = 50)
  void everyGeneratedValidReportPasses(@ForAll(supplier = ValidReports.class) AnnualReport report) {
    assertTrue(ReportValidator.standard().validate(report).isValid());
  }
}
