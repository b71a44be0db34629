package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A row caption cut by a line or page break, whose first part is within a slip of the form's
 * caption ("…不计其他情" for "…不计其他情形）") and whose rest starts the next row with the numbers ("形） | 7 |
 * 0 …"): the two are one row when the rest completes the caption exactly, and the numbers are never
 * lost with only a warning. (LibreOffice's export of pingtan-jiaojianju-2023 read the row blank
 * with only IMPORT-ROW-UNKNOWN; then it was refused, IMPORT-ROW-MISSING.)
 */
class CaptionCutByBreakTest {
  private static final AnnualReport LINFEN = ReportFixtures.linfenYaodu2024();

  /** The caption's last characters, carried to the next row. */
  private static final int REST = 2;

  /** The rest printed as the caption's own last characters. */
  private static final UnaryOperator<String> REST_OF_CAPTION = rest -> rest;

  /**
   * The page with the row's caption cut before its last {@link #REST} characters: the first part
   * with blank cells, the rest (as {@code printedRest} prints it) in a row of its own with the
   * values.
   */
  static String cut(
      TestPages.Layout layout, ApplicationRow row, UnaryOperator<String> printedRest) {
    String page = CutTablesTest.page(layout);
    String caption = row.label().zh();
    int at = page.indexOf(caption, page.indexOf(FormTable.APPLICATIONS.label().zh()));
    String head = caption.substring(0, caption.length() - REST);
    String rest = printedRest.apply(caption.substring(caption.length() - REST));
    if (layout == TestPages.Layout.HTML_WORD) {
      int start = page.lastIndexOf("<td", at);
      int end = page.indexOf("</tr>", at);
      String cells = page.substring(page.indexOf("</td>", at) + "</td>".length(), end);
      String blank = cells.replaceAll("&nbsp;[0-9]+&nbsp;", "&nbsp;&nbsp;");
      String cell = page.substring(start, page.indexOf("</td>", at) + "</td>".length());
      return page.substring(0, start)
          + cell.replace(caption, head)
          + blank
          + "</tr>\n<tr>"
          + cell.replace(caption, rest)
          + page.substring(page.indexOf("</td>", at) + "</td>".length());
    }
    int start = page.lastIndexOf('\n', at) + 1;
    int end = page.indexOf('\n', at);
    String line = page.substring(start, end);
    String values = line.substring(line.indexOf(caption) + caption.length());
    String before = line.substring(0, line.indexOf(caption));
    return page.substring(0, start)
        + before
        + head
        + values.replaceAll("[0-9]+", "")
        + "\n"
        + before.replaceAll("[^\t]", "")
        + rest
        + values
        + page.substring(end);
  }

  @ParameterizedTest
  @EnumSource(
      value = TestPages.Layout.class,
      names = {"HTML_WORD", "TEXT_TAB_ROWS"})
  void aCaptionCutBeforeItsLastCharactersIsOneRowWithTheValuesBelow(TestPages.Layout layout) {
    // the page uncut reads the fixture's report (all its cells), with the same problems
    ReadResult whole = PublishedReports.read(CutTablesTest.page(layout));
    assertEquals(LINFEN.applications(), whole.report().get().applications());
    // (cut() adds an HTML row without lengthening the spans above it: only a row that no span
    // but the table's first column's covers stays in its columns there)
    ApplicationRow[] rows =
        layout == TestPages.Layout.HTML_WORD
            ? new ApplicationRow[] {ApplicationRow.PARTIALLY_DISCLOSED}
            : new ApplicationRow[] {
              ApplicationRow.PARTIALLY_DISCLOSED, ApplicationRow.CONFIRMATION_REQUESTS
            };
    for (ApplicationRow row : rows) {
      String page = cut(layout, row, REST_OF_CAPTION);
      ReadResult result = PublishedReports.read(page);
      String why = layout + " " + row + ": " + result.problems() + "\n" + page;
      assertEquals(whole.report(), result.report(), why);
      assertEquals(ids(whole), ids(result), why);
    }
  }

  private static java.util.List<String> ids(ReadResult result) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    result.problems().forEach(p -> ids.add(p.ruleId() + " " + p.pointer()));
    return ids;
  }

  /**
   * When the next row's caption is not the rest that completes the first part exactly (here a
   * different word: "…不计其他情" + "况）"), the two are not joined: the numbers are refused as the
   * slip-read row's, never read blank with only a warning, nor joined through a second slip.
   */
  @ParameterizedTest
  @EnumSource(
      value = TestPages.Layout.class,
      names = {"HTML_WORD", "TEXT_TAB_ROWS"})
  void theValuesOfARowWhoseCaptionDoesNotCompleteTheCutOneAreNeverLostWithAWarning(
      TestPages.Layout layout) {
    ApplicationRow row = ApplicationRow.PARTIALLY_DISCLOSED;
    String page = cut(layout, row, rest -> "况）");
    ReadResult result = PublishedReports.read(page);
    String why = layout + ": " + result.problems() + "\n" + page;
    assertFalse(result.report().isPresent(), why);
    String pointer = FormTable.APPLICATIONS.pointer() + row.pointer();
    assertTrue(
        result.problems().stream()
            .anyMatch(
                p ->
                    p.severity() == Severity.ERROR
                        && p.ruleId().equals("IMPORT-ROW-MISSING")
                        && p.pointer().equals(pointer)),
        why);
  }
}
