package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A copy cut off inside a table, or one that lost the end of a table, is refused with
 * IMPORT-TABLE-CUT where the table stops; a report that leaves a row out is still read, the row
 * blank with IMPORT-ROW-ABSENT.
 */
class CutTablesTest {
  private static final AnnualReport LINFEN = ReportFixtures.linfenYaodu2024();

  static String page(TestPages.Layout layout) {
    return TestPages.render(LINFEN, layout, new TestPages.Style());
  }

  static List<String> ids(ReadResult result, Severity severity) {
    return result.problems().stream()
        .filter(p -> p.severity() == severity)
        .map(Problem::ruleId)
        .distinct()
        .collect(Collectors.toList());
  }

  /** The page without the lines of table 三 that print the given rows (one line a row). */
  private static String without(String page, ApplicationRow... rows) {
    String out = page;
    for (ApplicationRow row : rows) {
      int at = out.indexOf(row.label().zh(), out.indexOf(FormTable.APPLICATIONS.label().zh()));
      int start = out.lastIndexOf('\n', at) + 1;
      out = out.substring(0, start) + out.substring(out.indexOf('\n', at) + 1);
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(
      value = TestPages.Layout.class,
      names = {"HTML_WORD", "TEXT_CELL_PER_LINE", "TEXT_TAB_ROWS", "TEXT_PIPE_ROWS", "MARKDOWN"})
  void aCopyCutOffInsideTableThreeIsRefusedWhereItStops(TestPages.Layout layout) {
    for (ApplicationRow row :
        Arrays.asList(
            ApplicationRow.DISCLOSED,
            ApplicationRow.INTERNAL_AFFAIRS,
            ApplicationRow.FEE_OVERDUE,
            ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR)) {
      String page = page(layout);
      int at = page.indexOf(row.label().zh(), page.indexOf(FormTable.APPLICATIONS.label().zh()));
      // the cut falls at the start of the row's line: the rows before it are whole
      String cut = page.substring(0, page.lastIndexOf('\n', at) + 1);
      ReadResult result = PublishedReports.read(cut);
      String why = layout + " cut before " + row + ": " + result.problems();
      assertFalse(result.report().isPresent(), why);
      assertFalse(ids(result, Severity.WARNING).contains("IMPORT-ROW-ABSENT"), why);
      List<Problem> cuts = problems(result, "IMPORT-TABLE-CUT");
      assertEquals(1, cuts.size(), why);
      Problem problem = cuts.get(0);
      assertEquals(Severity.ERROR, problem.severity());
      assertEquals(FormTable.APPLICATIONS.pointer() + row.pointer(), problem.pointer(), why);
      assertTrue(problem.line().isPresent(), why);
      int rowsLeft = ApplicationRow.values().length - row.ordinal();
      assertTrue(
          problem.message(Language.ZH).contains("自“" + row.label().zh() + "”起的最后" + rowsLeft + "行"),
          problem.message(Language.ZH));
      assertTrue(
          problem.message(Language.EN).contains("its last " + rowsLeft + " rows"),
          problem.message(Language.EN));
    }
  }

  @Test
  void aCopyCutOffInsideTableTwoIsRefusedNotReadAsAbsentRows() {
    for (TestPages.Layout layout : TestPages.Layout.values()) {
      String page = page(layout);
      int at = page.indexOf("行政许可", page.indexOf(FormTable.PROACTIVE_DISCLOSURE.label().zh()));
      ReadResult result = PublishedReports.read(page.substring(0, page.lastIndexOf('\n', at) + 1));
      assertFalse(result.report().isPresent(), layout::toString);
      assertEquals(
          Collections.emptyList(),
          problems(result, "IMPORT-ROW-ABSENT"),
          () -> layout + " " + result.problems());
      assertTrue(
          ids(result, Severity.ERROR).contains("IMPORT-TABLE-CUT"),
          () -> layout + " " + result.problems());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = TestPages.Layout.class,
      names = {"HTML_SPLIT", "TEXT_TAB_ROWS", "MARKDOWN"})
  void aTableThatLostItsEndIsRefusedThoughTheRestOfThePageFollows(TestPages.Layout layout) {
    // the part of table 三 after the page break is lost; table 四 and the sections follow (in
    // Markdown, table 四's groups as tables of their own, whose header "总计" is no row of table 三)
    String page = page(layout);
    String lost =
        without(
            page,
            ApplicationRow.FEE_OVERDUE,
            ApplicationRow.OTHER_HANDLING_OTHER,
            ApplicationRow.OUTCOMES_TOTAL,
            ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR);
    ReadResult result = PublishedReports.read(lost);
    assertFalse(result.report().isPresent(), result.problems()::toString);
    assertEquals(
        Collections.singletonList("IMPORT-TABLE-CUT"),
        ids(result, Severity.ERROR),
        result.problems()::toString);
    assertEquals(
        "/applications/outcomes/otherHandling/feeOverdue",
        problems(result, "IMPORT-TABLE-CUT").get(0).pointer());
    assertEquals(Collections.emptyList(), ids(result, Severity.WARNING));
  }

  @Test
  void twoRowsLeftOutBeforeTheEndOfTheTableAreAbsent() {
    // 平潭 市场监督管理局 2023 prints no （六）2 and 3, and the 总计 after them
    ReadResult result =
        PublishedReports.read(
            without(
                page(TestPages.Layout.TEXT_TAB_ROWS),
                ApplicationRow.FEE_OVERDUE,
                ApplicationRow.OTHER_HANDLING_OTHER));
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(2, problems(result, "IMPORT-ROW-ABSENT").size(), result.problems()::toString);
    assertEquals(Collections.singletonList("IMPORT-ROW-ABSENT"), ids(result, Severity.WARNING));
  }

  @Test
  void theLastRowLeftOutOfATableTheNextTableFollowsIsAbsent() {
    // one row at the end, with table 四 after it: nothing tells it from a row left out
    for (TestPages.Layout layout :
        Arrays.asList(TestPages.Layout.TEXT_TAB_ROWS, TestPages.Layout.HTML_WORD)) {
      ReadResult result =
          PublishedReports.read(without(page(layout), ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR));
      assertTrue(result.report().isPresent(), () -> layout + " " + result.problems());
      assertEquals(
          "/applications/carriedOverToNextYear",
          problems(result, "IMPORT-ROW-ABSENT").get(0).pointer());
      assertEquals(Collections.singletonList("IMPORT-ROW-ABSENT"), ids(result, Severity.WARNING));
    }
  }

  @Test
  void theLastRowOfTheLastTableReadIsCutOffWhenTheDocumentEndsThere() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String cut = without(page, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR);
    cut = cut.substring(0, cut.indexOf(FormTable.RECONSIDERATION_AND_LITIGATION.label().zh()));
    ReadResult result = PublishedReports.read(cut);
    assertFalse(result.report().isPresent());
    assertEquals(1, problems(result, "IMPORT-TABLE-CUT").size(), result.problems()::toString);
    assertEquals(Collections.emptyList(), problems(result, "IMPORT-ROW-ABSENT"));
  }

  static List<Problem> problems(ReadResult result, String id) {
    List<Problem> found = new ArrayList<>();
    for (Problem problem : result.problems()) {
      if (problem.ruleId().equals(id)) {
        found.add(problem);
      }
    }
    return found;
  }
}
