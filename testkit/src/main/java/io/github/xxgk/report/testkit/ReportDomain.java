package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain in which every {@code @ForAll AnnualReport} is a valid report and every
 * {@code @ForAll InvalidReport} an invalid one:
 *
 * <pre>{@code
 * @Domain(ReportDomain.class)
 * class MyProperties {
 *   @Property
 *   void roundTrips(@ForAll AnnualReport report) { ... }
 * }
 * }</pre>
 */
public class ReportDomain extends DomainContextBase {
  /** Used by jqwik. */
  public ReportDomain() {}

  @Provide
  Arbitrary<AnnualReport> validReports() {
    return ReportArbitraries.validReports();
  }

  @Provide
  Arbitrary<InvalidReport> invalidReports() {
    return ReportArbitraries.invalidReports();
  }
}
