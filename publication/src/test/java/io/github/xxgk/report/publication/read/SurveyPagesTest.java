package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Unseen real pages a tester read (test-fixtures' {@code reports/}, README "Pages a survey found"),
 * each with what it taught the reader.
 */
class SurveyPagesTest {
  @Test
  void theSignatureDateIsReadUnderThePortalsButtons() throws IOException {
    // 平潭综合实验区国有资产管理局 2021: "…国有资产管理局 2022年1月7日 附件下载" at the very end
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-guoziju-2021.page.txt"));
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals("平潭综合实验区国有资产管理局", report.organ());
    assertEquals(2021, report.year());
    assertEquals(Optional.of(LocalDate.of(2022, 1, 7)), report.publishedOn());
    // the button is not the report's text
    assertTrue(report.otherMatters().get().endsWith("无收取信息处理费情况。"), report.otherMatters()::get);
  }

  @Test
  void moreButtonsAfterTheSignatureDoNotHideItEither() throws IOException {
    String page =
        text("pingtan-guoziju-2021.page.txt")
            .replace(" 附件下载", " 附件下载 【打印】 打印本页 关闭窗口 【字体：大 中 小】 分享到：微信 微博 QQ空间");
    assertEquals(
        Optional.of(LocalDate.of(2022, 1, 7)),
        PublishedReports.read(page).report().get().publishedOn());
  }

  @Test
  void thePostingDateOfThePagesHeaderIsNotTheSignaturesDate() throws IOException {
    // the header says "发布时间: 2022-01-13 17:48"; without the date under the report, none is read
    String page =
        text("pingtan-guoziju-2021.page.txt")
            .replace(" 平潭综合实验区国有资产管理局 2022年1月7日 附件下载", " 附件下载 时间：2022-01-13 打印本页");
    ReadResult result = PublishedReports.read(page);
    assertEquals(Optional.empty(), result.report().get().publishedOn());
  }

  @Test
  void aSignatureNamingAnotherOrganThanTheTitleIsAWarningAndTheTitlesOrganIsTaken()
      throws IOException {
    // 平潭综合实验区投资促进局 2024 was signed 平潭综合实验区国有资产管理局; 财政金融局 2021 signed 财政全融局
    String page =
        text("pingtan-guoziju-2021.page.txt").replace("平潭综合实验区国有资产管理局2021年", "平潭综合实验区投资促进局2021年");
    ReadResult result = PublishedReports.read(page);
    assertEquals("平潭综合实验区投资促进局", result.report().get().organ());
    List<Problem> warnings =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE"))
            .collect(Collectors.toList());
    assertEquals(1, warnings.size(), result.problems()::toString);
    assertEquals(Severity.WARNING, warnings.get(0).severity());
    assertEquals("/organ", warnings.get(0).pointer());
    assertEquals(
        "标题中的机关为“平潭综合实验区投资促进局”，落款机关却为“平潭综合实验区国有资产管理局”；按标题读取为“平潭综合实验区投资促进局”。",
        warnings.get(0).message(Language.ZH));
  }

  @Test
  void aSignatureWithTheTitlesOrganIsNoWarning() throws IOException {
    for (String name :
        new String[] {
          "pingtan-guoziju-2021.page.txt", "linfen-yaodu-2024.txt", "shuyang-2025.txt"
        }) {
      assertTrue(
          PublishedReports.read(text(name)).problems().stream()
              .noneMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
          name);
    }
  }

  @Test
  void wordsOfTheReportThatLookLikeAButtonStayInIt() throws IOException {
    String page =
        text("pingtan-guoziju-2021.page.txt").replace(" 平潭综合实验区国有资产管理局 2022年1月7日 附件下载", "旧网站已关闭窗口");
    ReadResult result = PublishedReports.read(page);
    assertTrue(result.report().get().otherMatters().get().endsWith("旧网站已关闭窗口"));
  }

  /** The first 16 lines of the Markdown a converter made of 上海市人民政府办公厅's 2025 PDF report. */
  private static final String SHANGHAI_OFFICE_2025 =
      String.join(
          "\n",
          "正文",
          "2025 年上海市人民政府办公厅政府信息公开",
          "工作年度报告",
          "本年度报告根据《中华人民共和国政府信息公开条例》（以",
          "下简称《条例》）、《上海市政府信息公开规定》（以下简称《规",
          "定》）和《关于印发中华人民共和国政府信息公开工作年度报告",
          "格式的通知》（国办公开办函〔2021〕30 号）的要求编制，全",
          "文包括总体情况、主动公开政府信息情况、收到和处理政府信息",
          "公开申请情况、因政府信息公开工作被申请行政复议和提起行政",
          "诉讼情况、政府信息公开工作存在的主要问题及改进情况，以及",
          "其他需要报告的事项。本年度报告中所列数据统计期限为 2025",
          "年 1 月 1 日至 12 月 31 日。本年度报告电子版可在上海市人民政",
          "府门户网站（www.shanghai.gov.cn）下载。",
          "",
          "一、总体情况",
          "2025 年，上海市人民政府办公厅坚持以习近平新时代中国");

  @Test
  void aTitleWrappedByAPdfConverterGivesTheOrganAndYear() {
    ReadResult result = PublishedReports.read(SHANGHAI_OFFICE_2025);
    assertEquals(Optional.of("上海市人民政府办公厅"), result.match().organ());
    assertEquals(Optional.of(2025), result.match().year());
    assertFalse(ids(result, Severity.ERROR).contains("IMPORT-ORGAN-MISSING"));
    assertFalse(ids(result, Severity.ERROR).contains("IMPORT-YEAR-MISSING"));
    // the lines are not joined in the document: what is read after them keeps its place
    assertEquals(
        Optional.of(SourcePosition.of(16, 1)),
        result.match().narrativePosition(NarrativeSection.OVERVIEW));
  }

  @Test
  void aPeriodWrappedInsideItsDateGivesTheYear() {
    // without the title, the year is that of "统计期限为 2025" / "年 1 月 1 日至…"
    String untitled = SHANGHAI_OFFICE_2025.replace("2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n", "");
    ReadResult result = PublishedReports.read(untitled);
    assertEquals(Optional.of(2025), result.match().year());
    // no organ is made of the preface's words
    assertEquals(Optional.empty(), result.match().organ());
    assertTrue(ids(result, Severity.ERROR).contains("IMPORT-ORGAN-MISSING"));
  }

  @Test
  void aTitleWrappedBeforeItsLastWordsGivesTheOrgan() {
    // 上海市科委 2024, as converted: "2024 年上海市科委政府信息公开工作" / "年度报告"
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "正文",
                "2024 年上海市科委政府信息公开工作",
                "年度报告",
                "根据《中华人民共和国政府信息公开条例》和《上海市政府",
                "信息公开规定》的要求，市科委编制了 2024 年度政务公开工作",
                "报告，报告全文包括总体情况、主动公开政府信息情况、收到和",
                "部分, 并附相关指标统计表。本年度报告中所列数据的统计周期",
                "为 2024 年 1 月 1 日至 12 月 31 日。年度报告电子版可以通过市"));
    assertEquals(Optional.of("上海市科委"), result.match().organ());
    assertEquals(Optional.of(2024), result.match().year());
  }

  @Test
  void aSentenceStartingWithTheYearNamesNoOrgan() {
    ReadResult result =
        PublishedReports.read(
            String.join("\n", "2024年，本局认真编制政府信息公开", "工作年度报告，现予公布。", "一、总体情况", "本局主动公开政府信息。"));
    assertEquals(Optional.empty(), result.match().organ());
  }

  @Test
  void aYearOnTheLineBeforeAPeriodThatIsWholeIsNotJoinedToIt() {
    // "2023" ends a line and the next holds a whole period of 2024: the year is 2024's
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n", "本机关2023", "2024年1月1日至2024年12月31日为本报告的统计期限。", "一、总体情况", "本局主动公开政府信息。"));
    assertEquals(Optional.of(2024), result.match().year());
  }

  @Test
  void aRunTogetherPageWithoutTheRegulationsRowReadsItsTablesAndRefusesOnlyTheAmbiguousRow()
      throws IOException {
    // 平潭综合实验区行政审批局 2025: no 规章 row, and the preface names "行政规范性文件3条" before the table
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-shenpiju-2025.page.txt"));
    assertTrue(
        ids(result, Severity.INFO).contains("IMPORT-TABLES-RUN-TOGETHER"),
        result.problems()::toString);
    // "3024" is 3, 0, 24 on the page, but 30, 2, 4 as well: the text cannot tell, the row is
    // refused, by one problem naming it where it was read
    List<Problem> errors =
        result.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .collect(Collectors.toList());
    assertEquals(
        Collections.singletonList("IMPORT-CELLS-RUN-TOGETHER"),
        errors.stream().map(Problem::ruleId).collect(Collectors.toList()),
        result.problems()::toString);
    assertTrue(
        errors.stream()
            .allMatch(p -> p.pointer().equals("/proactiveDisclosure/normativeDocuments")));
    assertFalse(result.report().isPresent());
    // the row not printed is absent, as in the page's HTML: blank, with a warning
    assertEquals(Collections.singletonList("IMPORT-ROW-ABSENT"), ids(result, Severity.WARNING));
    assertEquals(3, result.blankCells().size());
    assertTrue(
        result.blankCells().stream()
            .allMatch(c -> c.startsWith("/proactiveDisclosure/regulations/")),
        result.blankCells()::toString);
    // every other table and section is read
    assertEquals(bd(6), cell(result, "/applications/newlyReceived/naturalPerson"));
    assertEquals(
        bd(3), cell(result, "/applications/outcomes/notDisclosed/administrativeInquiries/total"));
    assertEquals(bd(0), cell(result, "/reconsiderationAndLitigation/reconsideration/total"));
    for (NarrativeSection section : NarrativeSection.values()) {
      assertTrue(result.match().narrative(section).isPresent(), section::toString);
    }
  }

  @Test
  void theSamePageWithItsValuesSpacedIsReadAsItsHtml() throws IOException {
    ReadResult result =
        PublishedReports.read(
            text("pingtan-shenpiju-2025.page.txt").replace("行政规范性文件3024", "行政规范性文件3 0 24"));
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals(3, report.proactiveDisclosure().normativeDocuments().issued());
    assertEquals(0, report.proactiveDisclosure().normativeDocuments().repealed());
    assertEquals(24, report.proactiveDisclosure().normativeDocuments().inForce());
    assertTrue(
        ids(result, Severity.WARNING).contains("IMPORT-ROW-ABSENT"), result.problems()::toString);
    assertEquals(3, result.blankCells().size());
  }

  @Test
  void theFeePrecisionMessageSaysThePrecisionIsFinerThanOneYuan() throws IOException {
    // 平潭综合实验区财政金融局 2024 prints 18651.064104 万元
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-caijinju-2024.html"));
    Problem precision =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-FEE-PRECISION"))
            .findFirst()
            .get();
    assertTrue(precision.message(Language.ZH).contains("小数超过 4 位，即精确到不足1元"), precision::toString);
    assertTrue(
        precision.message(Language.EN).contains("a precision finer than one yuan"),
        precision::toString);
  }

  /** Lines 85 to 120 of the Markdown a converter made of 上海市科委's 2024 PDF report. */
  private static final String KEWEI_2024_TABLES =
      String.join(
          "\n",
          "## 表二：主动公开政府信息情况",
          "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
          "|---|---|---|---|",
          "| 规章 | 0 | 0 | 0 |",
          "| 规范性文件 | 13 | 0 | 55 |",
          "",
          "二、收到和处理政府信息公开申请情况",
          "申请人情况",
          "（本列数据的勾稽关系为：第一项加第二项法人或其他组织",
          "之和，等于第三项加第四项之和）",
          "自然人总计",
          "商业企科研机社会公法律服",
          "其他",
          "本年",
          "## 表三：收到和处理政府信息公开申请情况",
          "| 业 | 构 | 益组织 | 务机构 |  |  |  |  |  |",
          "|---|---|---|---|---|---|---|---|---|",
          "| 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |  |",
          "| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |  |",
          "| 三、 | （一）予以公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |",
          "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
          "|---|---|---|---|---|---|---|",
          "",
          "（二）部分公开（区分处理的，只",
          "度办",
          "理结计这一情形，不计其他情形）",
          "果",
          "2.其他法律行政法规禁",
          "止公开",
          "| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
          "|---|---|---|---|---|---|---|---|",
          "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
          "|---|---|---|---|---|---|---|",
          "| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
          "|---|---|---|---|---|---|---|---|",
          "| 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");

  @Test
  void aTrailingEmptyColumnThatEveryRowLikeItLeavesEmptyIsPaddingNotACell() {
    // "| 一、本年新收… | 32 | 2 | 0 | 0 | 0 | 0 | 34 |  |": the table is as wide as its rows captioned
    // in two cells ("| 三、 | （一）予以公开 | 9 | …"), and no row captioned in one cell fills the last
    // column
    ReadResult result = PublishedReports.read(KEWEI_2024_TABLES);
    assertEquals(bd(32), cell(result, "/applications/newlyReceived/naturalPerson"));
    assertEquals(bd(34), cell(result, "/applications/newlyReceived/total"));
    assertEquals(bd(2), cell(result, "/applications/carriedOverFromPreviousYear/total"));
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ROW-SHAPE")),
        result.problems()::toString);
    // the rows whose captions the converter printed apart from their values are not read, and
    // not taken for rows the report left out: missing, not absent
    assertTrue(
        result.problems().stream()
            .anyMatch(
                p ->
                    p.ruleId().equals("IMPORT-ROW-MISSING")
                        && p.pointer().equals("/applications/outcomes/unableToProvide/notHeld")),
        result.problems()::toString);
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ROW-ABSENT")),
        result.problems()::toString);
    assertFalse(result.report().isPresent());
  }

  @Test
  void aTrailingEmptyCellWhereAnotherRowHasAValueIsACellAndTheRowIsRefused() {
    // the last column holds 5 in row 二: it is a column, and row 一's blank there one of its cells
    ReadResult result =
        PublishedReports.read(
            KEWEI_2024_TABLES.replace(
                "| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |  |",
                "| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | 5 |"));
    List<String> refused =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-ROW-SHAPE"))
            .map(Problem::pointer)
            .collect(Collectors.toList());
    assertEquals(
        java.util.Arrays.asList(
            "/applications/newlyReceived", "/applications/carriedOverFromPreviousYear"),
        refused);
    assertEquals(null, cell(result, "/applications/newlyReceived/total"));
  }

  @Test
  void aRowCaptionOnALineOfItsOwnWithItsValueIsNotTakenForARowLeftOut() {
    // "行政许可 0" as a line of text under table 二's heading is that row, spaced as a PDF's copy
    // prints rows (survey11); the rows of table 二 not printed are never taken for rows left out
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "二、主动公开政府信息情况",
                "第二十条第（五）项",
                "信息内容本年处理决定数量",
                "行政许可 0",
                "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
                "|---|---|---|---|",
                "| 规章 | 0 | 0 | 0 |",
                "| 规范性文件 | 13 | 0 | 55 |"));
    assertEquals(
        SourcePosition.of(4, 6),
        result
            .cells()
            .get(FormCells.byPointer("/proactiveDisclosure/licensing/decisions").get())
            .position());
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ROW-ABSENT")),
        result.problems()::toString);
  }

  @Test
  void sectionHeadingsOfTheAgricultureBureauAreReadAsSectionsFiveAndSix() throws IOException {
    // 平潭综合实验区农业农村局 2021: "五、政府信息公开存在的主要问题及改进情况" and "六、需要说明的其他事项与附表"
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-nongyeju-2021.page.txt"));
    assertTrue(
        result
            .match()
            .narrative(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS)
            .get()
            .startsWith("2021年我局政府信息公开工作得到有效落实"),
        result.problems()::toString);
    assertTrue(
        result.match().narrative(NarrativeSection.OTHER_MATTERS).get().endsWith("本年度没有产生信息公开处理费。"),
        result.problems()::toString);
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-NARRATIVE-MISSING")),
        result.problems()::toString);
    // the preface lists the same names without numbering: not taken for headings
    assertTrue(
        result.match().narrative(NarrativeSection.OVERVIEW).get().startsWith("（一）主动公开政府信息情况2021年"),
        result.problems()::toString);
    // "行政规范性文件3021" is 3, 0, 21 or 30, 2, 1: refused, everything else read
    assertEquals(
        Collections.singletonList("IMPORT-CELLS-RUN-TOGETHER"), ids(result, Severity.ERROR));
    assertEquals(bd(71), cell(result, "/proactiveDisclosure/punishment/decisions"));
    assertEquals(bd(2), cell(result, "/applications/outcomes/unableToProvide/notHeld/total"));
  }

  @Test
  void aNoteOnTheDocumentsDisclosureAfterTheSignaturesDateIsPartOfTheSignature()
      throws IOException {
    // 平潭综合实验区旅游与文化体育局 2024: "…无收取信息处理费情况。 平潭综合实验区旅游与文化体育局2025年1月26日（此件主动公开）"
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-lvwenju-2024.page.txt"));
    assertEquals(Optional.of(LocalDate.of(2025, 1, 26)), result.match().publishedOn());
    assertEquals(
        Optional.of("本年度无收取信息处理费情况。"), result.match().narrative(NarrativeSection.OTHER_MATTERS));
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
        result.problems()::toString);
  }

  @Test
  void aContactNoteAfterTheSignaturesDateIsPartOfTheSignature() throws IOException {
    // 平潭综合实验区交通与建设局 2021: "…交通与建设局 2022年1月7日 （联系人：林耀，联系方式：0591-23163387） 附件下载"
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-jiaojianju-2021.page.txt"));
    assertEquals(Optional.of(LocalDate.of(2022, 1, 7)), result.match().publishedOn());
    assertTrue(
        result.match().narrative(NarrativeSection.OTHER_MATTERS).get().endsWith("本年度没有产生信息公开处理费。"),
        result.problems()::toString);
    // a line naming whom to ask, without a date, is not taken for one
    String noDate = text("pingtan-jiaojianju-2021.page.txt").replace(" 2022年1月7日 （联系人", " （联系人");
    assertEquals(Optional.empty(), PublishedReports.read(noDate).match().publishedOn());
  }

  @Test
  void valuesRunTogetherThatCutIntoNumbersOnlyOneWayAreReadThatWay() throws IOException {
    // 平潭综合实验区交通与建设局 2021: "行政规范性文件0012" is 0, 0, 12: no count is printed "00" or "01"
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-jiaojianju-2021.page.txt"));
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals(0, report.proactiveDisclosure().normativeDocuments().issued());
    assertEquals(0, report.proactiveDisclosure().normativeDocuments().repealed());
    assertEquals(12, report.proactiveDisclosure().normativeDocuments().inForce());
    assertEquals(Collections.emptyList(), ids(result, Severity.ERROR));
    // the rest as the page prints it, read by hand: 5 received, 3 disclosed, 1 in part, 1 not held
    assertEquals(bd(2), cell(result, "/proactiveDisclosure/punishment/decisions"));
    assertEquals(bd(5), cell(result, "/applications/newlyReceived/total"));
    assertEquals(bd(3), cell(result, "/applications/outcomes/disclosed/naturalPerson"));
    assertEquals(bd(1), cell(result, "/applications/outcomes/partiallyDisclosed/total"));
    assertEquals(
        bd(1), cell(result, "/applications/outcomes/unableToProvide/notHeld/naturalPerson"));
    assertEquals(bd(5), cell(result, "/applications/outcomes/total/total"));
    assertEquals(bd(0), cell(result, "/reconsiderationAndLitigation/reconsideration/total"));
    // two ways to cut ("1012": 1, 0, 12 or 10, 1, 2), or one leaving a cell blank ("1000": 10, 0,
    // 0, or 100, 0 and a blank): refused
    for (String run : new String[] {"1012", "1000"}) {
      ReadResult refused =
          PublishedReports.read(
              text("pingtan-jiaojianju-2021.page.txt").replace("行政规范性文件0012", "行政规范性文件" + run));
      assertFalse(refused.report().isPresent(), run);
      assertTrue(ids(refused, Severity.ERROR).contains("IMPORT-CELLS-RUN-TOGETHER"), run);
    }
  }

  @Test
  void theTransportBureausTextOf2021IsReadCellExact() throws IOException {
    // every cell against the hand transcription of the page (pingtan-jiaojianju-2021.expected.json)
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-jiaojianju-2021.page.txt"));
    com.fasterxml.jackson.databind.JsonNode expected =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(RealReportsTest.resource("pingtan-jiaojianju-2021.expected.json"));
    assertEquals(
        Collections.emptyList(),
        io.github.xxgk.report.form.ExpectedCells.differences(
            cell -> result.cells().containsKey(cell) ? result.cells().get(cell).value() : null,
            pointer -> expected.at(pointer).decimalValue()),
        result.problems()::toString);
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals(expected.path("organ").asText(), report.organ());
    assertEquals(expected.path("year").asInt(), report.year());
    assertEquals(
        Optional.of(LocalDate.parse(expected.path("publishedOn").asText())), report.publishedOn());
    assertEquals(Collections.emptyList(), result.blankCells());
    assertEquals(Collections.emptyList(), ids(result, Severity.WARNING));
  }

  @Test
  void aRowPrintedWithoutValuesBetweenTwoCaptionsIsReadBlank() throws IOException {
    // 平潭综合实验区市场监督管理局 2023: "…不再处理其政府信息公开申请3.其他（七）总计1000001", the cells of （六）2 and 3
    // left empty on the page
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-shijianju-2023.page.txt"));
    // the tables are found (they were all missing before); only the ambiguous "13013" is refused
    assertEquals(
        Collections.singletonList("IMPORT-CELLS-RUN-TOGETHER"), ids(result, Severity.ERROR));
    assertTrue(
        result.blankCells().contains("/applications/outcomes/otherHandling/feeOverdue/total"),
        result.blankCells()::toString);
    ReadResult spaced =
        PublishedReports.read(
            text("pingtan-shijianju-2023.page.txt").replace("规范性文件13013", "规范性文件13 0 13"));
    AnnualReport report = spaced.report().orElseThrow(() -> new AssertionError(spaced.problems()));
    assertEquals(13, report.proactiveDisclosure().normativeDocuments().inForce());
    assertEquals(bd(1), cell(spaced, "/applications/outcomes/total/total"));
    // 3 cells of the 规章 row not printed, 7 + 7 of the two rows printed empty
    assertEquals(17, spaced.blankCells().size(), spaced.blankCells()::toString);
    assertTrue(
        spaced.blankCells().stream()
            .filter(c -> c.startsWith("/applications/"))
            .allMatch(
                c ->
                    c.startsWith("/applications/outcomes/otherHandling/feeOverdue/")
                        || c.startsWith("/applications/outcomes/otherHandling/other/")),
        spaced.blankCells()::toString);
    // an empty row cannot be told from a row of marks or notes: those still refuse the text
    ReadResult marked =
        PublishedReports.read(
            text("pingtan-shijianju-2023.page.txt")
                .replace("规范性文件13013", "规范性文件13 0 13")
                .replace("申请3.其他（七）", "申请3.其他———（七）"));
    assertFalse(marked.report().isPresent());
  }

  @Test
  void aNarrativeNamingTheRegulationsRowDoesNotPrintIt() throws IOException {
    // 市场监督管理局 2025's section 二 says "公示公告重点公开市场监管相关规章、规范性文件" beside a table without
    // the 规章 row: the word in a sentence is no row, so the table is still read, its 规章 row absent
    String page =
        text("pingtan-shenpiju-2025.page.txt")
            .replace("行政规范性文件3024", "行政规范性文件3 0 24")
            .replace("累计主动公开政府信息251条。", "累计主动公开政府信息251条，公示公告重点公开市场监管相关规章、规范性文件。");
    ReadResult result = PublishedReports.read(page);
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals(24, report.proactiveDisclosure().normativeDocuments().inForce());
    assertTrue(
        ids(result, Severity.WARNING).contains("IMPORT-ROW-ABSENT"), result.problems()::toString);
  }

  @Test
  void valuesRunIntoAParagraphOpeningWithAYearAreCutBeforeTheYear() throws IOException {
    // 平潭综合实验区市场监督管理局 2025 prints paragraphs inside sections 二 and 三, right after the last
    // values: "行政事业性收费02025年，我局严格…" and "四、结转下年度继续办理20000022025年，我局共收到…"; and
    // "7.属于行政执法案件", a variant, after "6.属于四类过程性信息0000000"
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-shijianju-2025.page.txt"));
    assertTrue(
        ids(result, Severity.INFO).contains("IMPORT-TABLES-RUN-TOGETHER"),
        result.problems()::toString);
    assertEquals(bd(0), cell(result, "/proactiveDisclosure/fees/amountWanYuan"));
    assertEquals(bd(2), cell(result, "/applications/carriedOverToNextYear/naturalPerson"));
    assertEquals(bd(2), cell(result, "/applications/carriedOverToNextYear/total"));
    assertEquals(
        bd(3), cell(result, "/applications/outcomes/notDisclosed/enforcementCaseFiles/total"));
    assertEquals(
        bd(0), cell(result, "/applications/outcomes/notDisclosed/processInformation/total"));
    // what the text cannot tell is refused, row by row ("1173", "210000021", "110000011",
    // "190000019", table 四's seventeen digits for fifteen cells), never the tables as missing
    List<String> refused = ArchiveLayoutsTest.refusedRows(result);
    assertEquals(
        java.util.Arrays.asList(
            "/proactiveDisclosure/normativeDocuments",
            "/applications/newlyReceived",
            "/applications/outcomes/partiallyDisclosed",
            "/applications/outcomes/total",
            "/reconsiderationAndLitigation"),
        refused);
    assertTrue(
        result.problems().stream()
            .noneMatch(
                p ->
                    p.ruleId().equals("IMPORT-TABLE-MISSING")
                        && !p.pointer().equals("/reconsiderationAndLitigation")),
        result.problems()::toString);
    assertTrue(
        result.match().narrative(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS).isPresent(),
        result.problems()::toString);
  }

  private static java.math.BigDecimal bd(int value) {
    return java.math.BigDecimal.valueOf(value);
  }

  private static java.math.BigDecimal cell(ReadResult result, String pointer) {
    return result.cells().entrySet().stream()
        .filter(e -> e.getKey().pointer().equals(pointer))
        .map(e -> e.getValue().value())
        .findFirst()
        .orElse(null);
  }

  static String text(String name) throws IOException {
    return new String(RealReportsTest.resource(name), StandardCharsets.UTF_8);
  }

  static List<String> ids(ReadResult result, Severity severity) {
    return result.problems().stream()
        .filter(p -> p.severity() == severity)
        .map(Problem::ruleId)
        .collect(Collectors.toList());
  }
}
