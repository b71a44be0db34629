package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damage that {@link DamagedPagesProperties} found read as another number without a problem, each
 * the smallest page that showed it: a value cell is read exactly or refused at the cell.
 */
class DamagedValuesTest {
  private static final AnnualReport REPORT = ReportFixtures.linfenYaodu2024();
  private static final String CELL = "/applications/newlyReceived/naturalPerson";

  /** The rendered page with the cell's printed value replaced by {@code printed}. */
  private static String withValue(String pointer, String printed) {
    String page = HtmlRenderer.standard().render(REPORT);
    Matcher value =
        Pattern.compile("data-pointer=\"" + Pattern.quote(pointer) + "\"[^>]*>([^<]*)<")
            .matcher(page);
    assertTrue(value.find());
    return page.substring(0, value.start(1)) + printed + page.substring(value.end(1));
  }

  private static void refusedAt(ReadResult result, String id, String pointer) {
    assertFalse(result.report().isPresent(), result.problems()::toString);
    assertTrue(
        result.problems().stream()
            .anyMatch(p -> p.ruleId().equals(id) && p.pointer().equals(pointer)),
        result.problems()::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13①", "13¹", "13<sup>1</sup>", "13<sub>2</sub>", "⑴13", "1 3", "1<br>3"})
  void aFootnoteMarkOrDigitsApartAreNoNumber(String printed) {
    // "13①" folds (NFKC) to 131, "13<sup>1</sup>" is "131" as text, "1 3" was read as 13: none is
    // what the cell prints exactly
    assertEquals(13, FormCells.byPointer(CELL).get().count(REPORT), "the fixture's value changed");
    refusedAt(PublishedReports.read(withValue(CELL, printed)), "IMPORT-CELL-UNREADABLE", CELL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4500 .00", "4500. 00", "4500 . 00", "4 ,500", "4500 ．00"})
  void digitsApartAroundADecimalPointOrASeparatorAreNoNumber(String printed) {
    // DamagedPdfProperties' SPACE_INSIDE ("4500 .00" in a fee cell) was read as 4500.00: the point
    // is inside the number, so a space beside it sets digits apart as much as "1 3" does
    String fee = "/proactiveDisclosure/fees/amountWanYuan";
    refusedAt(PublishedReports.read(withValue(fee, printed)), "IMPORT-CELL-UNREADABLE", fee);
  }

  @ParameterizedTest
  @ValueSource(strings = {"１３", "13 ", " 13", "13（其中网上申请3件）"})
  void aNumberInAnotherWidthPaddedOrNotedIsRead(String printed) {
    ReadResult result = PublishedReports.read(withValue(CELL, printed));
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(13, FormCells.byPointer(CELL).get().count(result.report().get()));
  }

  @Test
  void aFeeHeadedInYuanOnALineOfItsOwnIsNotReadAsTenThousands() {
    // a PDF viewer's copy prints table 二's header a row a line, "信息内容 本年收费金额（单位：元）": one cell,
    // no caption of the form, whose unit was missed and the amount read as 万元 (hostile6's FEE_YUAN)
    String page =
        TestPages.render(REPORT, TestPages.Layout.TEXT_TAB_ROWS, new TestPages.Style())
            .replace('\t', ' ');
    String header = "信息内容 本年收费金额（单位：万元）";
    assertTrue(page.contains(header), page);
    assertTrue(PublishedReports.read(page).report().isPresent(), "the clean copy reads");
    ReadResult result = PublishedReports.read(page.replace(header, "信息内容 本年收费金额（单位：元）"));
    refusedAt(result, "IMPORT-FEE-YUAN", "/proactiveDisclosure/fees");
    assertFalse(
        result
            .cells()
            .containsKey(FormCells.byPointer("/proactiveDisclosure/fees/amountWanYuan").get()),
        result.cells()::toString);
  }

  @Test
  void aRowWithACellTooManyBeforeABlankTotalIsRefused() {
    // 平潭综合实验区经济发展局 2021 prints （一）予以公开's 总计 blank: a stray number in the row
    // made its cells one too many, and the blank was taken for a converter's padding, every value
    // after the stray one shifted into the next column
    TestPages.Style style = new TestPages.Style();
    style.blank.add(FormCells.applications(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL));
    String page = TestPages.render(ReportFixtures.zero(), TestPages.Layout.HTML_WORD, style);
    int caption = page.indexOf(ApplicationRow.DISCLOSED.label().zh());
    int firstValue = page.indexOf("</td>", page.indexOf("</td>", caption) + 1) + 5;
    ReadResult result =
        PublishedReports.read(
            page.substring(0, firstValue) + "<td>12</td>" + page.substring(firstValue));
    refusedAt(
        result,
        "IMPORT-ROW-SHAPE",
        FormCells.applications(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)
            .pointer()
            .replace("/" + ApplicantColumn.TOTAL.key(), ""));
    for (Problem problem : result.problems()) {
      assertFalse(problem.ruleId().equals("IMPORT-ROW-ABSENT"), problem::toString);
    }
  }
}
