package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CatalogueProperties {

  /**
   * Filling the tables from values and reading every cell back gives the values: each cell is
   * reachable on its own.
   */
  @Property(tries = 300)
  void everyCellReadsBackWhatWasFilledIn(
      @ForAll("cells") int[] counts, @ForAll("fees") BigDecimal fee) {
    AnnualReport report =
        ReportsWithCells.grid(counts, fee)
            .fill(AnnualReport.builder().organ("o").year(2024))
            .build();
    for (Cell cell : FormCells.all()) {
      if (cell.isMoney()) {
        assertEquals(fee, cell.amount(report));
        assertEquals(fee, cell.value(report));
        assertThrows(UnsupportedOperationException.class, () -> cell.count(report));
      } else {
        int i = FormCells.all().indexOf(cell);
        assertEquals(counts[i], cell.count(report), cell.pointer());
        assertEquals(BigDecimal.valueOf(counts[i]), cell.amount(report));
        assertEquals(counts[i], cell.value(report));
      }
    }
  }

  /** The grid's bulk reader walks the model in exactly the catalogue's order. */
  @Property(tries = 300)
  void readingAllCountsAtOnceAgreesWithEachCell(
      @ForAll("cells") int[] counts, @ForAll("fees") BigDecimal fee) {
    AnnualReport report =
        ReportsWithCells.grid(counts, fee)
            .fill(AnnualReport.builder().organ("o").year(2024))
            .build();
    CellGrid read = CellGrid.of(report);
    for (Cell cell : FormCells.all()) {
      assertEquals(cell.amount(report), read.amount(cell), cell.pointer());
    }
  }

  /** Reading every count and filling the tables back with them rebuilds an equal report. */
  @Property(tries = 200)
  void readingAndFillingBackIsTheIdentity(@ForAll("reports") AnnualReport report) {
    assertEquals(report, CellGrid.of(report).fill(AnnualReport.builder().from(report)).build());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<AnnualReport> reports() {
    return ReportsWithCells.reports(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<int[]> cells() {
    return ReportsWithCells.counts(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<BigDecimal> fees() {
    return ReportsWithCells.money();
  }
}
