package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import java.util.List;

/**
 * Ready-made reports for tests that do not use jqwik. Every fixture is fixed by its seed: the same
 * seed gives the same report on every run and every JDK, since the draws come from {@link
 * SplitMix64} and the derivations use integer arithmetic only.
 *
 * <pre>{@code
 * AnnualReport report = ReportFixtures.valid(42);
 * InvalidReport broken = ReportFixtures.invalid("APPLICATIONS-BALANCE", 42);
 * }</pre>
 */
public final class ReportFixtures {
  private ReportFixtures() {}

  /** A valid report, for any seed: no violation under the standard validator. */
  public static AnnualReport valid(long seed) {
    return ReportGenerator.valid(new SplitMix64(seed));
  }

  /**
   * A valid report as read from a published page, for any seed: some of its zero cells marked blank
   * or not applicable; see {@link ReportGenerator#published}.
   */
  public static AnnualReport published(long seed) {
    return ReportGenerator.published(new SplitMix64(seed));
  }

  /**
   * A report that breaks one rule of {@link Defects#generable()}: the valid report drawn from the
   * seed, with that rule's defect.
   *
   * @throws IllegalArgumentException if no defect breaks that rule
   */
  public static InvalidReport invalid(String ruleId, long seed) {
    Defects.defect(ruleId);
    SplitMix64 randomness = new SplitMix64(seed);
    return Defects.apply(ruleId, ReportGenerator.valid(randomness), randomness);
  }

  /**
   * Valid reports of one organ for {@code n} (at least 1) consecutive years, earliest first in an
   * unmodifiable list.
   */
  public static List<AnnualReport> consecutiveYears(int n, long seed) {
    return YearSequences.consecutive(n, new SplitMix64(seed));
  }

  /**
   * Reports of one organ for {@code n} (at least 2) consecutive years that break one cross-year
   * rule of {@link YearSequences#generable()}.
   */
  public static InvalidSequence brokenConsecutiveYears(String ruleId, int n, long seed) {
    return YearSequences.broken(ruleId, n, new SplitMix64(seed));
  }

  /**
   * The real 2024 report of 临汾市尧都区人民政府办公室, as published: its 200 cells as its tables state them,
   * its three narrative sections verbatim. It is valid. The same report as the library's JSON
   * example {@code linfen-yaodu-2024.json}.
   *
   * @throws IllegalStateException if the testkit jar lacks the report's text
   */
  public static AnnualReport linfenYaodu2024() {
    return RealReports.linfenYaodu2024();
  }

  /**
   * The all-zero report, which every valid arbitrary shrinks to: an organ that published a report
   * with nothing in its tables.
   */
  public static AnnualReport zero() {
    return ReportGenerator.valid(max -> 0);
  }
}
