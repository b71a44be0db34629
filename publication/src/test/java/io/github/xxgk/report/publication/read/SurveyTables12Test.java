package io.github.xxgk.report.publication.read;

import static io.github.xxgk.report.publication.read.SurveyPage.bd;
import static io.github.xxgk.report.publication.read.SurveyPage.cell;
import static io.github.xxgk.report.publication.read.SurveyPage.fixture;
import static io.github.xxgk.report.publication.read.SurveyPage.ids;
import static io.github.xxgk.report.publication.read.SurveyPage.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unseen real reports as a survey of stored public pages found them (survey12: 41 reports, 2019 to
 * 2025, of levels the earlier surveys had not read — a national administration (国家新闻出版署), 自治区 and 省
 * departments (西藏自治区审计厅, 政府国资委, 海南省商务厅, 营商环境建设厅, 吉林省商务厅, 安徽省住房和城乡建设厅), a 自治区 office (北部湾办), 市政府办公室,
 * 市局, 区局, 县政府, 街道, 乡镇 — of 24 provinces and regions: 新疆, 西藏, 内蒙古, 海南, 甘肃, 陕西, 山西, 河北, 河南, 天津, 辽宁,
 * 吉林, 黑龙江, 山东, 江苏, 安徽, 浙江, 广东, 广西, 云南, 贵州, 四川, 重庆, 宁夏). Each is kept in {@code survey12/} as the
 * stored page printed it, rebuilt as the text a user copies (a cell a line, lines apart or ended by
 * a bar, cells between bars on a row's line, a row a line spaced), with what a careful reader sees
 * in a {@code .exp} file beside it (read by {@link SurveyPage}): {@code organ=}, {@code year=}
 * ({@code -} for none printed), and the cells of tables 二, 三 and 四 in the form's order after {@code
 * t2:}, {@code t3:}, {@code t4:} ({@code ?} for a cell the stored page does not show, {@code -} for
 * one printed empty or as a mark).
 *
 * <table>
 *   <caption>Reports by what the reader made of them, before and after survey12</caption>
 *   <tr><th>class</th><th>before</th><th>after</th></tr>
 *   <tr><td>every visible cell read as printed, or refused by name where the stored page cuts
 *       the table (none is whole: the pages keep a report's start)</td><td>9</td><td>12</td></tr>
 *   <tr><td>metadata read as printed, the tables not in the stored page</td>
 *       <td>24</td><td>25</td></tr>
 *   <tr><td>refused though readable: a title not read (西藏自治区审计厅's
 *       "政务信息公开工作开展年度报告")</td><td>1</td><td>0</td></tr>
 *   <tr><td>refused rightly: rows whose blank cells are lone bars, a 2019 table printed without
 *       its values, a row of table 三 on a flip-book page without its table, the 2019 template in
 *       a 2023 report (IMPORT-EDITION-2019, its cells read as that template's)</td>
 *       <td>4</td><td>4</td></tr>
 *   <tr><td>wrong cells with no error: a 2019 header wrapped over two lines, its columns taken
 *       for the 2021 form's (six cells, only IMPORT-EDITION-2019's warning for 2020)</td>
 *       <td>1</td><td>0</td></tr>
 *   <tr><td>wrong metadata with no problem: the year of last year's report the overview cites
 *       (国家新闻出版署 2022 read as 2021); a portal's spaced field name read into the organ
 *       ("标题西藏自治区政府国资委")</td><td>2</td><td>0</td></tr>
 *   <tr><td>crash</td><td>0</td><td>0</td></tr>
 * </table>
 *
 * <p>Three of them (九原区政务服务局 2022, a 市局 of 长春 2023, 徐闻县司法局) were also rebuilt as their markup (a
 * CMS table, a row's empty cells as colspans) and as a browser copies them (cells apart by tabs):
 * read as printed in both. Probing the pages with other printings found three more faults, each a
 * wrong read with no error: a row of the form whose value is words ("约5", "1.1万", "见附件") was taken
 * for a header and the row reported as not printed (blank, a warning), in markup and copied text
 * alike; it is now refused at its cell ({@code IMPORT-CELL-UNREADABLE}). A row with a caption the
 * form does not know, in a table of its own under table 二's heading (a page printing each item as a
 * table), was dropped unsaid and its row taken as left out; it is now said ({@code
 * IMPORT-ROW-UNKNOWN}) and the row not found is missing. Under a heading, sentences of section 一
 * telling of last year's report ("按时发布2021年政府信息公开工作年度报告") gave its year, once the organ "发布了"; they
 * no longer do.
 */
class SurveyTables12Test {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ah-zjt-2021",
        "baisha-2023",
        "bbwb-2022",
        "changchun-js-2023",
        "district-tjj-2023",
        "gaoling-spj-2021",
        "hainan-db-2023",
        "hainan-swt-2023",
        "hekou-qiaotou-2022",
        "jinchang-tjj-2024",
        "jiuyuan-zwfwj-2022",
        "jl-swt-2025",
        "mengshui-2024",
        "mingshan-xinming-2024",
        "nanguan-yongji-2024",
        "nppa-2022",
        "ouhai-sjj-2024",
        "shanhaiguan-nanguan-2024",
        "shuocheng-zhangcaizhuang-2022",
        "tongling-office-2021",
        "wendeng-shenji-2020-p9",
        "wuchang-minyi-2021",
        "xiongxian-xiang-2019",
        "xizang-gzw-2023",
        "xizang-sjt-2025",
        "xjnlk-zhen-2023",
        "xuwen-sfj",
        "yanta-tzhzj-2020",
        "wuqia-sjj-2025",
        "wuqia-office-2025",
        "yiyuan-xili-2024",
        "dabancheng-2025",
        "harbin-swj-2022",
        "xinhuaqu-office-2025",
        "mulan-fgj-2022",
        "tongzi-yelang-2023",
        "tjbc-jiarongli-2021",
        "yuzhong-dsj-2024",
        "yinchuan-office-2022",
        "dazhu-sihe-2023",
        "jurong-2022"
      })
  void everyVisibleCellIsReadAsPrintedOrRefusedByName(String name) throws IOException {
    SurveyPage.assertReadAsExpected("survey12", name);
  }

  @Test
  void aReportCitedInTheOverviewGivesNeitherOrganNorYear() throws IOException {
    // 国家新闻出版署 2022 (a copy of its page without the title): "二是稳妥做好主动公开。公开发布《国家新闻出版署2021年
    // 政府信息公开工作年度报告》" under 一、总体情况 — last year's report, read before as the report's title (2021)
    ReadResult result = PublishedReports.read(text("nppa-2022.txt"));
    assertEquals(Optional.empty(), result.match().year());
    assertEquals(Optional.empty(), result.match().organ());
    assertTrue(ids(result).contains("IMPORT-YEAR-MISSING"), result.problems()::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "公开发布国家新闻出版署2021年政府信息公开工作年度报告",
        "按时发布2021年政府信息公开工作年度报告",
        "发布《2021年政府信息公开工作年度报告》",
        "公开发布了2021年度政府信息公开年报",
        "编制2021年政府信息公开工作年度报告"
      })
  void lastYearsReportTheOverviewTellsOfGivesNeitherOrganNorYear(String sentence)
      throws IOException {
    // the same sentence of 国家新闻出版署 2022 as section 一s commonly word it, with no marks: read
    // before as the year 2021, and "公开发布了2021年度…" as the organ "发布了"
    String page = text("nppa-2022.txt").replace("公开发布《国家新闻出版署2021年政府信息公开工作年度报告》", sentence);
    ReadResult result = PublishedReports.read(page);
    assertEquals(Optional.empty(), result.match().year(), sentence);
    assertEquals(Optional.empty(), result.match().organ(), sentence);
  }

  @Test
  void aTitleTheOverviewPresentsNowIsStillRead() throws IOException {
    // the words presenting a report now ("现发布《…》") name the report's own title wherever they stand
    String page =
        text("nppa-2022.txt").replace("一是完善优化工作机制。", "现发布《国家新闻出版署2022年政府信息公开工作年度报告》。一是完善优化工作机制。");
    ReadResult result = PublishedReports.read(page);
    assertEquals(Optional.of(2022), result.match().year());
    assertEquals(Optional.of("国家新闻出版署"), result.match().organ());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "国家新闻出版署二〇二二年政府信息公开工作年度报告",
        "国家新闻出版署二零二二年度政府信息公开工作年度报告",
        "二〇二二年国家新闻出版署政府信息公开工作年度报告"
      })
  void aTitlesYearInChineseNumeralsIsRead(String title) throws IOException {
    // the copy of 国家新闻出版署 2022 under a title printing its year in numerals: no organ or year was
    // read, the report refused though its title names both
    ReadResult result = PublishedReports.read(title + "\n" + text("nppa-2022.txt"));
    assertEquals(Optional.of(2022), result.match().year(), title);
    assertEquals(Optional.of("国家新闻出版署"), result.match().organ(), title);
  }

  @Test
  void aPortalsFieldNameSpacedOutIsNoPartOfTheOrgan() throws IOException {
    // "标      题 西藏自治区政府国资委2023年度信息公开工作报告": read before as the organ "标题西藏自治区政府国资委"
    ReadResult result = PublishedReports.read(text("xizang-gzw-2023.txt"));
    assertEquals(Optional.of("西藏自治区政府国资委"), result.match().organ());
    assertEquals(Optional.of(2023), result.match().year());
  }

  @Test
  void aTitleOfTheWorkOfPublishingGovernmentAffairsInformationIsRead() throws IOException {
    // "西藏自治区审计厅2025年政务信息" / "公开工作开展年度报告": no organ and no year were read
    ReadResult result = PublishedReports.read(text("xizang-sjt-2025.txt"));
    assertEquals(Optional.of("西藏自治区审计厅"), result.match().organ());
    assertEquals(Optional.of(2025), result.match().year());
    assertEquals(bd(1), value(result, "/proactiveDisclosure/regulations/repealed"));
    assertEquals(bd(2), value(result, "/proactiveDisclosure/normativeDocuments/inForce"));
  }

  @Test
  void theColumnsOfA2019HeaderWrappedOverTwoLinesAreNotTakenForThe2021Forms() throws IOException {
    // 西安市雁塔区投资合作局 2020 copied a cell a line: "本年" / "新制作数量" / "本年" / "新公开数量" / "对外公开总数量"
    // is five lines over three values; the row was read before as 本年制发, 本年废止, 现行有效 (本年新公开数量
    // taken for 本年废止件数), with only IMPORT-EDITION-2019's warning for a 2020 report
    ReadResult result = PublishedReports.read(text("yanta-tzhzj-2020.txt"));
    for (Cell cell : FormCells.of(FormTable.PROACTIVE_DISCLOSURE)) {
      ReadCell read = result.cells().get(cell);
      boolean decisions = cell.pointer().endsWith("/decisions");
      if (decisions) {
        // under its own 2019 header as wide as the row: 处理决定数量
        assertEquals(Optional.empty(), read.mark(), cell::pointer);
        assertEquals(BigDecimal.ZERO, read.value(), cell::pointer);
      } else {
        assertEquals(Optional.of(CellMark.BLANK), read.mark(), cell::pointer);
      }
    }
    assertTrue(ids(result).contains("IMPORT-EDITION-2019"), result.problems()::toString);
  }

  @Test
  void aRowUnderAWrapped2019HeaderWhoseDecisionsTheFormHoldsIsRefused() throws IOException {
    // the same wrapping over 行政许可's columns: which value is 处理决定数量 cannot be told
    String page =
        text("yanta-tzhzj-2020.txt").replaceFirst("上一年项目数量\n\n本年增/减", "上一年\n\n项目数量\n\n本年增/减");
    ReadResult result = PublishedReports.read(page);
    assertFalse(
        result.cells().containsKey(cell("/proactiveDisclosure/licensing/decisions")),
        result.cells()::toString);
    assertTrue(
        result.problems().stream()
            .anyMatch(
                p ->
                    p.ruleId().equals("IMPORT-ROW-SHAPE")
                        && p.pointer().equals("/proactiveDisclosure/licensing")),
        result.problems()::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"约5", "1.1万", "见附件"})
  void aRowWhoseValueIsWordsIsRefusedAtItsCellNotTakenForARowLeftOut(String words)
      throws IOException {
    // 行政许可's one value printed as words, in three real reports' printings: a cell a line
    // (临汾市尧都区 2024's copy), the page's markup (平潭综合实验区行政审批局 2024) and cells between bars
    // (沭阳县 2025). Before, the row was taken for a header and said not printed (IMPORT-ROW-ABSENT,
    // a warning), its cell read blank, and the whole report returned.
    String pingtanCell =
        "<p>行政许可</p></td><td width=\"430\" valign=\"center\" colspan=\"3\" style=\"border-width:"
            + " 1px; border-style: solid; border-color: rgb(0, 0, 0);\"><p>";
    String[] pages = {
      fixture("linfen-yaodu-2024.txt").replace("\t行政许可\n\t0\n", "\t行政许可\n\t" + words + "\n"),
      fixture("pingtan-shenpiju-2024.html")
          .replace(pingtanCell + "3</p>", pingtanCell + words + "</p>"),
      fixture("shuyang-2025.txt").replace("| 行政许可 | 517645 |", "| 行政许可 | " + words + " |")
    };
    for (String page : pages) {
      ReadResult result = PublishedReports.read(page);
      String licensing = "/proactiveDisclosure/licensing/decisions";
      assertFalse(
          result.cells().containsKey(cell(licensing)),
          () -> String.valueOf(result.cells().get(cell(licensing))));
      assertTrue(
          result.problems().stream()
              .anyMatch(
                  p ->
                      p.ruleId().equals("IMPORT-CELL-UNREADABLE")
                          && p.pointer().equals(licensing)
                          && p.line().isPresent()),
          result.problems()::toString);
      assertFalse(ids(result).contains("IMPORT-ROW-ABSENT"), result.problems()::toString);
      assertFalse(result.report().isPresent());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"行政许可(含备案)", "行政许可决定", "许可"})
  void anUnknownCaptionWithANumberInATableOfItsOwnUnderTableTwoPutsTheRowInDoubt(String caption)
      throws IOException {
    // 沭阳县 2025's page prints each item of table 二 as a table of its own. Its 行政许可 row with a
    // caption the form does not know, alone in its table, was dropped unsaid: the row then counted
    // as
    // left out (IMPORT-ROW-ABSENT, a warning), its 517645 decisions read blank, the report
    // returned.
    String page =
        fixture("shuyang-2025.txt").replace("| 行政许可 | 517645 |", "| " + caption + " | 517645 |");
    ReadResult result = PublishedReports.read(page);
    assertTrue(
        result.problems().stream()
            .anyMatch(p -> p.ruleId().equals("IMPORT-ROW-UNKNOWN") && p.line().isPresent()),
        result.problems()::toString);
    assertTrue(
        result.problems().stream()
            .anyMatch(
                p ->
                    p.ruleId().equals("IMPORT-ROW-MISSING")
                        && p.pointer().equals("/proactiveDisclosure/licensing")),
        result.problems()::toString);
    assertFalse(ids(result).contains("IMPORT-ROW-ABSENT"), result.problems()::toString);
    assertFalse(result.report().isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"本年收费金额（单位：元）", "本年收费金额（元）"})
  void aFeeHeadedInYuanIsNotReadAsTenThousands(String header) throws IOException {
    // 沭阳县 2025's fee under a header giving yuan: its 4068.208 was read as 万元 with no problem
    String page =
        fixture("shuyang-2025.txt")
            .replace("| 信息内容 | 本年收费金额（单位：万元） |", "| 信息内容 | " + header + " |");
    ReadResult result = PublishedReports.read(page);
    assertFalse(
        result.cells().containsKey(cell("/proactiveDisclosure/fees/amountWanYuan")),
        result.cells()::toString);
    List<Problem> yuan =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-FEE-YUAN"))
            .collect(java.util.stream.Collectors.toList());
    assertEquals(1, yuan.size(), result.problems()::toString);
    assertEquals("/proactiveDisclosure/fees", yuan.get(0).pointer());
    assertTrue(yuan.get(0).line().isPresent());
    assertFalse(ids(result).contains("IMPORT-ROW-MISSING"), result.problems()::toString);
    assertFalse(result.report().isPresent());
  }

  private static String text(String name) throws IOException {
    return SurveyPage.text("survey12", name);
  }
}
