package io.github.xxgk.report.testkit;

import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Ready-made reports for tests that do not use jqwik. Every fixture is fixed by its seed: the same
 * seed gives the same report on every run and every JDK, since the draws come from {@link
 * SplitMix64} and the derivations use integer arithmetic only.
 *
 * <pre>{@code
 * AnnualReport report = ReportFixtures.valid(42);
 * InvalidReport broken = ReportFixtures.invalid(Rules.APPLICATIONS_BALANCE, 42);
 * }</pre>
 */
public final class ReportFixtures {
  private static final String LINFEN_YAODU_2024 = "linfen-yaodu-2024.json";

  private ReportFixtures() {}

  /**
   * A valid report: no violation under the standard validator.
   *
   * @param seed any value
   * @return the report for that seed
   */
  public static AnnualReport valid(long seed) {
    return ReportGenerator.valid(new SplitMix64(seed));
  }

  /**
   * A valid report as read from a published page, some of its zero cells marked blank or not
   * applicable; see {@link ReportGenerator#published}.
   *
   * @param seed any value
   * @return the report for that seed
   */
  public static AnnualReport published(long seed) {
    return ReportGenerator.published(new SplitMix64(seed));
  }

  /**
   * A report that breaks one rule: the valid report drawn from the seed, with that rule's defect.
   *
   * @param ruleId one of {@link Defects#generable()}
   * @param seed any value
   * @return the invalid report for that rule and seed
   * @throws IllegalArgumentException if no defect breaks that rule
   */
  public static InvalidReport invalid(String ruleId, long seed) {
    Defects.defect(ruleId);
    SplitMix64 randomness = new SplitMix64(seed);
    return Defects.apply(ruleId, ReportGenerator.valid(randomness), randomness);
  }

  /**
   * Valid reports of one organ for {@code n} consecutive years.
   *
   * @param n how many years, at least 1
   * @param seed any value
   * @return an unmodifiable list, earliest year first
   */
  public static List<AnnualReport> consecutiveYears(int n, long seed) {
    return YearSequences.consecutive(n, new SplitMix64(seed));
  }

  /**
   * Reports of one organ for {@code n} consecutive years that break one cross-year rule.
   *
   * @param ruleId one of {@link YearSequences#generable()}
   * @param n how many years, at least 2
   * @param seed any value
   * @return the broken sequence
   */
  public static InvalidSequence brokenConsecutiveYears(String ruleId, int n, long seed) {
    return YearSequences.broken(ruleId, n, new SplitMix64(seed));
  }

  /**
   * The real 2024 report of 临汾市尧都区人民政府办公室, as published, read from the JSON example of the
   * library's {@code json} module.
   *
   * @return the report
   * @throws IllegalStateException if the packaged example is missing or unreadable
   */
  public static AnnualReport linfenYaodu2024() {
    try (InputStream in = ReportFixtures.class.getResourceAsStream(LINFEN_YAODU_2024)) {
      if (in == null) {
        throw new IllegalStateException("the testkit jar lacks " + LINFEN_YAODU_2024);
      }
      return ReportJson.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The all-zero report: an organ that published a report with nothing in its tables.
   *
   * @return the report every valid arbitrary shrinks to
   */
  public static AnnualReport zero() {
    return ReportGenerator.valid(max -> 0);
  }
}
