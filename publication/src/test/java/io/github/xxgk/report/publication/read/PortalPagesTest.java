package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whole portal pages of the 平潭 portal's annual reports 2021–2025 (survey8, {@code
 * changwu/pingtan-gov-zwgk-archive}, the {@code page.html} of each report's folder), read by the
 * reader as served: what they taught it, each on an excerpt of the real page's text.
 */
class PortalPagesTest {
  private static final String GONGAN_2024_FIVE =
      "2024年，我局政府信息公开工作能力进一步增强，保障群众权益更加有力，但也存在一些不足之处，"
          + "主要表现在：部分工作人员对本单位产生信息的公开属性认定不够准确；政策解读主动性还要再提升。";

  @Test
  void sectionFiveHeadedWithNextYearsWorkPlanIsRead() throws IOException {
    // 平潭综合实验区公安局 2024 (ptzhsyqgaj/zfxxgknb/202501/96806) heads section 五
    // "五、存在的主要问题及明年工作计划": before, section 五 was reported missing (a WARNING) and its
    // text ran on in section 四's place
    String page =
        SurveyPagesTest.text("pingtan-jiaojianju-2023.html")
            .replace("五、存在的主要问题及改进情况", "五、存在的主要问题及明年工作计划")
            .replace("还存在依申请公开答复有待进一步规范，办理质效还有待进一步提升等问题。", GONGAN_2024_FIVE);
    ReadResult result = PublishedReports.read(page);
    assertEquals(
        Optional.of(GONGAN_2024_FIVE),
        result.match().narrative(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS),
        result.problems()::toString);
    assertTrue(
        result.problems().stream()
            .map(Problem::ruleId)
            .noneMatch(id -> id.equals("IMPORT-NARRATIVE-MISSING")),
        () -> result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void aSignatureRunOnAfterSectionSixsLastSentenceSignsTheReport() throws IOException {
    // 平潭综合实验区旅游与文化体育局 2021 (ptzhsyqlyy/zfxxgknb/202201/80596) as the archive's text runs its end:
    // "本年度无收取信息处理费情况。平潭综合实验区旅游与文化体育局 2021年1月25日", here in one paragraph, as a page whose
    // editor padded the signature right with spaces prints it. Before, the whole paragraph was
    // taken
    // for the signature: the organ became "本年度无收取信息处理费情况。平潭综合实验区…局" with no problem attached,
    // and section 六 was found empty.
    String page =
        SurveyPagesTest.text("pingtan-jiaojianju-2023.html")
            .replace(
                "本年度没有产生信息公开处理费。",
                "本年度无收取信息处理费情况。&nbsp;&nbsp;&nbsp;&nbsp;平潭综合实验区交通与建设局 2021年1月25日");
    page =
        page.substring(
                0, page.indexOf("<p>&nbsp;</p><p style=\"text-indent: 2em; text-align: right;\">"))
            + "</div></div></body></html>";
    ReadResult result = PublishedReports.read(page);
    assertEquals(Optional.of("平潭综合实验区交通与建设局"), result.match().organ(), result.problems()::toString);
    assertSectionSixAndDate(result, "本年度无收取信息处理费情况。", LocalDate.of(2021, 1, 25));
  }

  private static void assertSectionSixAndDate(ReadResult result, String six, LocalDate signed) {
    assertEquals(
        Optional.of(six),
        result.match().narrative(NarrativeSection.OTHER_MATTERS),
        result.problems()::toString);
    assertEquals(
        Optional.of(signed), result.report().get().publishedOn(), result.problems()::toString);
  }

  @Test
  void aSentenceEndingInADateSignsNothing() throws IOException {
    // only a run-on signature naming the title's organ is cut off section 六
    String last = "本年度没有产生信息公开处理费，截至2024年1月30日";
    ReadResult result =
        PublishedReports.read(
            SurveyPagesTest.text("pingtan-jiaojianju-2023.html").replace("本年度没有产生信息公开处理费。", last));
    // the date is the signature's under it
    assertSectionSixAndDate(result, last, LocalDate.of(2024, 1, 30));
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
        result.problems()::toString);
  }

  /** 平潭综合实验区农业农村局 2023's 行政许可 row (782 decisions), its value in one of three cells. */
  private static final String LICENSING_IN_THREE =
      "<tr><td><p>行政许可</p></td><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td></tr>";

  private static ReadResult licensingPrinted(String first, String second, String third)
      throws IOException {
    String page = SurveyPagesTest.text("pingtan-jiaojianju-2023.html");
    int row = page.lastIndexOf("<tr>", page.indexOf("<p>行政许可</p>"));
    int end = page.indexOf("</tr>", row) + "</tr>".length();
    return PublishedReports.read(
        page.substring(0, row)
            + String.format(LICENSING_IN_THREE, first, second, third)
            + page.substring(end));
  }

  @Test
  void aDecisionCountPrintedInOneOfThreeCellsUnderItsCaptionIsRead() throws IOException {
    // the caption 本年处理决定数量 spans the three columns of table 二; a page that draws the row as
    // three cells and centres the value in the middle one prints it under that caption all the same
    for (String[] cells :
        new String[][] {{"", "782", ""}, {"", "", "782"}, {"782", "&nbsp;", ""}}) {
      ReadResult result = licensingPrinted(cells[0], cells[1], cells[2]);
      assertEquals(
          new BigDecimal(782),
          result
              .cells()
              .get(FormCells.disclosure(DisclosureItem.LICENSING, DisclosureColumn.DECISIONS))
              .value(),
          result.problems()::toString);
      assertTrue(result.report().isPresent(), result.problems()::toString);
    }
  }

  @Test
  void twoNumbersUnderOneCaptionOfTableTwoAreRefused() throws IOException {
    ReadResult result = licensingPrinted("5", "782", "");
    assertTrue(
        result.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-ROW-SHAPE")),
        result.problems()::toString);
    assertEquals(Optional.empty(), result.report());
  }
}
