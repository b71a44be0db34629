package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.testkit.ReportArbitraries;
import java.util.Collections;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated reports, rendered, then cut off at every line of tables 三 and 四, or with the end of
 * table 三 lost: never a report, and never rows read as absent.
 */
class CutTablesProperties {
  @Provide
  Arbitrary<AnnualReport> reports() {
    return ReportArbitraries.validReports();
  }

  @Property(tries = 10)
  void aCopyCutOffAtAnyLineOfTablesThreeAndFourIsNoReport(
      @ForAll("reports") AnnualReport report, @ForAll TestPages.Layout layout) {
    String page = TestPages.render(report, layout, new TestPages.Style());
    int three = lineStart(page, page.indexOf(FormTable.APPLICATIONS.label().zh()));
    int five = page.indexOf(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS.label().zh(), three);
    for (int at = three; at < five; at = page.indexOf('\n', at) + 1) {
      if (!page.substring(at, five).replaceAll("<[^>]*>", "").matches("(?s).*[0-9].*")) {
        // every number of the tables is before the cut: nothing of them is lost
        break;
      }
      ReadResult result = PublishedReports.read(page.substring(0, at));
      String why = layout + " cut at " + at + ": " + result.problems();
      assertFalse(result.report().isPresent(), why);
      assertFalse(CutTablesTest.ids(result, Severity.WARNING).contains("IMPORT-ROW-ABSENT"), why);
    }
  }

  @Property(tries = 10)
  void aTableThreeThatLostItsEndIsRefusedWhereItStops(
      @ForAll("reports") AnnualReport report, @ForAll TestPages.Layout layout) {
    if (layout == TestPages.Layout.TEXT_CELL_PER_LINE) {
      // a line a cell: the rows are cut above
      return;
    }
    String page = TestPages.render(report, layout, new TestPages.Style());
    ApplicationRow[] rows = ApplicationRow.values();
    // from the second row: a table 三 without any row is not found at all (IMPORT-TABLE-MISSING)
    for (int first = 1; first < rows.length - 1; first++) {
      String lost = page;
      for (int row = first; row < rows.length; row++) {
        lost = withoutLine(lost, rows[row]);
      }
      ReadResult result = PublishedReports.read(lost);
      String why = layout + " without the rows from " + rows[first] + ": " + result.problems();
      assertFalse(result.report().isPresent(), why);
      assertEquals(
          Collections.singletonList("IMPORT-TABLE-CUT"),
          CutTablesTest.ids(result, Severity.ERROR),
          why);
      assertTrue(
          CutTablesTest.problems(result, "IMPORT-ROW-ABSENT").isEmpty()
              && CutTablesTest.problems(result, "IMPORT-TABLE-CUT")
                  .get(0)
                  .pointer()
                  .equals(FormTable.APPLICATIONS.pointer() + rows[first].pointer()),
          why);
    }
  }

  private static int lineStart(String page, int at) {
    return page.lastIndexOf('\n', at) + 1;
  }

  /** The page without the line that prints the row in table 三. */
  private static String withoutLine(String page, ApplicationRow row) {
    int at = page.indexOf(row.label().zh(), page.indexOf(FormTable.APPLICATIONS.label().zh()));
    int start = lineStart(page, at);
    return page.substring(0, start) + page.substring(page.indexOf('\n', at) + 1);
  }
}
