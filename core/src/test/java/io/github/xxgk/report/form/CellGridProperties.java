package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Reading, changing and building back the cells of a report through a grid. */
class CellGridProperties {
  private static final AnnualReport REPORT = LinfenYaodu2024.report();
  private static final Cell FEE =
      FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);

  @Property
  void changesExactlyOneCountCell(
      @ForAll @IntRange(min = 0, max = FormCells.SIZE - 1) int index, @ForAll int value) {
    Cell cell = FormCells.all().get(index);
    if (cell.isMoney()) {
      assertThrows(UnsupportedOperationException.class, () -> CellGrid.of(REPORT).set(cell, value));
      return;
    }
    AnnualReport changed = CellGrid.of(REPORT).set(cell, value).toReport();
    for (Cell other : FormCells.all()) {
      Number expected = other == cell ? Integer.valueOf(value) : other.value(REPORT);
      assertEquals(expected, other.value(changed), other.pointer());
    }
    assertEquals(REPORT.organ(), changed.organ());
    assertEquals(REPORT.overview(), changed.overview());
    assertEquals(REPORT.publishedOn(), changed.publishedOn());
  }

  @Property
  void findsANegativeCountInAnyCell(
      @ForAll @IntRange(min = 0, max = FormCells.SIZE - 1) int index,
      @ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int value) {
    Cell cell = FormCells.all().get(index);
    if (cell.isMoney()) {
      return;
    }
    CellGrid grid = CellGrid.of(REPORT);
    assertFalse(grid.anyNegativeCount());
    grid.set(cell, value);
    assertEquals(value < 0, grid.anyNegativeCount(), cell.pointer());
  }

  @Test
  void readsEveryCellAsTheCatalogueDoes() {
    CellGrid grid = CellGrid.of(REPORT);
    for (Cell cell : FormCells.all()) {
      assertTrue(grid.isSet(cell), cell.pointer());
      assertEquals(0, grid.amount(cell).compareTo(cell.amount(REPORT)), cell.pointer());
      if (!cell.isMoney()) {
        assertEquals(cell.count(REPORT), grid.count(cell), cell.pointer());
      }
    }
    assertThrows(UnsupportedOperationException.class, () -> grid.count(FEE));
  }

  @Test
  void changesTheFeeWithItsScale() {
    AnnualReport changed = CellGrid.of(REPORT).set(FEE, new BigDecimal("1.50")).toReport();
    assertEquals(new BigDecimal("1.50"), FEE.amount(changed));
    assertEquals(2, FEE.amount(changed).scale());
    Cell count = FormCells.all().get(0);
    assertThrows(
        UnsupportedOperationException.class, () -> new CellGrid().set(count, BigDecimal.ONE));
  }

  @Test
  void settingACellToItsValueGivesAnEqualReport() {
    Cell cell = FormCells.byPointer("/applications/newlyReceived/naturalPerson").get();
    assertEquals(REPORT, CellGrid.of(REPORT).set(cell, cell.count(REPORT)).toReport());
  }

  @Test
  void aNewGridIsAllZeroAndUnsetAndHasNoReportToCopy() {
    CellGrid grid = new CellGrid();
    for (Cell cell : FormCells.all()) {
      assertFalse(grid.isSet(cell), cell.pointer());
      assertEquals(0, grid.amount(cell).signum(), cell.pointer());
    }
    assertThrows(IllegalStateException.class, grid::toReport);
    AnnualReport built = grid.fill(AnnualReport.builder().organ("某机关").year(2024)).build();
    for (Cell cell : FormCells.all()) {
      assertEquals(0, cell.amount(built).signum(), cell.pointer());
    }
  }

  /** Omitted totals come out as the model computes a total a builder is not given. */
  @Property
  void omittedTotalsAreFilledAsTheModelFillsThem(
      @ForAll @IntRange(min = 0, max = 1000) int a,
      @ForAll @IntRange(min = 0, max = 1000) int b,
      @ForAll boolean outcomesRowGiven) {
    CellGrid grid = CellGrid.of(REPORT);
    Cell changed = FormCells.applications(ApplicationRow.NOT_HELD, ApplicantColumn.NATURAL_PERSON);
    Cell other = FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.PENDING);
    grid.set(changed, a).set(other, b);
    for (Cell cell : FormCells.all()) {
      if (cell.isTotal()
          && (!outcomesRowGiven
              || cell.row() != ApplicationRow.OUTCOMES_TOTAL
              || cell.column().isTotal())) {
        grid.unset(cell);
      }
    }
    if (outcomesRowGiven) {
      // A stated 三（七） row is kept; only its total is filled, from the row.
      for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
        grid.set(FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, column), 1);
      }
    }
    assertTrue(grid.fillOmittedTotals().isEmpty());
    AnnualReport filled = grid.toReport();
    for (CellSum sum : FormCells.sums()) {
      assertTrue(grid.isSet(sum.total()), sum.toString());
      boolean corner = sum.total().row() == ApplicationRow.OUTCOMES_TOTAL;
      if (outcomesRowGiven && corner && sum.kind() == CellSum.Kind.OUTCOME_TOTAL) {
        continue; // the stated 三（七） need not be the column sums
      }
      long expected = 0;
      for (Cell term : sum.terms()) {
        expected += term.count(filled);
      }
      assertEquals(expected, sum.total().count(filled), sum.toString());
    }
    ApplicantCounts notHeld = filled.applications().outcomes().unableToProvide().notHeld();
    assertEquals(notHeld.computedTotal(), notHeld.total());
  }

  @Test
  void aTotalWhoseSumDoesNotFitInAnIntIsLeftUnsetAndNamed() {
    CellGrid grid = new CellGrid();
    grid.set(
        FormCells.applications(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON),
        Integer.MAX_VALUE);
    grid.set(
        FormCells.applications(ApplicationRow.DISCLOSED, ApplicantColumn.COMMERCIAL_ENTERPRISE), 1);
    Cell total = FormCells.applications(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL);
    List<Cell> overflowing = grid.fillOmittedTotals();
    assertTrue(overflowing.contains(total), overflowing::toString);
    assertFalse(grid.isSet(total));
    // The corner adds that total up, so it stays unset too; the other row totals are filled.
    assertFalse(
        grid.isSet(FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, ApplicantColumn.TOTAL)));
    assertTrue(
        grid.isSet(FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)));
  }

  @Test
  void theSumsAreTheFormsPrintedTotals() {
    int rows = 0;
    int outcomes = 0;
    int cases = 0;
    for (CellSum sum : FormCells.sums()) {
      assertTrue(sum.total().isTotal(), sum.toString());
      rows += sum.kind() == CellSum.Kind.ROW_TOTAL ? 1 : 0;
      outcomes += sum.kind() == CellSum.Kind.OUTCOME_TOTAL ? 1 : 0;
      cases += sum.kind() == CellSum.Kind.CASE_TOTAL ? 1 : 0;
    }
    assertEquals(25, rows);
    assertEquals(7, outcomes);
    assertEquals(3, cases);
    assertEquals(21, ApplicationRow.OUTCOME_ROWS.size());
    assertEquals(6, ApplicantColumn.APPLICANTS.size());
    assertEquals(4, CaseColumn.RESULTS.size());
  }
}
