package io.github.xxgk.report.json;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random reports for the JSON tests: every cell drawn independently (totals included, so they are
 * usually wrong, as published totals may be), counts over the whole {@code int} range, money of any
 * scale the reader allows, and text of any Unicode scalar values.
 */
final class RandomReports {
  private RandomReports() {}

  static Arbitrary<AnnualReport> reports() {
    return reports(Arbitraries.integers());
  }

  /** Reports whose counts are drawn from the given values. */
  static Arbitrary<AnnualReport> reports(Arbitrary<Integer> counts) {
    Arbitrary<List<Integer>> cells = counts.list().ofSize(FormCells.SIZE);
    Arbitrary<AnnualReport.Builder> metadata =
        Combinators.combine(
                text().filter(s -> !s.isEmpty()),
                Arbitraries.of(OrganKind.class).optional(),
                Arbitraries.integers(),
                dates().optional(),
                text().optional(),
                text().optional(),
                text().optional())
            .as(
                (organ, kind, year, date, overview, problems, other) ->
                    AnnualReport.builder()
                        .organ(organ)
                        .organKind(kind)
                        .year(year)
                        .publishedOn(date)
                        .overview(overview)
                        .problemsAndImprovements(problems)
                        .otherMatters(other));
    return Combinators.combine(metadata, cells, money(), marks())
        .as(
            (builder, values, amount, marks) -> {
              for (int i = 0; i < marks.size(); i++) {
                if (marks.get(i) == 1) {
                  builder.addBlankCells(FormCells.all().get(i));
                } else if (marks.get(i) == 2) {
                  builder.addNotApplicableCells(FormCells.all().get(i));
                }
              }
              // A marked cell holds 0, in any of the ways the contract allows.
              CellGrid grid = new CellGrid();
              for (int i = 0; i < FormCells.SIZE; i++) {
                Cell cell = FormCells.all().get(i);
                boolean marked = !marks.isEmpty() && marks.get(i) != 0;
                if (cell.isMoney()) {
                  grid.set(cell, marked ? BigDecimal.ZERO.setScale(2) : amount);
                } else {
                  grid.set(cell, marked ? 0 : values.get(i));
                }
              }
              return grid.fill(builder).build();
            });
  }

  /** Per cell: 0 unmarked, 1 blank, 2 not applicable; a third of the reports have no marks. */
  static Arbitrary<List<Integer>> marks() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Collections.<Integer>emptyList())),
        Tuple.of(2, Arbitraries.of(0, 0, 0, 0, 0, 0, 0, 1, 2).list().ofSize(FormCells.SIZE)));
  }

  static Arbitrary<BigDecimal> money() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.bigIntegers()
            .between(
                new BigInteger("-99999999999999999999"), new BigInteger("99999999999999999999"));
    Arbitrary<Integer> scale =
        Arbitraries.integers().between(-ReportJson.MAX_MONEY_SCALE, ReportJson.MAX_MONEY_SCALE);
    return Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Text of Unicode scalar values: anything but lone surrogates, which UTF-8 cannot carry. */
  static Arbitrary<String> text() {
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 0x7F)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x4E00, 0x9FFF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x80, 0xD7FF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)));
    return codePoints
        .list()
        .ofMaxSize(40)
        .map(
            points -> {
              StringBuilder text = new StringBuilder();
              for (int point : points) {
                text.appendCodePoint(point);
              }
              return text.toString();
            });
  }
}
