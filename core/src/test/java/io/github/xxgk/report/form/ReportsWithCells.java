package io.github.xxgk.report.form;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary reports for core's own properties: every cell drawn independently, so totals are
 * usually wrong, which the model must hold all the same.
 */
public final class ReportsWithCells {
  private ReportsWithCells() {}

  /** 199 count cells and the money cell, in catalogue order (the money cell is index 9). */
  public static Arbitrary<int[]> counts(int min, int max) {
    return Arbitraries.integers()
        .between(min, max)
        .list()
        .ofSize(FormCells.SIZE)
        .map(ReportsWithCells::toArray);
  }

  /** Exact money values with various scales, including negative ones. */
  public static Arbitrary<BigDecimal> money() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
            Arbitraries.integers().between(0, 6))
        .as(BigDecimal::valueOf);
  }

  /** Reports whose every cell is drawn from [min, max], with random metadata. */
  public static Arbitrary<AnnualReport> reports(int min, int max) {
    return Combinators.combine(
            counts(min, max),
            money(),
            Arbitraries.strings().ofMaxLength(30),
            Arbitraries.integers().between(1990, 2100),
            Arbitraries.of(OrganKind.class).injectNull(0.3),
            Arbitraries.strings().ofMaxLength(50).injectNull(0.3),
            marks())
        .as(
            (counts, fee, organ, year, kind, text, marks) -> {
              AnnualReport.Builder builder =
                  AnnualReport.builder()
                      .organ(organ)
                      .year(year)
                      .overview(java.util.Optional.ofNullable(text));
              if (kind != null) {
                builder.organKind(kind).publishedOn(LocalDate.of(year + 1, 1, 15));
              }
              int[] cells = counts.clone();
              BigDecimal amount = fee;
              for (int i = 0; i < marks.size(); i++) {
                if (marks.get(i) == 0) {
                  continue;
                }
                Cell cell = FormCells.all().get(i);
                if (marks.get(i) == 1) {
                  builder.addBlankCells(cell);
                } else {
                  builder.addNotApplicableCells(cell);
                }
                // A marked cell holds 0: the model refuses anything else.
                cells[i] = 0;
                if (cell.isMoney()) {
                  amount = BigDecimal.ZERO;
                }
              }
              return grid(cells, amount).fill(builder).build();
            });
  }

  /**
   * A grid with the counts by place in the catalogue (the money cell's slot ignored) and the fee:
   * for tests that draw every cell at random.
   */
  public static CellGrid grid(int[] counts, BigDecimal fee) {
    CellGrid grid = new CellGrid();
    for (int i = 0; i < FormCells.SIZE; i++) {
      Cell cell = FormCells.all().get(i);
      if (cell.isMoney()) {
        grid.set(cell, fee);
      } else {
        grid.set(cell, counts[i]);
      }
    }
    return grid;
  }

  /** Per cell: 0 unmarked, 1 blank, 2 not applicable; a third of the reports have no marks. */
  public static Arbitrary<List<Integer>> marks() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(java.util.Collections.<Integer>emptyList())),
        Tuple.of(2, Arbitraries.of(0, 0, 0, 0, 0, 0, 0, 1, 2).list().ofSize(FormCells.SIZE)));
  }

  private static int[] toArray(List<Integer> list) {
    int[] array = new int[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }
}
