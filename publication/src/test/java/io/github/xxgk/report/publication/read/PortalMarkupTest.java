package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The markup of portals' content systems around a report's tables (survey9): the library's own
 * rendering of a generated report, changed as a CMS's editor changes it, reads back cell for cell.
 * Of the constructs tried (TRS and 大汉 article containers, UEditor's and KindEditor's paragraphs in
 * cells, {@code <font>}, {@code &ensp;}/{@code &emsp;}, line breaks in captions, {@code <strong>}
 * numbers, {@code <colgroup>}, split {@code <tbody>}, {@code <thead>}, WPS's {@code x:num}, layout
 * tables, upper-case IE markup, zero-width spaces, quirks-mode tables in paragraphs), only text
 * hidden in a cell was read wrong; it is here.
 */
class PortalMarkupTest {
  private static final AnnualReport REPORT = ReportFixtures.valid(113);

  private static Document rendered() {
    return Jsoup.parse(HtmlRenderer.standard().render(REPORT));
  }

  private static AnnualReport read(Document page) {
    ReadResult result = PublishedReports.read(page.outerHtml().getBytes(StandardCharsets.UTF_8));
    assertTrue(result.report().isPresent(), result.problems()::toString);
    return result.report().get();
  }

  @Test
  void textHiddenInACellIsNotPartOfItsNumber() {
    // a portal's anti-copy watermark, a digit in a span a browser does not show: before, "12" and a
    // hidden "7" were read as 127, a wrong cell with no problem
    Document page = rendered();
    for (Element cell : page.select("table.form td.v")) {
      cell.append("<span style=\"DISPLAY: none\">7</span><font hidden>7</font>");
    }
    AnnualReport read = read(page);
    assertEquals(REPORT.proactiveDisclosure(), read.proactiveDisclosure());
    assertEquals(REPORT.applications(), read.applications());
    assertEquals(REPORT.reconsiderationAndLitigation(), read.reconsiderationAndLitigation());
  }

  @Test
  void anArticleHiddenUntilAScriptShowsItIsStillRead() {
    // some templates hide the article's block and show it from a script: a hidden block is read
    Document page = rendered();
    page.selectFirst("article").attr("style", "display:none");
    assertEquals(REPORT.applications(), read(page).applications());
  }

  @Test
  void aMetadataFieldSetOffOnlyByMarkupIsNoPartOfTheOrgansName() {
    // 沭阳县发展和改革局 2023's metadata box as some templates print it, the field name in bold with
    // no space before the value: before, the organ was read as "名称沭阳县…" against the signature
    String title = REPORT.organ() + REPORT.year() + "年政府信息公开工作年度报告";
    for (String box :
        new String[] {
          "<table><tr><td><strong>名称</strong>" + title + "</td></tr></table>",
          "<div><b>名称：</b></div><div>" + title + "</div>",
          "<p><strong>标题</strong>" + title + "</p>",
          "<div class=\"meta\"><span>名称</span>" + title + "</div>"
        }) {
      Document page = rendered();
      page.title("");
      page.selectFirst("h1 span.organ").remove();
      page.selectFirst("article").prepend(box);
      ReadResult result = PublishedReports.read(page.outerHtml().getBytes(StandardCharsets.UTF_8));
      assertEquals(
          java.util.Optional.of(REPORT.organ()),
          result.match().organ(),
          () -> box + result.problems());
      assertTrue(
          result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
          () -> box + result.problems());
    }
  }

  @Test
  void aMetadataRowOfLabelAndValueCellsGivesThePostingDateAndLeavesTheOrgan() {
    // a CMS's metadata box, each field's name in a cell and its value in the next, one row
    Document page = rendered();
    page.selectFirst("article")
        .prepend(
            "<table><tr><td>发布机构</td><td>某某局</td><td>发布日期</td><td>2024-01-20</td></tr>"
                + "<tr><td>索引号</td><td>0143/2024-00002</td><td>主题分类</td><td>年报</td></tr></table>");
    ReadResult result = PublishedReports.read(page.outerHtml().getBytes(StandardCharsets.UTF_8));
    assertEquals(java.util.Optional.of(REPORT.organ()), result.match().organ());
    assertEquals("2024-01-20", RealReportsTest.postedOn(result), result.problems()::toString);
    assertEquals(REPORT.publishedOn(), read(page).publishedOn());
  }
}
