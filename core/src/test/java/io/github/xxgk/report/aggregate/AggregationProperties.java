package io.github.xxgk.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.ReportsWithCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantSums;
import io.github.xxgk.report.model.CaseResults;
import java.util.Arrays;
import java.util.Collections;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AggregationProperties {
  private static final String COUNTY = "某县人民政府";

  @Provide
  Arbitrary<AnnualReport> reports() {
    // Three parts of at most 10^8 per cell cannot overflow an int, nor can 22 rows of them.
    return ReportsWithCells.reports(-10_000_000, 10_000_000);
  }

  private static AnnualReport sum(AnnualReport... reports) {
    return AnnualReports.sum(COUNTY, 2024, Arrays.asList(reports));
  }

  @Property(tries = 200)
  void everyCellIsTheSumOfThatCell(
      @ForAll("reports") AnnualReport a, @ForAll("reports") AnnualReport b) {
    AnnualReport sum = sum(a, b);
    for (Cell cell : FormCells.all()) {
      assertEquals(cell.amount(a).add(cell.amount(b)), cell.amount(sum), cell.pointer());
    }
    assertEquals(COUNTY, sum.organ());
    assertEquals(2024, sum.year());
  }

  @Property(tries = 200)
  void isCommutative(@ForAll("reports") AnnualReport a, @ForAll("reports") AnnualReport b) {
    assertEquals(sum(a, b), sum(b, a));
  }

  @Property(tries = 200)
  void isAssociative(
      @ForAll("reports") AnnualReport a,
      @ForAll("reports") AnnualReport b,
      @ForAll("reports") AnnualReport c) {
    assertEquals(sum(sum(a, b), c), sum(a, sum(b, c)));
    assertEquals(sum(a, b, c), sum(sum(a, b), c));
  }

  @Property(tries = 200)
  void theAllZeroReportIsTheIdentity(@ForAll("reports") AnnualReport a) {
    AnnualReport zero = AnnualReports.sum(COUNTY, 2024, Collections.<AnnualReport>emptyList());
    AnnualReport alone = sum(a);
    assertEquals(alone, sum(a, zero));
    assertEquals(alone, sum(zero, a));
    for (Cell cell : FormCells.all()) {
      assertEquals(0, cell.amount(zero).signum(), cell.pointer());
    }
  }

  @Property(tries = 200)
  void computedSumsOfASumAreTheSumsOfComputedSums(
      @ForAll("reports") AnnualReport a, @ForAll("reports") AnnualReport b) {
    AnnualReport sum = sum(a, b);
    ApplicantSums total = sum.applications().outcomes().computedTotal();
    ApplicantSums ta = a.applications().outcomes().computedTotal();
    ApplicantSums tb = b.applications().outcomes().computedTotal();
    assertEquals(ta.naturalPerson() + tb.naturalPerson(), total.naturalPerson());
    assertEquals(ta.otherOrganization() + tb.otherOrganization(), total.otherOrganization());
    assertEquals(ta.total() + tb.total(), total.total());
    assertEquals(
        a.applications().newlyReceived().computedTotal()
            + b.applications().newlyReceived().computedTotal(),
        sum.applications().newlyReceived().computedTotal());
    CaseResults ra = a.reconsiderationAndLitigation().reconsideration();
    CaseResults rb = b.reconsiderationAndLitigation().reconsideration();
    assertEquals(
        ra.computedTotal() + rb.computedTotal(),
        sum.reconsiderationAndLitigation().reconsideration().computedTotal());
  }

  @Test
  void aSumThatDoesNotFitAnIntNamesTheCell() {
    AnnualReport big = AnnualReports.sum(COUNTY, 2024, Collections.<AnnualReport>emptyList());
    AnnualReport huge =
        AnnualReport.builder()
            .from(big)
            .proactiveDisclosure(
                io.github.xxgk.report.model.ProactiveDisclosure.builder()
                    .from(big.proactiveDisclosure())
                    .licensing(io.github.xxgk.report.model.DecisionCount.of(Integer.MAX_VALUE))
                    .build())
            .build();
    ArithmeticException overflow = assertThrows(ArithmeticException.class, () -> sum(huge, huge));
    assertTrue(
        overflow.getMessage().contains("/proactiveDisclosure/licensing/decisions"),
        overflow.getMessage());
  }
}
