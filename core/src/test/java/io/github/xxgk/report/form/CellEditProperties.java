package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Changing one cell of a report changes that cell and no other. */
class CellEditProperties {
  private static final AnnualReport REPORT = LinfenYaodu2024.report();

  @Property
  void changesExactlyOneCountCell(
      @ForAll @IntRange(min = 0, max = FormCells.SIZE - 1) int index, @ForAll int value) {
    Cell cell = FormCells.all().get(index);
    if (cell.isMoney()) {
      assertThrows(UnsupportedOperationException.class, () -> cell.withCount(REPORT, value));
      return;
    }
    AnnualReport changed = cell.withCount(REPORT, value);
    for (Cell other : FormCells.all()) {
      Number expected = other == cell ? Integer.valueOf(value) : other.value(REPORT);
      assertEquals(expected, other.value(changed), other.pointer());
    }
    assertEquals(REPORT.organ(), changed.organ());
    assertEquals(REPORT.overview(), changed.overview());
    assertEquals(REPORT.publishedOn(), changed.publishedOn());
  }

  @Test
  void changesTheFeeWithItsScale() {
    Cell fee = FormCells.all().stream().filter(Cell::isMoney).findFirst().get();
    AnnualReport changed = fee.withAmount(REPORT, new BigDecimal("1.50"));
    assertEquals(new BigDecimal("1.50"), fee.amount(changed));
    assertEquals(2, fee.amount(changed).scale());
    Cell count = FormCells.all().get(0);
    assertThrows(UnsupportedOperationException.class, () -> count.withAmount(REPORT, BigDecimal.ONE));
  }

  @Test
  void settingACellToItsValueGivesAnEqualReport() {
    Cell cell = FormCells.byPointer("/applications/newlyReceived/naturalPerson").get();
    assertEquals(REPORT, cell.withCount(REPORT, cell.count(REPORT)));
  }
}
