package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of a table's grid that a page's layout adds or takes away, as PDFs drawn by their cells'
 * shading show them: a grid row made by a boundary in one column only, holding nothing but the
 * cells of the row above reaching down into it; and a row whose cells are bound by nothing, its
 * values set inside its caption's cell. The first is no row; the second is a row not identified,
 * never a row of the form left out.
 */
class StrayGridRowsTest {
  private static final String PAGE = CutTablesTest.page(TestPages.Layout.HTML_WORD);

  /** The line of the page that holds row （二）部分公开 of table 三. */
  private static int[] partiallyDisclosed() {
    int at = PAGE.indexOf(ApplicationRow.PARTIALLY_DISCLOSED.label().zh());
    int start = PAGE.lastIndexOf("<tr>", at);
    int end = PAGE.indexOf("</tr>", at) + "</tr>".length();
    return new int[] {start, end};
  }

  private static List<String> ids(ReadResult result) {
    List<String> ids = new ArrayList<>();
    result.problems().forEach(p -> ids.add(p.ruleId() + " " + p.pointer()));
    return ids;
  }

  @Test
  void aGridRowHoldingOnlyCellsFromAboveIsNoRow() {
    int[] row = partiallyDisclosed();
    // the row's cells reach down into a row of their own that holds one blank cell; the column
    // "三、本年度办理结果" spans it too
    String spanned = PAGE.substring(row[0], row[1]).replace("<td", "<td rowspan=\"2\"");
    String page =
        PAGE.substring(0, row[0]).replace("rowspan=\"22\"", "rowspan=\"23\"")
            + spanned
            + "\n<tr><td></td></tr>"
            + PAGE.substring(row[1]);
    ReadResult whole = PublishedReports.read(PAGE);
    ReadResult result = PublishedReports.read(page);
    String why = result.problems() + "\n" + page;
    assertTrue(whole.report().isPresent());
    assertEquals(whole.report(), result.report(), why);
    assertEquals(ids(whole), ids(result), why);
  }

  @Test
  void aRowsValuesInsideItsCaptionsCellAreNeverReadAsARowLeftOut() {
    int[] row = partiallyDisclosed();
    String page =
        PAGE.substring(0, row[0])
            + "<tr><td colspan=\"9\">"
            + ApplicationRow.PARTIALLY_DISCLOSED.label().zh()
            + "<br>2 0 0 0 1 0 3</td></tr>"
            + PAGE.substring(row[1]);
    ReadResult result = PublishedReports.read(page);
    String why = result.problems() + "\n" + page;
    assertFalse(result.report().isPresent(), why);
    String pointer =
        FormTable.APPLICATIONS.pointer() + ApplicationRow.PARTIALLY_DISCLOSED.pointer();
    assertTrue(
        result.problems().stream()
            .anyMatch(p -> p.severity() == Severity.ERROR && p.pointer().equals(pointer)),
        why);
  }
}
