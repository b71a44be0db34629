package io.github.xxgk.report.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Supplies {@link ReportArbitraries#invalidReports()} to a parameter: {@code @ForAll(supplier =
 * InvalidReports.class) InvalidReport broken}.
 */
public final class InvalidReports implements ArbitrarySupplier<InvalidReport> {
  /** Used by jqwik. */
  public InvalidReports() {}

  /** Invalid reports of every generable rule: {@link ReportArbitraries#invalidReports()}. */
  @Override
  public Arbitrary<InvalidReport> get() {
    return ReportArbitraries.invalidReports();
  }
}
