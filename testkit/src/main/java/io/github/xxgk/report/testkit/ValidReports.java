package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Supplies {@link ReportArbitraries#validReports()} to a parameter: {@code @ForAll(supplier =
 * ValidReports.class) AnnualReport report}.
 */
public final class ValidReports implements ArbitrarySupplier<AnnualReport> {
  /** Used by jqwik. */
  public ValidReports() {}

  /** The valid reports: {@link ReportArbitraries#validReports()}. */
  @Override
  public Arbitrary<AnnualReport> get() {
    return ReportArbitraries.validReports();
  }
}
