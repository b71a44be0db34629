package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of real reports from all over China that a survey of published pages found (survey4:
 * {@code /tmp/survey4/variants.md} lists each with its address), each with what it taught the
 * reader.
 */
class CopiedShapesTest {
  /**
   * The beginning of 深圳市龙岗区's 2024 report (www.lg.gov.cn, post_11956962) as a copy tool flattened
   * it: every cell ended by " |", no leading bar, no Markdown rule line.
   */
  private static final String LONGGANG_2024 =
      String.join(
          "\n",
          "一、总体情况",
          "本年报根据《中华人民共和国政府信息公开条例》(下称《条例》)要求编制,由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
              + "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况以及其他需要报告的事项组成。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。",
          "二、主动公开政府信息情况",
          "第二十条第(一)项 |",
          "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
          "规章 | 0 | 0 | 0 |",
          "行政规范性文件 | 5 | 1 | 25 |",
          "第二十条第(五)项 |",
          "信息内容 | 本年处理决定数量 |",
          "行政许可 | 0 |",
          "第二十条第(六)项 |",
          "信息内容 | 本年处理决定数量 |",
          "行政处罚 | 0 |",
          "行政强制 | 0 |",
          "第二十条第(八)项 |",
          "信息内容 | 本年收费金额(单位:万元) |",
          "行政事业性收费 | 0 |",
          "三、收到和处理政府信息公开申请情况",
          "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |",
          "自然人 | 法人或其他组织 | 总计 |",
          "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |",
          "一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |",
          "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
          "三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |",
          "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |",
          "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
          "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
          "5.属于三类内部事务信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");

  @Test
  void rowsFlattenedWithABarAfterEachCellAreTableRows() {
    ReadResult result = PublishedReports.read(LONGGANG_2024);
    assertEquals(bd(5), cell(result, "/proactiveDisclosure/normativeDocuments/issued"));
    assertEquals(bd(1), cell(result, "/proactiveDisclosure/normativeDocuments/repealed"));
    assertEquals(bd(25), cell(result, "/proactiveDisclosure/normativeDocuments/inForce"));
    assertEquals(bd(0), cell(result, "/proactiveDisclosure/fees/amountWanYuan"));
    // table 三's header of three rows, "商业 企业" spaced, gives the columns in the form's order
    assertEquals(bd(58), cell(result, "/applications/newlyReceived/naturalPerson"));
    assertEquals(bd(7), cell(result, "/applications/newlyReceived/commercialEnterprise"));
    assertEquals(bd(1), cell(result, "/applications/newlyReceived/legalServiceAgency"));
    assertEquals(bd(66), cell(result, "/applications/newlyReceived/total"));
    assertEquals(bd(17), cell(result, "/applications/outcomes/partiallyDisclosed/total"));
    assertEquals(bd(1), cell(result, "/applications/outcomes/notDisclosed/internalAffairs/total"));
    // where each came from: the line and the column of the cell in the copied text
    assertEquals(
        SourcePosition.of(7, 10),
        result.cells().get(cellOf("/proactiveDisclosure/normativeDocuments/issued")).position());
    assertFalse(ids(result).contains("IMPORT-HEADER-POSITIONAL"), result.problems()::toString);
  }

  @Test
  void aLineEndingInABarInsideProseIsNoTableOfTheForm() {
    // a paragraph is never read as a row: only a line whose last character is the bar is a row
    ReadResult result =
        PublishedReports.read(
            LONGGANG_2024.replace("行政规范性文件 | 5 | 1 | 25 |", "行政规范性文件 | 5 | 1 | 25"));
    assertFalse(
        result.cells().containsKey(cellOf("/proactiveDisclosure/normativeDocuments/issued")));
    assertTrue(ids(result).contains("IMPORT-ROW-MISSING"), result.problems()::toString);
  }

  @Test
  void inAFlattenedTableALeadingBarEndsAnEmptyFirstCell() {
    // table 四 as the flattened pages print it, its first value left blank: "| 0 | … |" is
    // fifteen cells there, the first empty, where a Markdown table's leading bar is a border
    String four =
        String.join(
            "\n",
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议 | 行政诉讼 |",
            "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
            "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 |",
            "| 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |");
    ReadResult result = PublishedReports.read(LONGGANG_2024 + "\n" + four);
    assertEquals(bd(0), cell(result, "/reconsiderationAndLitigation/reconsideration/upheld"));
    assertTrue(
        result.blankCells().contains("/reconsiderationAndLitigation/reconsideration/upheld"),
        result.blankCells()::toString);
    assertEquals(bd(1), cell(result, "/reconsiderationAndLitigation/reconsideration/corrected"));
    assertEquals(bd(1), cell(result, "/reconsiderationAndLitigation/reconsideration/total"));
    assertEquals(
        bd(2), cell(result, "/reconsiderationAndLitigation/litigationAfterReconsideration/total"));
  }

  /**
   * The tables of a 2023 report of 长春市 (js.changchun.gov.cn, t20240115_3271106) as a converter
   * wrote them: Markdown rows without a rule line, each padded to the table's width with empty
   * cells ("| 行政许可 | 0 | ||").
   */
  private static final String CHANGCHUN_2023 =
      String.join(
          "\n",
          "二、主动公开政府信息情况",
          "| 第二十条  第(一)项 | |||",
          "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | ",
          "| 规章 | 0 | 0 | 0 | ",
          "| 行政规范性文件 | 0 | 0 | 0 | ",
          "| 第二十条  第(五)项 | |||",
          "| 信息内容 | 本年处理决定数量 | ||",
          "| 行政许可 | 0 | ||",
          "| 第二十条  第(六)项 | |||",
          "| 信息内容 | 本年处理决定数量 | ||",
          "| 行政处罚 | 0 | ||",
          "| 行政强制 | 0 | ||",
          "| 第二十条  第(八)项 | |||",
          "| 信息内容 | 本年收费金额(单位:万元) | ||",
          "| 行政事业性收费 | 0 | ||",
          "三、收到和处理政府信息公开申请情况",
          "| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||",
          "| 自然人 | 法人或其他组织 | 总计 | |||||||",
          "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
          "| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||",
          "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||");

  @Test
  void rowsPaddedToTheTablesWidthWithBlankCellsAreReadUnderTheirHeader() {
    ReadResult result = PublishedReports.read(CHANGCHUN_2023);
    assertEquals(bd(0), cell(result, "/proactiveDisclosure/licensing/decisions"));
    assertEquals(bd(0), cell(result, "/proactiveDisclosure/punishment/decisions"));
    assertEquals(bd(0), cell(result, "/proactiveDisclosure/fees/amountWanYuan"));
    assertFalse(
        result.blankCells().contains("/proactiveDisclosure/licensing/decisions"),
        result.blankCells()::toString);
    assertFalse(ids(result).contains("IMPORT-ROW-SHAPE"), result.problems()::toString);
    assertEquals(bd(3), cell(result, "/applications/newlyReceived/naturalPerson"));
    assertEquals(bd(3), cell(result, "/applications/newlyReceived/total"));
    // "| 自然人 | 法人或其他组织 | 总计 | |||||||" is the header: its 总计 and seven blanks are no
    // row （七）总计 printed all blank, which made the real one below a duplicate
    result = PublishedReports.read(CHANGCHUN_2023 + "\n| （七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||");
    assertEquals(bd(3), cell(result, "/applications/outcomes/total/total"));
    assertFalse(ids(result).contains("IMPORT-ROW-DUPLICATE"), result.problems()::toString);
  }

  @Test
  void aBlankCellPastTheHeaderThatHoldsANumberKeepsTheRowRefused() {
    // a number under no caption of the header is no padding: the row is refused, not cut
    ReadResult result =
        PublishedReports.read(CHANGCHUN_2023.replace("| 行政许可 | 0 | ||", "| 行政许可 | 0 | 7 |"));
    assertFalse(result.cells().containsKey(cellOf("/proactiveDisclosure/licensing/decisions")));
    assertTrue(ids(result).contains("IMPORT-ROW-SHAPE"), result.problems()::toString);
  }

  @Test
  void aCaptionLeftWithoutItsCellsByAFlattenedSpanIsMissingNotBlank() {
    // 平潭综合实验区市场监督管理局 2021 prints （六）1's values spanning （六）2 and 3 (rowspan="3");
    // flattened, 2 and 3 keep their captions and no cell: what they held cannot be told
    ReadResult result =
        PublishedReports.read(
            LONGGANG_2024
                + "\n（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"
                + "\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 |\n3.其他 |");
    assertEquals(
        bd(5), cell(result, "/applications/outcomes/otherHandling/correctionOverdue/total"));
    assertEquals(null, cell(result, "/applications/outcomes/otherHandling/feeOverdue/total"));
    assertEquals(null, cell(result, "/applications/outcomes/otherHandling/other/total"));
    assertTrue(
        result.problems().stream()
            .anyMatch(
                p ->
                    p.ruleId().equals("IMPORT-ROW-MISSING")
                        && p.pointer().equals("/applications/outcomes/otherHandling/feeOverdue")),
        result.problems()::toString);
  }

  @Test
  void everyCellOnALineOfItsOwnEndedByABarIsReadRowByRowFromTheFormsCaptions() {
    // 广州市海珠区投资促进局 2023 (www.haizhu.gov.cn, post_9457633) as copied: nothing but the form's
    // captions tells where a row ends; each caption takes the values on the lines after it
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "二、主动公开政府信息情况",
                "第二十条第(一)项 |",
                "信息内容 |",
                "本年制发件数 |",
                "本年废止件数 |",
                "现行有效件数 |",
                "规章 |",
                "0 |",
                "0 |",
                "0 |",
                "行政规范性文件 |",
                "2 |",
                "1 |",
                "5 |",
                "第二十条第(五)项 |",
                "信息内容 |",
                "本年处理决定数量 |",
                "行政许可 |",
                "0 |"));
    assertEquals(bd(0), cell(result, "/proactiveDisclosure/regulations/inForce"));
    assertEquals(bd(2), cell(result, "/proactiveDisclosure/normativeDocuments/issued"));
    assertEquals(bd(1), cell(result, "/proactiveDisclosure/normativeDocuments/repealed"));
    assertEquals(bd(5), cell(result, "/proactiveDisclosure/normativeDocuments/inForce"));
    assertEquals(bd(0), cell(result, "/proactiveDisclosure/licensing/decisions"));
    // each value where its own line printed it
    assertEquals(
        SourcePosition.of(14, 1),
        result.cells().get(cellOf("/proactiveDisclosure/normativeDocuments/inForce")).position());
    assertFalse(ids(result).contains("IMPORT-ROW-SHAPE"), result.problems()::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"存在问题及改进情况", "存在主要问题及改进情况", "存在的主要问题和改进措施"})
  void headingsOfSectionFiveAsReportsNameItAreRead(String heading) throws IOException {
    String page =
        SurveyPagesTest.text("pingtan-jiaojianju-2023.html")
            .replace("五、存在的主要问题及改进情况", "五、" + heading);
    ReadResult result = PublishedReports.read(page);
    assertTrue(
        result.match().narrative(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS).isPresent(),
        result.problems()::toString);
    assertFalse(ids(result).contains("IMPORT-NARRATIVE-MISSING"), result.problems()::toString);
  }

  @Test
  void sectionTwosHeadingWithTheParticleEndsSectionOne() throws IOException {
    // 五常市民意乡 2021 heads it "二、主动公开政府信息的情况": before, it ran on in section 一's text
    String page =
        SurveyPagesTest.text("pingtan-jiaojianju-2023.html")
            .replace("二、主动公开政府信息情况", "二、主动公开政府信息的情况");
    ReadResult result = PublishedReports.read(page);
    String overview = result.match().narrative(NarrativeSection.OVERVIEW).get();
    assertFalse(overview.contains("主动公开政府信息的情况"), overview);
  }

  private static final String JIAOJIANJU_2023_BODY =
      "根据新修订的《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）及政府信息公开工作相关文件要求，结合我局工作实际，现编制完成本报告。"
          + "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。";

  @Test
  void aBreadcrumbOnTheLineBeforeTheTitleIsNotTheOrgansName() {
    // 衡阳市衡东县杨林镇 2023 (www.hengdong.gov.cn) copies as "当前页面:/首页/> 政务公开/…/来源:杨林镇
    // 发布时间:2024-03-26" above its title; 2b6ec82 read "2024-03-26…" or "政务公开…" as the organ
    for (String above :
        new String[] {
          "当前页面:\n首页\n> 政务公开\n> 信息公开年度报告\n来源:交建局 发布时间:2024-03-26", "首页 > 政务公开 > 政府信息公开年报",
        }) {
      String copied =
          above
              + "\n平潭综合实验区交通与建设局2023年度政府信息公开工作年度报告\n"
              + JIAOJIANJU_2023_BODY
              + "\n一、总体情况\n我局主动公开政府信息。";
      ReadResult result = PublishedReports.read(copied);
      assertEquals(Optional.of("平潭综合实验区交通与建设局"), result.match().organ(), above);
      assertEquals(Optional.of(2023), result.match().year(), above);
    }
  }

  @Test
  void theBreadcrumbOnTheTitlesOwnLineIsNotTheOrgansNameEither() {
    ReadResult result =
        PublishedReports.read(
            "首页 > 政务公开 > 平潭综合实验区交通与建设局2023年度政府信息公开工作年度报告\n"
                + JIAOJIANJU_2023_BODY
                + "\n一、总体情况\n我局主动公开政府信息。");
    assertEquals(Optional.of("平潭综合实验区交通与建设局"), result.match().organ());
  }

  @Test
  void aTitleWrappedAfterItsYearIsStillReadAcrossTheBreak() {
    ReadResult result =
        PublishedReports.read(
            "平潭综合实验区交通与建设局2023年度政府信息公开\n工作年度报告\n" + JIAOJIANJU_2023_BODY + "\n一、总体情况\n我局主动公开政府信息。");
    assertEquals(Optional.of("平潭综合实验区交通与建设局"), result.match().organ());
  }

  @Test
  void anOrgansLineAboveATitleWithoutOneIsItsOrgan() {
    // 秦皇岛市抚宁区人民政府办公室 2025 (www.chinafuning.gov.cn) prints its title on two lines
    ReadResult result =
        PublishedReports.read(
            "秦皇岛市抚宁区人民政府办公室\n2025年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》"
                + "（以下简称《条例》）规定，向社会公布秦皇岛市抚宁区人民政府办公室2025年政府信息公开工作年度报告。"
                + "\n一、总体情况\n区政府办公室主动公开政府信息。");
    assertEquals(Optional.of("秦皇岛市抚宁区人民政府办公室"), result.match().organ());
    assertEquals(Optional.of(2025), result.match().year());
    // a breadcrumb is no organ's line
    result = PublishedReports.read("首页 > 政务公开 > 年报\n2025年政府信息公开工作年度报告\n一、总体情况\n区政府办公室主动公开政府信息。");
    assertEquals(Optional.empty(), result.match().organ());
  }

  @Test
  void aTitleWithItsYearInBracketsAfterItGivesTheOrganAndYear() {
    // 鄂城区市场监管局 (www.echeng.gov.cn, t20250106_682637) titles its 2024 report so
    for (String title :
        new String[] {"鄂城区市场监管局政府信息公开工作年度报告（2024年度）", "鄂城区市场监管局政府信息公开工作年度报告(2024年)"}) {
      ReadResult result =
          PublishedReports.read(
              title + "\n日期：2025-01-06\n一、总体情况\n2024年，鄂城区市场监督管理局坚持以习近平新时代中国特色社会主义思想为指导。");
      assertEquals(Optional.of("鄂城区市场监管局"), result.match().organ(), title);
      assertEquals(Optional.of(2024), result.match().year(), title);
    }
  }

  @Test
  void aMangledCaptionBesideA2019ColumnIsNotReadByTheFormsOrder() {
    // 衡阳市衡东县杨林镇 2023 (www.hengdong.gov.cn, i3300070): table 二 on the 2019 template, its
    // "本年新制作数量" / "本年新公开数量" cut to "本年新"; they were read by position as 本年制发件数 and
    // 本年废止件数, the newly disclosed documents becoming repealed ones
    String page =
        String.join(
            "\n",
            "衡阳市衡东县杨林镇2023年政府信息公开年度报告",
            "二、主动公开政府信息情况",
            "第二十条第(一)项 | ||||",
            "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |",
            "规章 | 1 | 1 | 1 | |",
            "规范性文件 | 22 | 22 | 22 | |",
            "第二十条第(五)项 | ||||",
            "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |",
            "行政许可 | ||||");
    ReadResult result = PublishedReports.read(page);
    assertTrue(ids(result).contains("IMPORT-EDITION-2019"), result.problems()::toString);
    for (String pointer :
        new String[] {
          "/proactiveDisclosure/regulations/issued",
          "/proactiveDisclosure/regulations/repealed",
          "/proactiveDisclosure/normativeDocuments/issued",
          "/proactiveDisclosure/normativeDocuments/repealed"
        }) {
      ReadCell read = result.cells().get(cellOf(pointer));
      assertTrue(read == null || read.mark().isPresent(), () -> pointer + " " + read);
    }
    assertFalse(ids(result).contains("IMPORT-HEADER-UNKNOWN"), result.problems()::toString);
  }

  @Test
  void aReportOf2019OnThe2019TemplateIsReadWithAWarning() throws IOException {
    // 上海市人民政府办公厅 2019: table 二 on the trial template with its （九） 政府集中采购 row ("251000元"),
    // header captions broken by <br />, the value cells spanning other columns than their header's;
    // （六）其他处理 as one row; blank cells as &nbsp;
    byte[] page = RealReportsTest.testResource("/survey4/shanghai-office-2019.html");
    ReadResult result = PublishedReports.read(page);
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals("上海市人民政府办公厅", report.organ());
    assertEquals(2019, report.year());
    assertEquals(java.util.Arrays.asList("IMPORT-EDITION-2019"), warnings(result));
    assertEquals(bd(859), cell(result, "/applications/newlyReceived/total"));
    assertEquals(
        bd(252), cell(result, "/applications/outcomes/unableToProvide/notHeld/naturalPerson"));
    assertEquals(bd(805), cell(result, "/applications/outcomes/total/total"));
    assertEquals(bd(72), cell(result, "/applications/carriedOverToNextYear/total"));
    assertEquals(
        bd(9),
        cell(result, "/reconsiderationAndLitigation/litigationWithoutReconsideration/total"));
    assertTrue(result.blankCells().contains("/applications/outcomes/disclosed/total"));
    assertTrue(result.blankCells().contains("/proactiveDisclosure/regulations/issued"));
  }

  private static java.util.List<String> warnings(ReadResult result) {
    return SurveyPagesTest.ids(result, Severity.WARNING);
  }

  @Test
  void aTitleWithItsYearBeforeTheWordsAnnualReportGivesTheOrganAndYear() {
    // 连云区教育局 (www.lianyun.gov.cn, 2025-01-20) titles its 2024 report so
    ReadResult result =
        PublishedReports.read(
            "连云区教育局政府信息公开工作2024年度报告\n一、总体情况\n本年度报告根据《中华人民共和国政府信息公开条例》及省、市、区相关规定编制。");
    assertEquals(Optional.of("连云区教育局"), result.match().organ());
    assertEquals(Optional.of(2024), result.match().year());
  }

  private static Cell cellOf(String pointer) {
    return FormCells.byPointer(pointer).get();
  }

  private static BigDecimal cell(ReadResult result, String pointer) {
    ReadCell read = result.cells().get(cellOf(pointer));
    return read == null ? null : read.value();
  }

  private static java.util.List<String> ids(ReadResult result) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (Severity severity : Severity.values()) {
      ids.addAll(SurveyPagesTest.ids(result, severity));
    }
    return ids;
  }

  private static BigDecimal bd(int value) {
    return BigDecimal.valueOf(value);
  }
}
