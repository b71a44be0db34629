package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The portal's posting date above a report ("发布时间：…", "时间：…"): never the report's {@code
 * publishedOn} (the date signed), but named beside it by {@code IMPORT-POSTED-ON} when they differ.
 */
class PostingDateTest {
  @Test
  void thePostingDateOfTheEconomicBureausPageIsNamedBesideTheDateSigned() throws IOException {
    // 平潭综合实验区经济发展局 2021: "时间：2022-01-19 09:28" above the report, signed 2022年1月13日
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-jingfaju-2021.html"));
    assertEquals(Optional.of(LocalDate.of(2022, 1, 13)), result.report().get().publishedOn());
    Problem posted = posted(result).get(0);
    assertEquals(Severity.INFO, posted.severity());
    assertEquals("/publishedOn", posted.pointer());
    assertEquals(Arrays.asList("2022-01-19", "时间", "2022-01-13", 1, "", 0, 0), posted.arguments());
    assertTrue(posted.line().isPresent());
    assertSaid(
        posted,
        "Above the report the page prints \"时间: 2022-01-19\", the portal's posting date, while the"
            + " report is signed 2022-01-13. publishedOn is the date signed, never the posting"
            + " date.",
        "页面在报告上方印有“时间：2022-01-19”，为门户网站的发布日期，而报告落款日期为 2022-01-13。publishedOn 取落款日期，不取发布日期。");
  }

  @Test
  void theSocialAffairsBureausToo() throws IOException {
    // 平潭综合实验区社会事业局 2021: posted 2022-01-14, signed 2022年1月10日
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-shishiju-2021.html"));
    assertEquals(Optional.of(LocalDate.of(2022, 1, 10)), result.match().publishedOn());
    assertEquals("2022-01-14", RealReportsTest.postedOn(result));
  }

  @Test
  void aPostingDateOnTheDaySignedIsNotSaid() throws IOException {
    // 平潭综合实验区旅游与文化体育局 2024: "发布时间: 2025-01-26 16:04", signed 2025年1月26日
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-lvwenju-2024.page.txt"));
    assertEquals(Optional.of(LocalDate.of(2025, 1, 26)), result.match().publishedOn());
    assertEquals(0, posted(result).size(), result.problems()::toString);
  }

  @Test
  void withoutADateSignedThePostingDateIsSaidButNotTaken() throws IOException {
    // 平潭综合实验区农业农村局 2021 signs without a date; the page was posted 2022-01-14
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-nongyeju-2021.page.txt"));
    assertEquals(Optional.empty(), result.match().publishedOn());
    Problem posted = posted(result).get(0);
    assertEquals(Arrays.asList("2022-01-14", "发布时间", "", 0, "", 0, 0), posted.arguments());
    assertTrue(
        posted.message(Language.EN).contains("the signature at the end prints no date"),
        posted.message(Language.EN));
  }

  @Test
  void aPostingDatePastArticle49sDeadlineIsSaidToBe() throws IOException {
    // 平潭综合实验区国有资产管理局 2021 (a department: 31 January), both its posting dates moved on
    String page =
        SurveyPagesTest.text("pingtan-guoziju-2021.page.txt")
            .replace("发布时间: 2022-01-13 17:48", "发布时间: 2022-02-08 17:48")
            .replace("时间：2022-01-13 17:48", "时间：2022-02-08 17:48");
    Problem posted = posted(PublishedReports.read(page)).get(0);
    assertEquals(
        Arrays.asList("2022-02-08", "发布时间", "2022-01-07", 1, "2022-01-31", 1, 0),
        posted.arguments());
    assertTrue(
        posted
            .message(Language.EN)
            .endsWith(
                "The posting date is past 2022-01-31, the deadline of article 49 for this report."),
        posted.message(Language.EN));
    assertTrue(
        posted.message(Language.ZH).endsWith("该发布日期晚于条例第四十九条规定的公布期限 2022-01-31。"),
        posted.message(Language.ZH));
  }

  @Test
  void aPeopleGovernmentHasUntil31March() throws IOException {
    // 沭阳县人民政府 2025, signed 2026年1月23日
    String report = SurveyPagesTest.text("shuyang-2025.txt");
    ReadResult inTime = PublishedReports.read("发布日期：2026-03-31\n" + report);
    assertEquals(
        Arrays.asList("2026-03-31", "发布日期", "2026-01-23", 1, "", 0, 0),
        posted(inTime).get(0).arguments());
    ReadResult late = PublishedReports.read("发布日期：2026年4月1日\n" + report);
    assertEquals("2026-03-31", posted(late).get(0).arguments().get(4));
  }

  @Test
  void twoPostingDatesPartialOrImpossibleDatesAndOtherDatesGiveNothing() throws IOException {
    String page = SurveyPagesTest.text("pingtan-guoziju-2021.page.txt");
    assertEquals(1, posted(PublishedReports.read(page)).size());
    for (String[] change :
        new String[][] {
          // the crawler's header and the page's chrome disagree: which is the posting date?
          {"发布时间: 2022-01-13 17:48", "发布时间: 2022-01-15 17:48"},
          // only the chrome's: a month, or no day of the calendar
          {"发布时间: 2022-01-13 17:48", "发布时间: 2022-01 17:48"},
          {"发布时间: 2022-01-13 17:48", "发布时间: 2022-02-30 17:48"},
        }) {
      String changed = page.replace(change[0], change[1]);
      if (change[1].contains("2022-01 ") || change[1].contains("02-30")) {
        changed = changed.replace("时间：2022-01-13 17:48", "时间：2022-01 17:48");
      }
      assertEquals(0, posted(PublishedReports.read(changed)).size(), change[1]);
    }
    // 采集时间 (when a crawler fetched the page) is no posting date: 沭阳县发展和改革局 2023's page
    ReadResult crawled =
        PublishedReports.read(RealReportsTest.resource("shuyang-fagaiju-2023.html"));
    assertTrue(
        SurveyPagesTest.text("shuyang-fagaiju-2023.html").contains("采集时间：</strong>2025-12-30"));
    assertEquals(0, posted(crawled).size(), crawled.problems()::toString);
    // a date after the report (the page's buttons under the signature) is no posting date above it
    String below =
        page.replace("发布时间: 2022-01-13 17:48", "")
            .replace("时间：2022-01-13 17:48", "")
            .replace(" 附件下载", " 时间：2022-01-20 附件下载");
    assertNull(RealReportsTest.postedOn(PublishedReports.read(below)));
  }

  @Test
  void aMetadataTablesDateIsReadFromTheCellAfterItsName() throws IOException {
    // 沭阳县发展和改革局 2023 prints 名称, 索引号, 发布机构 and 公开日期 | 2024-01-17 in a table above the
    // report, signed 2024年1月17日: the same day, nothing said (above); posted three days later:
    String page = SurveyPagesTest.text("shuyang-fagaiju-2023.html");
    String cell = "<publishtime>2024-01-17</publishtime>";
    assertTrue(page.contains("<td class=\"c1\" align=\"center\">公开日期</td>"));
    ReadResult later =
        PublishedReports.read(page.replace(cell, "<publishtime>2024-01-20</publishtime>"));
    Problem posted =
        postedBeside(
            later, LocalDate.of(2024, 1, 17), 198, "2024-01-20", "公开日期", "2024-01-17", 1, "", 0, 0);
    assertEquals(
        "页面在报告上方印有“公开日期：2024-01-20”，为门户网站的发布日期，而报告落款日期为 2024-01-17。publishedOn 取落款日期，不取发布日期。",
        posted.message(Language.ZH));
    // the name and the date in one cell
    String oneCell =
        page.replace("<td class=\"c1\" align=\"center\">公开日期</td>", "<td>发布日期：2024-01-21</td>")
            .replace(cell, "");
    assertEquals("2024-01-21", RealReportsTest.postedOn(PublishedReports.read(oneCell)));
    // a date after another field's name is no posting date, nor one after the name but apart
    for (String[] change :
        new String[][] {
          {"<td class=\"c1\" align=\"center\">公开日期</td>", "<td class=\"c1\">生效日期</td>"},
          {"<td class=\"c1\" align=\"center\">公开日期</td>", "<td class=\"c1\">公开日期</td><td></td>"},
        }) {
      String changed =
          page.replace(change[0], change[1]).replace(cell, "<publishtime>2024-01-20</publishtime>");
      assertEquals(0, posted(PublishedReports.read(changed)).size(), change[1]);
    }
  }

  @Test
  void aMetadataTablesDateIsReadFromTheCellUnderItsName() throws IOException {
    // portals print 索引号 | 发布机构 | 公开日期 … as a row of names with the values in the row below:
    // 沭阳县发展和改革局 2023's table so laid out, posted three days after the date signed
    String page = SurveyPagesTest.text("shuyang-fagaiju-2023.html");
    ReadResult result = PublishedReports.read(namesOverValues(page, "2024-01-20", ""));
    postedBeside(
        result, LocalDate.of(2024, 1, 17), 195, "2024-01-20", "公开日期", "2024-01-17", 1, "", 0, 0);
    // the same day as the signature's: nothing said, and the date signed is kept either way
    assertEquals(0, posted(PublishedReports.read(namesOverValues(page, "2024-01-17", ""))).size());
    // a list of documents (two dates under the name) or a row below of another shape: no date
    for (String below :
        new String[] {
          "<tr><td>x</td><td>2024-01-22</td><td></td><td></td></tr>",
          "<tr><td colspan=\"2\">2024-01-20</td><td></td></tr>"
        }) {
      ReadResult other = PublishedReports.read(namesOverValues(page, "2024-01-20", below));
      assertEquals(Optional.of(LocalDate.of(2024, 1, 17)), other.match().publishedOn());
      if (below.contains("01-22")) {
        assertEquals(0, posted(other).size(), below);
      } else {
        assertEquals("2024-01-20", RealReportsTest.postedOn(other), below);
      }
    }
    String misaligned =
        namesOverValues(page, "2024-01-20", "")
            .replace("<td>沭阳县发展和改革局</td><td>2024-01-20</td>", "<td colspan=\"2\">2024-01-20</td>");
    assertEquals(0, posted(PublishedReports.read(misaligned)).size());
  }

  /**
   * The Shuyang page with the row "发布机构 | … | 公开日期 | …" of its metadata table printed as names over
   * values ({@code date} under 公开日期), and {@code more} rows after them.
   */
  private static String namesOverValues(String page, String date, String more) {
    String names =
        "<tr><td class=\"c1\">发布机构</td><td class=\"c1\">公开日期</td>"
            + "<td class=\"c1\">文号</td><td class=\"c1\">关键词</td></tr>\n"
            + "<tr><td>沭阳县发展和改革局</td><td>"
            + date
            + "</td><td></td><td></td></tr>"
            + more;
    String changed =
        page.replaceFirst("(?s)<tr>\\s*<td class=\"c1\" align=\"center\">发布机构</td>.*?</tr>", names);
    assertTrue(changed.contains(names));
    return changed;
  }

  @Test
  void thePagesPubDateIsReadWhenThePagePrintsNone() throws IOException {
    // 平潭综合实验区经济发展局 2021 gives <meta name="PubDate" content="2022-01-19 09:28"> as well as
    // printing "时间：2022-01-19 09:28"; without the printed one, the metadata's is said
    String page =
        SurveyPagesTest.text("pingtan-jingfaju-2021.html").replace("时间：2022-01-19 09:28", "");
    Problem posted =
        postedBeside(
            PublishedReports.read(page),
            LocalDate.of(2022, 1, 13),
            14,
            "2022-01-19",
            "PubDate",
            "2022-01-13",
            1,
            "",
            0,
            1);
    assertSaid(
        posted,
        "The metadata of the page give \"PubDate: 2022-01-19\", the portal's posting date, while the"
            + " report is signed 2022-01-13. publishedOn is the date signed, never the posting"
            + " date.",
        "页面元数据中有“PubDate：2022-01-19”，为门户网站的发布日期，而报告落款日期为 2022-01-13。publishedOn 取落款日期，不取发布日期。");
    // with both, the date printed is the one named
    ReadResult both = PublishedReports.read(RealReportsTest.resource("pingtan-jingfaju-2021.html"));
    assertEquals(0, posted(both).get(0).arguments().get(6));
  }

  @Test
  void aPubDateOnTheDaySignedIsNotSaid() throws IOException {
    // 平潭综合实验区市场监督管理局 2021: PubDate 2022-01-07 17:53, signed 2022年1月7日
    String page =
        SurveyPagesTest.text("pingtan-shijianju-2021.html").replace("时间：2022-01-07 17:53", "");
    assertEquals(0, posted(PublishedReports.read(page)).size());
    String moved = page.replace("content=\"2022-01-07 17:53\"", "content=\"2022-01-10 17:53\"");
    assertEquals("2022-01-10", RealReportsTest.postedOn(PublishedReports.read(moved)));
  }

  @Test
  void aPubDateOtherThanThePrintedDateOrNoDayOfTheCalendarGivesNothing() throws IOException {
    String page = SurveyPagesTest.text("pingtan-jingfaju-2021.html");
    String meta = "content=\"2022-01-19 09:28\"";
    assertTrue(page.contains(meta));
    // which is the posting date, the metadata's or the page's?
    for (String other : new String[] {"content=\"2022-01-20 09:28\"", "content=\"2022-02-30\""}) {
      ReadResult result = PublishedReports.read(page.replace(meta, other));
      assertEquals(0, posted(result).size(), other);
      assertEquals(Optional.of(LocalDate.of(2022, 1, 13)), result.match().publishedOn());
    }
    // a value that is no date at all is no posting date: the printed one is still said
    for (String other : new String[] {"content=\"2022-01\"", "content=\"见正文\""}) {
      assertEquals(
          "2022-01-19", RealReportsTest.postedOn(PublishedReports.read(page.replace(meta, other))));
    }
  }

  /**
   * The one {@code IMPORT-POSTED-ON} of a read signed on {@code signed}, checked to be on {@code
   * line} with {@code arguments}.
   */
  private static Problem postedBeside(
      ReadResult result, LocalDate signed, int line, Object... arguments) {
    assertEquals(Optional.of(signed), result.match().publishedOn());
    List<Problem> posted = posted(result);
    assertEquals(1, posted.size(), result.problems()::toString);
    assertEquals(Arrays.asList(arguments), posted.get(0).arguments());
    assertEquals(line, posted.get(0).line().getAsInt());
    return posted.get(0);
  }

  private static void assertSaid(Problem posted, String english, String chinese) {
    assertEquals(english, posted.message(Language.EN));
    assertEquals(chinese, posted.message(Language.ZH));
  }

  private static List<Problem> posted(ReadResult result) {
    return result.problems().stream()
        .filter(p -> p.ruleId().equals("IMPORT-POSTED-ON"))
        .collect(Collectors.toList());
  }
}
