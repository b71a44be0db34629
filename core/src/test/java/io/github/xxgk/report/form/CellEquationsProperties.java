package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Equations over cells, checked against the grid's own counts one cell at a time. */
class CellEquationsProperties {
  private static final Cell FEE =
      FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);

  /** Random grids and random equations, many of them made to hold by setting the stated cell. */
  @Property
  void findsExactlyTheEquationsThatDoNotHold(@ForAll long seed) {
    Random random = new Random(seed);
    List<Cell> counts = new ArrayList<>(FormCells.all());
    counts.remove(FEE);
    CellGrid grid = new CellGrid();
    for (Cell cell : counts) {
      int value =
          random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(100) - random.nextInt(3);
      grid.set(cell, value);
    }
    CellEquations.Builder builder = CellEquations.builder();
    List<Cell> stated = new ArrayList<>();
    List<List<Cell>> added = new ArrayList<>();
    List<List<Cell>> subtracted = new ArrayList<>();
    int n = random.nextInt(12);
    for (int e = 0; e < n; e++) {
      Cell total = counts.get(random.nextInt(counts.size()));
      List<Cell> plus = pick(random, counts, 25);
      List<Cell> minus = pick(random, counts, 3);
      long sum = sum(grid, plus) - sum(grid, minus);
      if (random.nextBoolean()
          && sum == (int) sum
          && !plus.contains(total)
          && !minus.contains(total)) {
        grid.set(total, (int) sum);
      }
      builder.add(total, plus, minus);
      stated.add(total);
      added.add(plus);
      subtracted.add(minus);
    }
    CellEquations equations = builder.build();
    assertEquals(n, equations.size());
    List<Integer> expected = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      long computed = sum(grid, added.get(e)) - sum(grid, subtracted.get(e));
      assertEquals(computed, equations.computed(grid, e));
      if (computed != grid.count(stated.get(e))) {
        expected.add(e);
      }
    }
    List<Integer> found = new ArrayList<>();
    for (int e = equations.nextFailing(grid, 0); e >= 0; e = equations.nextFailing(grid, e + 1)) {
      found.add(e);
    }
    assertEquals(expected, found);
  }

  private static List<Cell> pick(Random random, List<Cell> cells, int most) {
    List<Cell> picked = new ArrayList<>();
    for (int i = random.nextInt(most + 1); i > 0; i--) {
      picked.add(cells.get(random.nextInt(cells.size())));
    }
    return picked;
  }

  private static long sum(CellGrid grid, List<Cell> cells) {
    long sum = 0;
    for (Cell cell : cells) {
      sum += grid.count(cell);
    }
    return sum;
  }

  @Test
  void theFormsSumsHoldInTheRealReportAndFailWhereATotalIsChanged() {
    CellEquations.Builder builder = CellEquations.builder();
    for (CellSum sum : FormCells.sums()) {
      builder.add(sum.total(), sum.terms(), Collections.<Cell>emptyList());
    }
    CellEquations equations = builder.build();
    CellGrid grid = CellGrid.of(io.github.xxgk.report.examples.LinfenYaodu2024.report());
    assertEquals(-1, equations.nextFailing(grid, 0));
    CellSum third = FormCells.sums().get(2);
    grid.set(third.total(), grid.count(third.total()) + 1);
    assertEquals(2, equations.nextFailing(grid, 0));
    // The changed row total is also a term of its column's outcome total, if its row is one.
    int next = -1;
    for (int e = FormCells.sums().size() - 1; e > 2; e--) {
      if (FormCells.sums().get(e).terms().contains(third.total())) {
        next = e;
      }
    }
    assertEquals(next, equations.nextFailing(grid, 3));
    assertEquals(grid.count(third.total()) - 1, equations.computed(grid, 2));
  }

  @Test
  void refusesTheMoneyCellAndEquationsItDoesNotHave() {
    List<Cell> none = Collections.emptyList();
    Cell count = FormCells.all().get(0);
    assertThrows(
        IllegalArgumentException.class, () -> CellEquations.builder().add(FEE, none, none));
    assertThrows(
        IllegalArgumentException.class,
        () -> CellEquations.builder().add(count, Collections.singletonList(FEE), none));
    CellEquations one = CellEquations.builder().add(count, none, none).build();
    assertThrows(IndexOutOfBoundsException.class, () -> one.computed(new CellGrid(), 1));
    assertThrows(IndexOutOfBoundsException.class, () -> one.computed(new CellGrid(), -1));
  }
}
