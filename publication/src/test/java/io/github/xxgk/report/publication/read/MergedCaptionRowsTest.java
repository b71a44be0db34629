package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two rows of the form merged by a layout (Word, a portal's editor, a PDF's grid): their captions
 * in one cell on two lines, their values merged likewise ("0<br>
 * 2", "0 2" in each value cell) or left in one row only. The report is read exactly or refused at
 * the two rows; never returned with the two rows blank and only a warning.
 */
class MergedCaptionRowsTest {
  private static final String A = ApplicationRow.DISCLOSED.label().zh();
  private static final String B = ApplicationRow.PARTIALLY_DISCLOSED.label().zh();

  /** linfen's values of the two rows (（一）: all 0; （二）: 2 0 0 0 1 0 3). */
  private static final String[] VALUES_A = {"0", "0", "0", "0", "0", "0", "0"};

  private static final String[] VALUES_B = {"2", "0", "0", "0", "1", "0", "3"};

  private static String td(String text) {
    return "<td><p class=\"MsoNormal\" align=\"center\"><span>&nbsp;"
        + text
        + "&nbsp;</span></p></td>";
  }

  /** Table 三's two rows in an HTML page merged into one, each value cell {@code a sep b}. */
  static String html(String captionSeparator, String valueSeparator, boolean valuesOfBOnly) {
    String page = CutTablesTest.page(TestPages.Layout.HTML_WORD);
    int start = page.indexOf("<td colspan=\"2\">", page.indexOf("三、本年度办理结果"));
    int end = page.indexOf("</tr>", page.indexOf(B)) + "</tr>".length();
    StringBuilder row = new StringBuilder("<td colspan=\"2\">");
    row.append("<p>").append(A).append(captionSeparator).append(B).append("</p></td>");
    for (int i = 0; i < VALUES_A.length; i++) {
      row.append(td(valuesOfBOnly ? VALUES_B[i] : VALUES_A[i] + valueSeparator + VALUES_B[i]));
    }
    row.append("</tr>");
    return page.substring(0, start).replace("rowspan=\"22\"", "rowspan=\"21\"")
        + row
        + page.substring(end);
  }

  /** Copied text: the two rows' lines replaced by one row whose cells hold two lines. */
  static String text(TestPages.Layout layout, String valueSeparator) {
    String page = CutTablesTest.page(layout);
    int start = page.lastIndexOf('\n', page.indexOf(A)) + 1;
    String afterB = page.substring(page.indexOf(B));
    int end;
    StringBuilder row = new StringBuilder();
    if (layout == TestPages.Layout.TEXT_CELL_PER_LINE) {
      // each cell on its own line, a cell's second line right under its first
      end = page.indexOf(B) + afterB.indexOf("\n\n") + 2;
      row.append('\t').append(A).append('\n').append(B).append('\n');
      for (int i = 0; i < VALUES_A.length; i++) {
        row.append('\t').append(VALUES_A[i]).append(valueSeparator).append(VALUES_B[i]);
        row.append('\n');
      }
      row.append('\n');
      return page.substring(0, page.lastIndexOf('\t', page.indexOf(A))) + row + page.substring(end);
    }
    // a row a line, cells between tabs, a cell's second line breaking the row's line
    end = page.indexOf(B) + afterB.indexOf('\n') + 1;
    String prefix = page.substring(start, page.indexOf(A));
    row.append(prefix).append(A).append('\n').append(B);
    for (int i = 0; i < VALUES_A.length; i++) {
      row.append('\t').append(VALUES_A[i]).append(valueSeparator).append(VALUES_B[i]);
    }
    row.append('\n');
    return page.substring(0, start) + row + page.substring(end);
  }

  private static void readExactlyOrRefusedAtBoth(String page) {
    ReadResult whole = PublishedReports.read(CutTablesTest.page(TestPages.Layout.HTML_WORD));
    ReadResult result = PublishedReports.read(page);
    String why = result.problems() + "\n" + page;
    if (result.report().isPresent()) {
      assertTrue(result.report().equals(whole.report()), "read, but not exactly: " + why);
      return;
    }
    List<String> errors = new ArrayList<>();
    result.problems().stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .forEach(p -> errors.add(p.pointer()));
    for (ApplicationRow row :
        new ApplicationRow[] {ApplicationRow.DISCLOSED, ApplicationRow.PARTIALLY_DISCLOSED}) {
      String pointer = FormTable.APPLICATIONS.pointer() + row.pointer();
      assertTrue(
          errors.stream().anyMatch(e -> e.equals(pointer) || e.startsWith(pointer + "/")),
          "no ERROR at " + pointer + " or its cells: " + why);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"<br>", "</p><p>"})
  void htmlCaptionsOnTwoLinesValuesOnTwoLines(String separator) {
    readExactlyOrRefusedAtBoth(html(separator, "<br>", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<br>", "</p><p>"})
  void htmlCaptionsOnTwoLinesValuesSpaced(String separator) {
    readExactlyOrRefusedAtBoth(html(separator, " ", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<br>", "</p><p>"})
  void htmlCaptionsOnTwoLinesValuesOfOneRow(String separator) {
    readExactlyOrRefusedAtBoth(html(separator, "", true));
  }

  @Test
  void tableTwosRowsMergedAreRefusedAtBoth() {
    // 规章 | 0 | 0 | 0 and 行政规范性文件 | 0 | 0 | 21, one row of cells holding two lines each
    String page = CutTablesTest.page(TestPages.Layout.HTML_WORD);
    String regulations = DisclosureItem.REGULATIONS.label().zh();
    String normative = DisclosureItem.NORMATIVE_DOCUMENTS.label().zh();
    int start = page.lastIndexOf("<tr>", page.indexOf("&nbsp;" + regulations + "&nbsp;"));
    int end = page.indexOf("</tr>", page.indexOf(normative, start)) + "</tr>".length();
    String row =
        "<tr>"
            + td(regulations + "<br>" + normative)
            + td("0<br>0")
            + td("0<br>0")
            + td("0<br>21")
            + "</tr>";
    ReadResult result = PublishedReports.read(page.substring(0, start) + row + page.substring(end));
    String why = result.problems() + "\n" + row;
    assertFalse(result.report().isPresent(), why);
    for (DisclosureItem item :
        new DisclosureItem[] {DisclosureItem.REGULATIONS, DisclosureItem.NORMATIVE_DOCUMENTS}) {
      String pointer = FormTable.PROACTIVE_DISCLOSURE.pointer() + item.pointer();
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

  @ParameterizedTest
  @ValueSource(strings = {"\n", " "})
  void cellPerLineCopy(String valueSeparator) {
    readExactlyOrRefusedAtBoth(text(TestPages.Layout.TEXT_CELL_PER_LINE, valueSeparator));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", " "})
  void tabSeparatedCopy(String valueSeparator) {
    readExactlyOrRefusedAtBoth(text(TestPages.Layout.TEXT_TAB_ROWS, valueSeparator));
  }
}
