package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.testkit.ReportArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every valid generated report, printed in the layouts real portals use, reads back equal: every
 * cell, the blank and not-applicable marks, the organ, year and date.
 */
class PublishedRoundTripProperties {
  @Provide
  Arbitrary<AnnualReport> reports() {
    return ReportArbitraries.validReports();
  }

  @Property(tries = 60)
  void everyLayoutReadsBackEqual(
      @ForAll("reports") AnnualReport report, @ForAll TestPages.Layout layout, @ForAll long seed) {
    Random random = new Random(seed);
    TestPages.Style style = new TestPages.Style();
    style.fullWidthDigits = random.nextInt(4) == 0;
    style.breakLabels = layout != TestPages.Layout.TEXT_TAB_ROWS && random.nextBoolean();
    style.thousands = random.nextInt(3) == 0;
    for (Cell cell : FormCells.all()) {
      if (cell.value(report).doubleValue() == 0 && random.nextInt(4) == 0) {
        (random.nextBoolean() ? style.blank : style.notApplicable).add(cell);
      }
    }
    String page = TestPages.render(report, layout, style);
    ReadResult result = PublishedReports.read(page.getBytes(StandardCharsets.UTF_8));

    List<String> wrong = new ArrayList<>();
    for (Cell cell : FormCells.all()) {
      ReadCell read = result.cells().get(cell);
      if (read == null || read.value().compareTo(cell.amount(report)) != 0) {
        wrong.add(
            cell.pointer()
                + " "
                + (read == null ? "unread" : read.value())
                + " != "
                + cell.amount(report));
      }
    }
    assertEquals(new ArrayList<>(), wrong, () -> layout + " " + result.problems() + "\n" + page);
    assertFalse(result.hasErrors(), () -> layout + " " + result.problems());
    assertTrue(
        result.problems().stream().noneMatch(p -> p.severity() == Severity.WARNING),
        () -> layout + " " + result.problems());
    assertEquals(pointers(style.blank), new TreeSet<>(result.blankCells()));
    assertEquals(pointers(style.notApplicable), new TreeSet<>(result.notApplicableCells()));
    AnnualReport read = result.report().orElseThrow(AssertionError::new);
    assertEquals(report.organ(), read.organ());
    assertEquals(report.year(), read.year());
    assertEquals(report.publishedOn(), read.publishedOn());
    assertEquals(report.proactiveDisclosure(), read.proactiveDisclosure());
    assertEquals(report.applications(), read.applications());
    assertEquals(report.reconsiderationAndLitigation(), read.reconsiderationAndLitigation());
    assertEquals(style.blank, read.blankCells());
    assertEquals(style.notApplicable, read.notApplicableCells());
  }

  private static TreeSet<String> pointers(java.util.Set<Cell> cells) {
    TreeSet<String> pointers = new TreeSet<>();
    cells.forEach(cell -> pointers.add(cell.pointer()));
    return pointers;
  }
}
