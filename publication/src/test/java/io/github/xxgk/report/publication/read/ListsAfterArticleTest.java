package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.form.NarrativeSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lists portals print after the article ("相关文章", "上一篇：…", "下一篇：…", links with their dates, the
 * footer) are not the report's: they give no signing organ or date and do not run on into section
 * 六. Each real page read with such a list is read as the same page without it.
 */
class ListsAfterArticleTest {
  /** The previous and next articles' links. */
  private static final String PREVIOUS_NEXT =
      "<div class=\"prev-next\"><p>上一篇：<a href=\"/a1.html\">平潭综合实验区行政审批局2023年政府信息公开工作年度报告</a></p>"
          + "<p>下一篇：<a href=\"/a2.html\">平潭综合实验区行政审批局2025年政府信息公开工作年度报告</a></p></div>\n";

  /** A related list of links, each with its date printed after it. */
  private static final String DATED_LINKS =
      "<div class=\"related\"><h3>相关文章</h3><ul>"
          + "<li><a href=\"/a1.html\">平潭综合实验区财政金融局2023年工作总结</a><span>2024年1月15日</span></li>"
          + "<li><a href=\"/a2.html\">平潭综合实验区财政金融局2024年工作计划</a><span>2024年2月20日</span></li>"
          + "</ul></div>\n";

  /** The same list with ISO dates, as most portals print them. */
  private static final String ISO_DATED_LINKS =
      "<div class=\"related\"><h3>相关文章</h3><ul>"
          + "<li><a href=\"/a1.html\">平潭综合实验区财政金融局2023年工作总结</a> 2024-01-15</li>"
          + "<li><a href=\"/a2.html\">平潭综合实验区财政金融局2024年工作计划</a> 2024-02-20</li>"
          + "</ul></div>\n";

  /** A list of organs' links, then a dated link: an organ's line over a date, both listed. */
  private static final String ORGAN_OVER_DATE =
      "<div class=\"related\"><ul>"
          + "<li><a href=\"/o1.html\">平潭综合实验区财政金融局</a></li>"
          + "<li><a href=\"/o2.html\">2024年1月15日</a></li>"
          + "</ul></div>\n";

  /** A footer list with the site's date. */
  private static final String FOOTER_LIST =
      "<div class=\"foot\"><ul><li><a href=\"/about.html\">关于我们</a></li>"
          + "<li><a href=\"/map.html\">网站地图</a></li></ul>"
          + "<p>主办单位：福建省平潭综合实验区管理委员会办公室</p></div>\n";

  private static final String[] LISTS = {
    PREVIOUS_NEXT,
    DATED_LINKS,
    ISO_DATED_LINKS,
    ORGAN_OVER_DATE,
    FOOTER_LIST,
    PREVIOUS_NEXT + DATED_LINKS + FOOTER_LIST
  };

  @Test
  void anUnsignedPageTakesNoSignatureFromTheListsAfterIt() throws IOException {
    // pingtan-shenpiju-2024 prints no signature: section 六 ends the article
    String page = page("pingtan-shenpiju-2024.html");
    String end = "<p>&nbsp;</p></div></div>";
    assertEquals(Optional.empty(), PublishedReports.read(bytes(page)).match().publishedOn());
    for (String list : LISTS) {
      assertReadAsWithout(page, page.replace(end, end + list), list);
    }
  }

  @Test
  void aSignedPageKeepsItsSignatureWithListsAfterIt() throws IOException {
    String page = page("shuyang-fagaiju-2023.html");
    String end = "<!-- article over -->";
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 17)),
        PublishedReports.read(bytes(page)).match().publishedOn());
    for (String list : LISTS) {
      assertReadAsWithout(page, page.replace(end, list + end), list);
    }
  }

  @Test
  void anUnsignedCopiedPageTakesNoDateFromAnotherArticlesLine() throws IOException {
    // pingtan-gongan-2022 copied as text, unsigned: a copied list prints each article and its date
    // on
    // one line, where only an organ's name in front of the date signs
    String page = page("pingtan-gongan-2022.page.txt");
    assertEquals(Optional.empty(), PublishedReports.read(bytes(page)).match().publishedOn());
    String[] lists = {
      "\n相关文章\n平潭综合实验区财政金融局2023年工作总结 2024年1月15日\n平潭综合实验区财政金融局2024年工作计划 2024年2月20日\n",
      "\n上一篇：平潭综合实验区公安局2021年政府信息公开工作年度报告\n下一篇：平潭综合实验区公安局2023年政府信息公开工作年度报告\n"
    };
    for (String list : lists) {
      assertReadAsWithout(page, page + list, list);
    }
  }

  private static void assertReadAsWithout(String original, String listed, String list) {
    ReadResult expected = PublishedReports.read(bytes(original));
    ReadResult result = PublishedReports.read(bytes(listed));
    assertEquals(expected.match().organ(), result.match().organ(), list);
    assertEquals(expected.match().year(), result.match().year(), list);
    assertEquals(expected.match().publishedOn(), result.match().publishedOn(), list);
    assertEquals(
        expected.match().narrative(NarrativeSection.OTHER_MATTERS),
        result.match().narrative(NarrativeSection.OTHER_MATTERS),
        list);
    assertEquals(expected.hasErrors(), result.hasErrors(), list);
  }

  private static String page(String name) throws IOException {
    return new String(RealReportsTest.resource(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String page) {
    return page.getBytes(StandardCharsets.UTF_8);
  }
}
