package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportGenerator;
import io.github.xxgk.report.testkit.SplitMix64;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Titles of other reports that portals print beside the article (a navigation list, "相关文章", links
 * to earlier years' reports) are not the report's own: they give neither its year nor its organ
 * (hostile6: a TestPages page whose {@code <title>} named the organ three times read the year 2020
 * of its navigation's list item, with no problem, on a 2022 report).
 */
class NavigationTitlesTest {
  private static final String TITLE = "平潭综合实验区行政审批局2024年政府信息公开工作年度报告";

  /** A side list of earlier years' reports, as portals print it before the article. */
  private static final String LINKED_LIST =
      "<div class=\"side\"><h3>相关文章</h3><ul>"
          + "<li><a href=\"/zwgk/2024/01/a1.html\">平潭综合实验区行政审批局2023年政府信息公开工作年度报告</a></li>"
          + "<li><a href=\"/zwgk/2023/01/a2.html\">平潭综合实验区行政审批局2022年政府信息公开工作年度报告</a></li>"
          + "</ul></div>\n";

  /** The same list with the titles as plain list items (TestPages' navigation). */
  private static final String PLAIN_LIST =
      "<div class=\"nav\"><ul><li>2023年政府信息公开工作年度报告</li>"
          + "<li>2022年政府信息公开工作年度报告</li></ul></div>\n";

  /** A list of links printed in one paragraph, with no list element. */
  private static final String LINKS_IN_A_LINE =
      "<div class=\"links\"><a href=\"/a1.html\">平潭综合实验区行政审批局2023年政府信息公开工作年度报告</a>"
          + " <a href=\"/a2.html\">平潭综合实验区行政审批局2022年政府信息公开工作年度报告</a></div>\n";

  @Test
  void aListOfEarlierReportsBeforeTheArticleGivesNoYear() throws IOException {
    for (String list : new String[] {LINKED_LIST, PLAIN_LIST, LINKS_IN_A_LINE}) {
      // the portal's <title> is the site's name; the article's own title gives the year
      ReadResult result =
          PublishedReports.read(bytes(withList(page().replace(titleTag(), siteTitle()), list)));
      assertEquals(Optional.of(2024), result.match().year(), list);
      assertEquals(Optional.of("平潭综合实验区行政审批局"), result.match().organ(), list);
      assertFalse(result.hasErrors(), result.problems()::toString);
    }
  }

  @Test
  void aTitleReadNowhereLeavesTheYearToThePreface() throws IOException {
    // hostile6's ORGAN_TWICE applied twice: the <title> and the article's title name the organ
    // three times and read as no title; the preface ("编制2024年政府信息公开工作年度报告") and the period
    // give the year, never a list of other reports
    String thrice = "平潭综合实验区行政审批局2024年平潭综合实验区行政审批局平潭综合实验区行政审批局政府信息公开工作年度报告";
    for (String list : new String[] {LINKED_LIST, PLAIN_LIST, LINKS_IN_A_LINE}) {
      ReadResult result =
          PublishedReports.read(bytes(withList(page().replace(TITLE, thrice), list)));
      assertEquals(Optional.of(2024), result.match().year(), list);
    }
  }

  @Test
  void aGeneratedPageWithAnUnreadableTitleTakesNoYearFromItsNavigation() {
    Random random = new Random(14);
    for (int i = 0; i < 20; i++) {
      AnnualReport report = ReportGenerator.valid(new SplitMix64(random.nextLong()));
      String organ = report.organ();
      String page =
          TestPages.render(report, TestPages.Layout.HTML_WORD, new TestPages.Style())
              .replace(organ + report.year() + "年", organ + report.year() + "年" + organ + organ);
      ReadResult result = PublishedReports.read(page);
      // the navigation's "2020年政府信息公开工作年度报告" gave the year: now the page's text does, or
      // no year is read and the page is refused
      assertTrue(
          result.match().year().equals(Optional.of(report.year()))
              || !result.match().year().isPresent() && result.hasErrors(),
          () -> report.year() + " read as " + result.match().year() + " " + result.problems());
    }
  }

  @Test
  void aPortalsFieldBoxInAListStillGivesTheTitle() throws IOException {
    // the portal's box of the article's own fields ("标　　题：…") is printed as a list on many
    // portals: it describes this page, not another
    String page =
        page()
            .replace(titleTag(), siteTitle())
            .replace("<h1 class=\"article_title\">" + TITLE + "</h1>", "")
            .replace(
                "<div class=\"article\">",
                "<div class=\"article\"><ul class=\"xxgk\"><li>索 引 号：FZ00101-0200-2025-00001</li>"
                    + "<li>标　　题："
                    + TITLE
                    + "</li></ul>");
    ReadResult result = PublishedReports.read(bytes(page));
    assertEquals(Optional.of(2024), result.match().year());
    assertEquals(Optional.of("平潭综合实验区行政审批局"), result.match().organ());
  }

  private static String withList(String page, String list) {
    return page.replace("<div class=\"article\">", list + "<div class=\"article\">");
  }

  private static String titleTag() {
    return "<title>" + TITLE + "</title>";
  }

  private static String siteTitle() {
    return "<title>政府信息公开年报_平潭综合实验区党工委管委会</title>";
  }

  private static String page() throws IOException {
    return new String(
        RealReportsTest.resource("pingtan-shenpiju-2024.html"), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String page) {
    return page.getBytes(StandardCharsets.UTF_8);
  }
}
