package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.Rules;
import io.github.xxgk.report.validation.ValidationResult;
import io.github.xxgk.report.validation.Violation;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Valid reports with marked cells, as read from published pages. */
class PublishedReportsTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final Set<String> MARK_RULES =
      new HashSet<>(Arrays.asList(Rules.CELL_BLANK, Rules.CELL_NOT_APPLICABLE));

  @Provide
  Arbitrary<AnnualReport> published() {
    return ReportArbitraries.publishedReports();
  }

  @Property(tries = 500)
  void publishedReportsAreValidAndFindOnlyTheirMarks(@ForAll("published") AnnualReport report) {
    ValidationResult result = VALIDATOR.validate(report);
    assertTrue(result.isValid(), result::toString);
    for (Violation v : result.violations()) {
      assertTrue(MARK_RULES.contains(v.ruleId()), v.toString());
    }
    assertEquals(report.blankCells().isEmpty(), result.byRule(Rules.CELL_BLANK).isEmpty());
    assertEquals(
        report.notApplicableCells().isEmpty(), result.byRule(Rules.CELL_NOT_APPLICABLE).isEmpty());
    for (Cell cell : report.blankCells()) {
      assertEquals(0, cell.amount(report).signum(), cell.pointer());
    }
    for (Cell cell : report.notApplicableCells()) {
      assertEquals(0, cell.amount(report).signum(), cell.pointer());
    }
  }

  /** Seeds give every style: none, blank, not applicable, both, cell by cell and whole rows. */
  @Test
  void seedsGiveEveryKindOfMarking() {
    boolean none = false;
    boolean blank = false;
    boolean notApplicable = false;
    boolean both = false;
    boolean row = false;
    for (long seed = 0; seed < 200; seed++) {
      AnnualReport report = ReportFixtures.published(seed);
      AnnualReport base =
          AnnualReport.builder()
              .from(report)
              .blankCells(Collections.<Cell>emptyList())
              .notApplicableCells(Collections.<Cell>emptyList())
              .build();
      assertEquals(ReportFixtures.valid(seed), base, "marks change nothing else, seed " + seed);
      none |= report.blankCells().isEmpty() && report.notApplicableCells().isEmpty();
      blank |= !report.blankCells().isEmpty();
      notApplicable |= !report.notApplicableCells().isEmpty();
      both |= !report.blankCells().isEmpty() && !report.notApplicableCells().isEmpty();
      for (Violation v : VALIDATOR.validate(report).violations()) {
        row |= v.messageKey().endsWith(".row");
      }
    }
    List<Boolean> seen = Arrays.asList(none, blank, notApplicable, both, row);
    assertEquals(Arrays.asList(true, true, true, true, true), seen);
  }

  @Test
  void theZeroDrawsGiveNoMarks() {
    AnnualReport zero = ReportFixtures.zero();
    assertEquals(zero, PrintedMarks.apply(zero, max -> 0));
    assertFalse(
        PrintedMarks.apply(zero, max -> max).blankCells().isEmpty()
            && PrintedMarks.apply(zero, max -> max).notApplicableCells().isEmpty());
  }
}
