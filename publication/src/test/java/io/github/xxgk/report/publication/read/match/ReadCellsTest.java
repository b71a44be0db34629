package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.problem.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The array of cells read behaves as the map it stands for, iterating in catalogue order. */
class ReadCellsTest {
  private static ReadCell read(Cell cell, int value) {
    return new ReadCell(cell, BigDecimal.valueOf(value), null, "" + value, SourcePosition.of(1, 1));
  }

  @Test
  void behavesAsAMapOfTheCellsSetInCatalogueOrder() {
    ReadCells cells = new ReadCells();
    Map<Cell, ReadCell> expected = new HashMap<>();
    List<Cell> all = FormCells.all();
    // set out of order, one twice, one cleared
    for (int i : new int[] {150, 3, 199, 0, 77, 3}) {
      ReadCell value = read(all.get(i), i);
      cells.set(value);
      expected.put(all.get(i), value);
    }
    cells.clear(all.get(77));
    cells.clear(all.get(78));
    expected.remove(all.get(77));

    assertEquals(expected, cells);
    assertEquals(expected.hashCode(), cells.hashCode());
    assertEquals(4, cells.size());
    assertSame(expected.get(all.get(3)), cells.get(all.get(3)));
    assertSame(expected.get(all.get(3)), cells.of(all.get(3)));
    assertTrue(cells.containsKey(all.get(199)));
    assertFalse(cells.containsKey(all.get(77)));
    assertNull(cells.get("/applications"));
    List<Cell> order = new ArrayList<>();
    cells.forEach((cell, value) -> order.add(cell));
    assertEquals(Arrays.asList(all.get(0), all.get(3), all.get(150), all.get(199)), order);
    List<ReadCell> values = new ArrayList<>(cells.values());
    assertEquals(4, values.size());
    assertSame(cells.get(all.get(150)), values.get(2));
  }

  @Test
  void isUnmodifiableFromOutside() {
    ReadCells cells = new ReadCells();
    Cell cell = FormCells.all().get(5);
    cells.set(read(cell, 1));
    assertThrows(UnsupportedOperationException.class, () -> cells.put(cell, read(cell, 2)));
    assertThrows(UnsupportedOperationException.class, () -> cells.remove(cell));
    assertThrows(UnsupportedOperationException.class, () -> cells.entrySet().clear());
    assertThrows(UnsupportedOperationException.class, () -> cells.values().clear());
    assertEquals(1, cells.size());
  }
}
