package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows cut by a page break are joined only when no column holds a value on both sides. */
class PageJoinTest {

  /** One part of a two-column table: a label column (0-100) and a value column (100-200). */
  private static RawTable part(int page, String... labelsAndValues) {
    RawTable table = new RawTable(page, 0, 0, 200, 100);
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      int row = i / 2;
      PdfRegion region = new PdfRegion(page, 0, row, 200, row + 1);
      table.cells.add(new RawTable.RawCell(row, row + 1, 0, 100, labelsAndValues[i], region));
      table.cells.add(new RawTable.RawCell(row, row + 1, 100, 200, labelsAndValues[i + 1], region));
    }
    table.rows = labelsAndValues.length / 2;
    return table;
  }

  private static List<String> rows(RawTable table) {
    List<String> rows = new ArrayList<>();
    for (int row = 0; row < table.rows; row++) {
      StringBuilder text = new StringBuilder();
      for (RawTable.RawCell cell : table.cells) {
        if (cell.row == row) {
          text.append('[').append(cell.text).append(']');
        }
      }
      rows.add(text.toString());
    }
    return rows;
  }

  /**
   * Captions (0-100) beside one value cell (100-200) spanning all their rows, as （六）1–3 print one
   * value over three rows: above the break the value and the captions {@code above}, below it the
   * value's empty rest and the captions {@code below}.
   */
  private static RawTable[] spanned(String[] above, String[] below) {
    RawTable upper = new RawTable(1, 0, 0, 200, 100);
    for (int row = 0; row < above.length; row++) {
      upper.cells.add(cell(1, row, row + 1, 0, 100, above[row]));
    }
    upper.cells.add(cell(1, 0, above.length, 100, 200, "0"));
    upper.rows = above.length;
    RawTable lower = new RawTable(2, 0, 0, 200, 100);
    for (int row = 0; row < below.length; row++) {
      lower.cells.add(cell(2, row, row + 1, 0, 100, below[row]));
    }
    lower.cells.add(cell(2, 0, below.length, 100, 200, ""));
    lower.rows = below.length;
    return new RawTable[] {upper, lower};
  }

  private static RawTable.RawCell cell(
      int page, int row, int rowEnd, float left, float right, String text) {
    return new RawTable.RawCell(
        row, rowEnd, left, right, text, new PdfRegion(page, left, row, right, rowEnd));
  }

  @Test
  void aCaptionCutInsideValuesSpanningRowsIsOneCaptionReachingDownToItsRest() {
    RawTable[] parts =
        spanned(new String[] {"1.申请人无正当理由", "2.申请人逾期未按"}, new String[] {"收费通知要求", "3.其他"});
    PageJoin.join(parts[0], parts[1]);
    // the row of the rest holds nothing of its own: the caption and the value reach into it
    assertEquals(
        java.util.Arrays.asList("[1.申请人无正当理由][0]", "[2.申请人逾期未按\n收费通知要求]", "", "[3.其他]"),
        rows(parts[0]));
    RawTable.RawCell caption = parts[0].cells.get(1);
    assertEquals(3, caption.rowEnd);
    RawTable.RawCell value = parts[0].cells.get(2);
    assertEquals("0", value.text);
    assertEquals(4, value.rowEnd - value.row);
  }

  /**
   * The rest below the break spanning two rows, as Chromium prints a spanning column's part shorter
   * than the row beside it: the caption reaches down to the rest's end, within the values'.
   */
  @Test
  void aCutCaptionsRestSpanningRowsWithinTheValuesIsItsRestToo() {
    RawTable[] parts = spanned(new String[] {"4.无正当理由", "5.要求行政机关确认或"}, new String[] {"", ""});
    RawTable lower = parts[1];
    lower.cells.clear();
    lower.cells.add(cell(2, 0, 2, 0, 100, "重新出具已获取信息"));
    lower.cells.add(cell(2, 0, 2, 100, 200, ""));
    PageJoin.join(parts[0], lower);
    assertEquals(
        java.util.Arrays.asList("[4.无正当理由][0]", "[5.要求行政机关确认或\n重新出具已获取信息]", "", ""),
        rows(parts[0]));
    assertEquals(4, parts[0].cells.get(1).rowEnd);
  }

  @Test
  void aBreakBetweenTwoRowsOfTheSpanKeepsTheirCaptionsApart() {
    RawTable[] parts =
        spanned(new String[] {"1.申请人无正当理由", "2.申请人逾期未按"}, new String[] {"3.其他", "4.其他"});
    PageJoin.join(parts[0], parts[1]);
    assertEquals(
        java.util.Arrays.asList("[1.申请人无正当理由][0]", "[2.申请人逾期未按]", "[3.其他]", "[4.其他]"),
        rows(parts[0]));
    assertEquals(4, parts[0].cells.get(2).rowEnd);
  }

  /**
   * A header of two rows over a caption column (0-100) and a value column (100-200): a cell
   * spanning both rows on the left, "总计" on the right; then the body rows {@code body}, captions
   * and values.
   */
  private static RawTable headed(int page, String spanning, String total, String... body) {
    RawTable table = new RawTable(page, 0, 0, 200, 100);
    table.cells.add(cell(page, 0, 2, 0, 100, spanning));
    table.cells.add(cell(page, 0, 1, 100, 200, "申请人情况"));
    table.cells.add(cell(page, 1, 2, 100, 200, total));
    for (int i = 0; i < body.length; i += 2) {
      int row = 2 + i / 2;
      table.cells.add(cell(page, row, row + 1, 0, 100, body[i]));
      table.cells.add(cell(page, row, row + 1, 100, 200, body[i + 1]));
    }
    table.rows = 2 + body.length / 2;
    return table;
  }

  @Test
  void aRepeatedHeaderCutShortIsDroppedAndWhatItLostTakenOffTheRowBelow() {
    RawTable above = headed(1, "（本列数据的勾稽关系\n之和）", "总计", "1.属于国家秘密", "0");
    // the repeat holds the spanning cell's first line: Writer sets the rest over the row below
    RawTable below = headed(2, "（本列数据的勾稽关系", "总计", "2.其他法律之和）", "3");
    PageJoin.join(above, below);
    assertEquals(
        java.util.Arrays.asList("[（本列数据的勾稽关系\n之和）][申请人情况]", "[总计]", "[1.属于国家秘密][0]", "[2.其他法律][3]"),
        rows(above));
  }

  @Test
  void aRepeatedHeaderWhoseLostTextHoldsADigitIsNotTakenForOne() {
    RawTable above = headed(1, "（本列数据的勾稽关系\n第1项）", "总计", "1.属于国家秘密", "0");
    RawTable below = headed(2, "（本列数据的勾稽关系", "总计", "2.其他法律第1项）", "3");
    PageJoin.join(above, below);
    assertEquals(
        java.util.Arrays.asList(
            "[（本列数据的勾稽关系\n第1项）][申请人情况]",
            "[总计]",
            "[1.属于国家秘密][0]",
            "[（本列数据的勾稽关系][申请人情况]",
            "[总计]",
            "[2.其他法律第1项）][3]"),
        rows(above));
  }

  @Test
  void aCaptionCutByTheBreakIsOneRowWithItsValue() {
    RawTable above = part(1, "1.规章", "3", "2.保护第", "0");
    PageJoin.join(above, part(2, "三方合法权益", "", "3.其他", "5"));
    assertEquals(
        java.util.Arrays.asList("[1.规章][3]", "[2.保护第\n三方合法权益][0]", "[3.其他][5]"), rows(above));
  }

  @Test
  void theValueBelowTheCutCaptionIsKeptToo() {
    RawTable above = part(1, "1.规章", "3", "2.保护第", "");
    PageJoin.join(above, part(2, "三方合法权益", "7"));
    assertEquals(java.util.Arrays.asList("[1.规章][3]", "[2.保护第\n三方合法权益][7]"), rows(above));
  }

  @Test
  void twoRowsWithValuesOnBothSidesOfTheBreakStayTwoRows() {
    RawTable above = part(1, "1.规章", "3", "2.保护第三方合法权益", "0");
    PageJoin.join(above, part(2, "3.其他", "5"));
    assertEquals(
        java.util.Arrays.asList("[1.规章][3]", "[2.保护第三方合法权益][0]", "[3.其他][5]"), rows(above));
  }

  @Test
  void aCaptionWhollyBelowIsNeverGivenTheValuesOfAnUncaptionedRowAbove() {
    RawTable above = part(1, "1.规章", "3", "", "4");
    PageJoin.join(above, part(2, "3.其他", ""));
    assertEquals(java.util.Arrays.asList("[1.规章][3]", "[][4]", "[3.其他][]"), rows(above));
  }

  @Test
  void aRowBelowThatStartsWithItsOwnNumberingIsNotTheRestOfTheRowAbove() {
    RawTable above = part(1, "1.规章", "3", "1.属于国家秘密", "4");
    PageJoin.join(above, part(2, "2.其他法律行政法规禁止公开", ""));
    assertEquals(
        java.util.Arrays.asList("[1.规章][3]", "[1.属于国家秘密][4]", "[2.其他法律行政法规禁止公开][]"), rows(above));
  }

  @Test
  void captionsThatDoNotMeetBetweenChineseCharactersAreTwoRows() {
    RawTable above = part(1, "Row 14", "3", "Row 15", "48029");
    PageJoin.join(above, part(2, "Row 16", ""));
    assertEquals(
        java.util.Arrays.asList("[Row 14][3]", "[Row 15][48029]", "[Row 16][]"), rows(above));
  }

  @Test
  void aSpanningCaptionCutRightAfterItsNumberingGoesOnBelow() {
    RawTable above = part(1, "1.规章", "3", "（四）", "0");
    PageJoin.join(above, part(2, "无法提供", ""));
    assertEquals(java.util.Arrays.asList("[1.规章][3]", "[（四）\n无法提供][0]"), rows(above));
  }

  @Test
  void aCaptionCutInsideItsBracketsGoesOnBelow() {
    RawTable above = part(1, "1.规章", "3", "（四", "0");
    PageJoin.join(above, part(2, "）无法提供", ""));
    assertEquals(java.util.Arrays.asList("[1.规章][3]", "[（四\n）无法提供][0]"), rows(above));
  }

  /**
   * Chromium cut the caption "3.危及“三安全一稳定”" before its opening quote: the quote is part of the
   * Chinese text, not the start of a row of its own (which left the row's values above and the
   * cells below read blank).
   */
  @Test
  void aCaptionCutBeforeAnOpeningQuoteGoesOnBelow() {
    RawTable above = part(1, "1.规章", "3", "3.危及", "0");
    PageJoin.join(above, part(2, "“三安全一稳定”", "", "4.保护第三方合法权益", "5"));
    assertEquals(
        java.util.Arrays.asList("[1.规章][3]", "[3.危及\n“三安全一稳定”][0]", "[4.保护第三方合法权益][5]"),
        rows(above));
  }

  @Test
  void aCaptionCutRightAfterAClosingQuoteGoesOnBelow() {
    RawTable above = part(1, "1.规章", "3", "3.危及“三安全一稳定”", "0");
    PageJoin.join(above, part(2, "的信息", "", "4.保护第三方合法权益", "5"));
    assertEquals(
        java.util.Arrays.asList("[1.规章][3]", "[3.危及“三安全一稳定”\n的信息][0]", "[4.保护第三方合法权益][5]"),
        rows(above));
  }

  @Test
  void aRowOfValuesWhoseCellsGoOnEmptyBelowIsOneRow() {
    RawTable above = part(1, "结果维持", "总计", "", "4");
    PageJoin.join(above, part(2, "", "", "五、存在的主要问题", ""));
    assertEquals(java.util.Arrays.asList("[结果维持][总计]", "[][4]", "[五、存在的主要问题][]"), rows(above));
  }

  @Test
  void anEmptyRowBelowAHeaderIsARowOfItsOwn() {
    RawTable above = part(1, "结果维持", "总计");
    PageJoin.join(above, part(2, "", ""));
    assertEquals(java.util.Arrays.asList("[结果维持][总计]", "[][]"), rows(above));
  }
}
