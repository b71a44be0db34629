package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.validation.Rules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private static final int SAMPLES = 2000;

  /** Vigna's reference values of SplitMix64 for seed 1234567. */
  @Test
  void splitMix64MatchesTheReferenceSequence() {
    SplitMix64 random = new SplitMix64(1234567);
    assertEquals(6457827717110365317L, random.nextLong());
    assertEquals(3203168211198807973L, random.nextLong());
    assertEquals(-8629252141511181193L, random.nextLong());
  }

  @Test
  void everyDerivationMakesTheSameDrawsWhateverItDraws() {
    List<Consumer<Randomness>> derivations = new ArrayList<>();
    derivations.add(ReportGenerator::valid);
    derivations.add(ReportGenerator::published);
    derivations.add(r -> ReportGenerator.nextYear(ReportFixtures.valid(3), r));
    derivations.add(r -> YearSequences.consecutive(4, r));
    for (String rule : Defects.generable()) {
      derivations.add(r -> Defects.apply(rule, ReportFixtures.valid(5), r));
    }
    for (String rule : YearSequences.generable()) {
      derivations.add(r -> YearSequences.broken(rule, 3, r));
    }
    for (Consumer<Randomness> derivation : derivations) {
      List<Integer> bounds = Draws.bounds(derivation);
      for (long seed = 0; seed < 50; seed++) {
        SplitMix64 random = new SplitMix64(seed);
        List<Integer> seen = new ArrayList<>();
        derivation.accept(
            max -> {
              seen.add(max);
              return random.upTo(max);
            });
        assertEquals(bounds, seen);
      }
    }
  }

  @Test
  void theZeroReportHasNothingInItsTables() {
    AnnualReport zero = ReportFixtures.zero();
    for (Cell cell : FormCells.all()) {
      assertEquals(0, cell.amount(zero).signum(), cell.pointer());
    }
  }

  @Test
  void theSingleApplicationEdgeCaseHasOneApplicationFromANaturalPerson() {
    AnnualReport report = replay(ReportArbitraries.singleApplicationDraws());
    int nonZero = 0;
    for (Cell cell : FormCells.of(io.github.xxgk.report.form.FormTable.APPLICATIONS)) {
      nonZero += cell.count(report) == 0 ? 0 : 1;
    }
    ApplicantCounts newly = report.applications().newlyReceived();
    assertEquals(1, newly.naturalPerson());
    assertEquals(1, newly.total());
    assertEquals(1, report.applications().outcomes().disclosed().naturalPerson());
    assertEquals(1, report.applications().outcomes().total().total());
    // 一, 三（一） and 三（七）, each in the natural-person and the total column.
    assertEquals(6, nonZero);
  }

  @Test
  void theMaximalEdgeCaseComesCloseToIntWithoutOverflow() {
    AnnualReport report = replay(ReportArbitraries.maximalDraws());
    long largest = 0;
    for (ApplicantCounts row : report.applications().rows()) {
      assertEquals(row.computedTotal(), row.total());
      largest = Math.max(largest, row.total());
    }
    for (ApplicantColumn column : ApplicantColumn.values()) {
      long sum = 0;
      for (ApplicantCounts row : report.applications().outcomes().rows()) {
        sum += column.read(row);
      }
      assertEquals(sum, column.read(report.applications().outcomes().total()));
    }
    assertTrue(largest > Integer.MAX_VALUE / 4, "largest total " + largest);
  }

  @Test
  void shapesAreRealistic() {
    int small = 0;
    int thousands = 0;
    long naturalPersons = 0;
    long organisations = 0;
    Set<OrganKind> kinds = EnumSet.noneOf(OrganKind.class);
    for (long seed = 0; seed < SAMPLES; seed++) {
      AnnualReport report = ReportFixtures.valid(seed);
      ApplicantCounts received = report.applications().newlyReceived();
      small += received.total() <= 10 ? 1 : 0;
      thousands += received.total() >= 1000 && received.total() < 100_000 ? 1 : 0;
      if (received.total() < 100_000) {
        naturalPersons += received.naturalPerson();
        organisations += received.total() - received.naturalPerson();
      }
      OrganKind kind = report.organKind().get();
      kinds.add(kind);
      assertTrue(report.year() >= 2021 && report.year() <= 2025, "year " + report.year());
      LocalDate published = report.publishedOn().get();
      assertTrue(published.isAfter(LocalDate.of(report.year(), 12, 31)), published.toString());
      LocalDate deadline =
          kind == OrganKind.GOVERNMENT
              ? LocalDate.of(report.year() + 1, 3, 31)
              : LocalDate.of(report.year() + 1, 1, 31);
      assertFalse(published.isAfter(deadline), published + " after " + deadline);
      assertTrue(report.otherMatters().get().contains("信息处理费"));
      assertTrue(report.organ().length() >= 6, report.organ());
    }
    assertTrue(small > SAMPLES * 6 / 10, "organs with at most 10 applications: " + small);
    assertTrue(thousands > SAMPLES / 100, "organs with thousands: " + thousands);
    assertTrue(naturalPersons > 2 * organisations, naturalPersons + " vs " + organisations);
    assertEquals(EnumSet.allOf(OrganKind.class), kinds);
  }

  @Test
  void aSequenceContinuesCarryOverAndDocumentsInForce() {
    for (long seed = 0; seed < 200; seed++) {
      List<AnnualReport> years = ReportFixtures.consecutiveYears(3, seed);
      for (int i = 1; i < years.size(); i++) {
        AnnualReport last = years.get(i - 1);
        AnnualReport next = years.get(i);
        assertEquals(last.year() + 1, next.year());
        assertEquals(last.organ(), next.organ());
        assertEquals(
            last.applications().carriedOverToNextYear(),
            next.applications().carriedOverFromPreviousYear());
        assertEquals(
            last.proactiveDisclosure().normativeDocuments().inForce()
                + next.proactiveDisclosure().normativeDocuments().issued()
                - next.proactiveDisclosure().normativeDocuments().repealed(),
            next.proactiveDisclosure().normativeDocuments().inForce());
      }
      assertTrue(years.get(2).year() <= 2025);
    }
  }

  @Test
  void noValidReportHasANegativeCell() {
    for (long seed = 0; seed < SAMPLES; seed++) {
      AnnualReport report = ReportFixtures.valid(seed);
      for (Cell cell : FormCells.all()) {
        assertTrue(
            cell.amount(report).compareTo(BigDecimal.ZERO) >= 0,
            cell.pointer() + " of seed " + seed);
      }
    }
  }

  @Test
  void fixturesAreFixedBySeed() {
    assertEquals(ReportFixtures.valid(99), ReportFixtures.valid(99));
    assertFalse(ReportFixtures.valid(99).equals(ReportFixtures.valid(100)));
    assertEquals(
        ReportFixtures.invalid(Rules.APPLICATIONS_BALANCE, 7),
        ReportFixtures.invalid(Rules.APPLICATIONS_BALANCE, 7));
  }

  private static AnnualReport replay(List<Integer> draws) {
    return ReportGenerator.valid(Draws.replay(draws, Draws.bounds(ReportGenerator::valid)));
  }
}
