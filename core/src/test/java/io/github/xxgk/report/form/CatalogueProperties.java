package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CatalogueProperties {

  /** Filling the tables from values and reading every cell back gives the values: each cell is reachable on its own. */
  @Property(tries = 300)
  void everyCellReadsBackWhatWasFilledIn(@ForAll("cells") int[] counts, @ForAll("fees") BigDecimal fee) {
    AnnualReport report =
        FormCells.fillTables(AnnualReport.builder().organ("o").year(2024), CellValues.of(counts, fee))
            .build();
    for (Cell cell : FormCells.all()) {
      if (cell.isMoney()) {
        assertEquals(fee, cell.amount(report));
        assertEquals(fee, cell.value(report));
        assertThrows(UnsupportedOperationException.class, () -> cell.count(report));
      } else {
        assertEquals(counts[cell.index()], cell.count(report), cell.pointer());
        assertEquals(BigDecimal.valueOf(counts[cell.index()]), cell.amount(report));
        assertEquals(counts[cell.index()], cell.value(report));
      }
    }
  }

  /** The bulk reader walks the model in exactly the catalogue's order. */
  @Property(tries = 300)
  void readingAllCountsAtOnceAgreesWithEachCell(@ForAll("cells") int[] counts, @ForAll("fees") BigDecimal fee) {
    AnnualReport report =
        FormCells.fillTables(AnnualReport.builder().organ("o").year(2024), CellValues.of(counts, fee))
            .build();
    int[] read = new int[FormCells.SIZE];
    java.util.Arrays.fill(read, 42);
    FormCells.readCounts(report, read);
    for (Cell cell : FormCells.all()) {
      assertEquals(cell.isMoney() ? 0 : cell.count(report), read[cell.index()], cell.pointer());
    }
    assertThrows(IllegalArgumentException.class, () -> FormCells.readCounts(report, new int[FormCells.SIZE - 1]));
  }

  /** Reading every count and filling the tables back with them rebuilds an equal report. */
  @Property(tries = 200)
  void readingAndFillingBackIsTheIdentity(@ForAll("reports") AnnualReport report) {
    int[] counts = new int[FormCells.SIZE];
    FormCells.readCounts(report, counts);
    BigDecimal fee = report.proactiveDisclosure().fees().amountWanYuan();
    assertEquals(
        report, FormCells.fillTables(AnnualReport.builder().from(report), CellValues.of(counts, fee)).build());
    assertThrows(IllegalArgumentException.class, () -> CellValues.of(new int[FormCells.SIZE - 1], fee));
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
