package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries over annual reports. A thin layer: jqwik draws the same numbers that {@link
 * SplitMix64} draws for {@link ReportFixtures}, each from 0 up, and the plain-Java derivations
 * ({@link ReportGenerator}, {@link Defects}, {@link YearSequences}) turn them into reports. No
 * filter, no flatMap: shrinking lowers draws and so ends at the all-zero report.
 *
 * <pre>{@code
 * @Property
 * void acceptsEveryValidReport(@ForAll("reports") AnnualReport report) { ... }
 *
 * @Provide
 * Arbitrary<AnnualReport> reports() {
 *   return ReportArbitraries.validReports();
 * }
 * }</pre>
 */
public final class ReportArbitraries {
  private static final List<Integer> REPORT_BOUNDS = Draws.bounds(ReportGenerator::valid);

  /** How often, in %, a valid report is one of the three edge cases. */
  private static final int EDGE_CASE_WEIGHT = 3;

  private ReportArbitraries() {}

  /**
   * Valid reports: no violation at all under the standard validator. The arbitrary shrinks towards
   * the all-zero report; its edge cases are that report, a report with a single application, and
   * one whose counts are so large that its totals come close to {@link Integer#MAX_VALUE}.
   */
  public static Arbitrary<AnnualReport> validReports() {
    // Mixed in by frequency rather than through jqwik's edge-case configuration, which would first
    // combine the edge cases of all the draws: far too many. Each starts at its fixed draws and
    // shrinks like any other sample.
    Arbitrary<List<Integer>> edgeCases =
        Arbitraries.oneOf(
            fixedDraws(zeroDraws()),
            fixedDraws(singleApplicationDraws()),
            fixedDraws(maximalDraws()));
    return Arbitraries.frequencyOf(
            Tuple.of(EDGE_CASE_WEIGHT, edgeCases),
            Tuple.of(100 - EDGE_CASE_WEIGHT, draws(REPORT_BOUNDS)))
        .map(draws -> ReportGenerator.valid(Draws.replay(draws, REPORT_BOUNDS)));
  }

  /**
   * Valid reports as read from published pages: {@link #validReports()} with some cells that hold 0
   * marked blank or not applicable, cell by cell or as whole rows (see {@link
   * ReportGenerator#published}). Their only findings are {@code CELL-BLANK} and {@code
   * CELL-NOT-APPLICABLE}. The arbitrary shrinks towards the unmarked all-zero report.
   */
  public static Arbitrary<AnnualReport> publishedReports() {
    List<Integer> bounds = Draws.bounds(r -> PrintedMarks.apply(ReportFixtures.zero(), r));
    return Combinators.combine(validReports(), draws(bounds))
        .as((report, draws) -> PrintedMarks.apply(report, Draws.replay(draws, bounds)));
  }

  /**
   * Invalid reports with one defect each, breaking any of the rules in {@link Defects#generable()},
   * chosen uniformly.
   */
  public static Arbitrary<InvalidReport> invalidReports() {
    List<Arbitrary<InvalidReport>> all = new ArrayList<>();
    for (String ruleId : Defects.generable()) {
      all.add(invalidReports(ruleId));
    }
    return Arbitraries.oneOf(all);
  }

  /**
   * Invalid reports breaking one rule of {@link Defects#generable()}: a valid report with a defect
   * for that rule applied, so that every sample has {@code ruleId} among its broken rules.
   *
   * @throws IllegalArgumentException if no defect breaks that rule
   */
  public static Arbitrary<InvalidReport> invalidReports(String ruleId) {
    Defects.Defect defect = Defects.defect(ruleId);
    List<Integer> bounds = Draws.bounds(r -> defect.apply(ReportFixtures.zero(), r));
    return Combinators.combine(validReports(), draws(bounds))
        .as((report, draws) -> defect.apply(report, Draws.replay(draws, bounds)));
  }

  /**
   * Valid reports of one organ for {@code n} (at least 1) consecutive years, as unmodifiable lists,
   * earliest year first; see {@link YearSequences#consecutive}.
   */
  public static Arbitrary<List<AnnualReport>> consecutiveYears(int n) {
    List<Integer> bounds = Draws.bounds(r -> YearSequences.consecutive(n, r));
    return draws(bounds).map(draws -> YearSequences.consecutive(n, Draws.replay(draws, bounds)));
  }

  /**
   * Sequences of {@code n} (at least 2) years that break one cross-year rule of {@link
   * YearSequences#generable()}; see {@link YearSequences#broken}.
   */
  public static Arbitrary<InvalidSequence> brokenConsecutiveYears(String ruleId, int n) {
    List<Integer> bounds = Draws.bounds(r -> YearSequences.broken(ruleId, n, r));
    return draws(bounds).map(draws -> YearSequences.broken(ruleId, n, Draws.replay(draws, bounds)));
  }

  /** One uniform integer per bound; uniform so that shapes match the seeded fixtures. */
  private static Arbitrary<List<Integer>> draws(List<Integer> bounds) {
    List<Arbitrary<Integer>> parts = new ArrayList<>(bounds.size());
    for (int bound : bounds) {
      parts.add(
          Arbitraries.integers()
              .between(0, bound)
              .withDistribution(RandomDistribution.uniform())
              .withoutEdgeCases());
    }
    return Combinators.combine(parts).as(draws -> draws);
  }

  /** Draws that start at the given values and shrink towards 0 like the uniform ones. */
  private static Arbitrary<List<Integer>> fixedDraws(List<Integer> values) {
    List<Arbitrary<Integer>> parts = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      BigInteger value = BigInteger.valueOf(values.get(i));
      RandomDistribution fixed = (genSize, min, max, target) -> random -> value;
      parts.add(
          Arbitraries.integers()
              .between(0, REPORT_BOUNDS.get(i))
              .withDistribution(fixed)
              .withoutEdgeCases());
    }
    return Combinators.combine(parts).as(draws -> draws);
  }

  static List<Integer> zeroDraws() {
    return Collections.nCopies(REPORT_BOUNDS.size(), 0);
  }

  /** An organ of the smallest non-zero size with one natural person's application, disclosed. */
  static List<Integer> singleApplicationDraws() {
    List<Integer> draws = new ArrayList<>(zeroDraws());
    draws.set(ReportGenerator.ACTIVITY_DRAW, ReportGenerator.RAW / 10);
    draws.set(ReportGenerator.FIRST_CELL_DRAW, ReportGenerator.RAW);
    return draws;
  }

  static List<Integer> maximalDraws() {
    return REPORT_BOUNDS;
  }
}
