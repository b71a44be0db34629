package io.github.xxgk.report.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  @Test
  void theRealReportIsACompletePublishedPage() {
    AnnualReport report = ReportFixtures.linfenYaodu2024();
    String html = HtmlRenderer.standard().render(report);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    Document page = Jsoup.parse(html);
    assertEquals("临汾市尧都区人民政府办公室2024年政府信息公开工作年度报告", page.title());
    assertEquals(
        java.util.Arrays.asList(
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项"),
        page.select("article > section > h2").eachText());
    assertEquals("临汾市尧都区人民政府办公室", page.selectFirst("footer .organ").text());
    assertEquals("2025年1月13日", page.selectFirst("footer time").text());
    assertEquals("2025-01-13", page.selectFirst("footer time").attr("datetime"));
    assertTrue(page.select("script, link, img, iframe, object, embed").isEmpty(), "self-contained");
    assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains("url("));
    assertEquals(
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        page.selectFirst("table.applications td.note").text());
    assertTrue(page.select("#overview > p").size() > 5);
  }

  @Test
  void markedCellsPrintAsThePageDid() {
    AnnualReport report =
        AnnualReport.builder()
            .from(ReportFixtures.zero())
            .addBlankCells(FormCells.all().get(0))
            .addNotApplicableCells(FormCells.all().get(9))
            .build();
    Document page = Jsoup.parse(HtmlRenderer.standard().render(report));
    Element blank = page.getElementById("cell-0");
    assertEquals("", blank.text());
    assertTrue(blank.hasClass("blank"));
    Element notApplicable = page.getElementById("cell-9");
    assertEquals("/", notApplicable.text());
    assertTrue(notApplicable.hasClass("na"));
    assertEquals("0", page.getElementById("cell-1").text());
  }

  @Test
  void languageAndStylesAreTheCallers() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .language("en")
            .cssClass("portal article-2")
            .stylesheet("h1 { color: red; }")
            .build();
    Document page = Jsoup.parse(renderer.render(ReportFixtures.valid(1)));
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals(
        "zh-CN", page.selectFirst("article").attr("lang"), "the form's captions stay Chinese");
    assertEquals("xxgk-report portal article-2", page.body().className());
    assertTrue(page.selectFirst("style").data().endsWith("h1 { color: red; }\n"));
    assertEquals(
        "",
        Jsoup.parse(HtmlRenderer.standard().render(ReportFixtures.valid(1)))
            .selectFirst("article")
            .attr("lang"));
  }

  @Test
  void optionsThatCouldBreakThePageAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HtmlRenderer.builder().stylesheet("</style><script>"));
    assertThrows(
        IllegalArgumentException.class, () -> HtmlRenderer.builder().cssClass("a\" onload=\"x"));
    assertThrows(
        IllegalArgumentException.class, () -> HtmlRenderer.builder().language("en\"><script>"));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().language(null));
  }

  @Test
  void textIsEscapedNeverInterpreted() {
    AnnualReport report =
        AnnualReport.builder()
            .from(ReportFixtures.zero())
            .organ("<script>alert(1)</script>&amp;")
            .overview("</p></section></table><b>x</b>\n第二段\u0007")
            .publishedOn(LocalDate.of(2025, 3, 1))
            .build();
    String html = HtmlRenderer.standard().render(report);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;"));
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script, b").isEmpty());
    assertEquals("<script>alert(1)</script>&amp;", page.selectFirst("h1 .organ").text());
    assertEquals(
        java.util.Arrays.asList("</p></section></table><b>x</b>", "第二段\u2407"),
        page.select("#overview > p").eachText());
    assertEquals(6, page.select("article > section").size());
  }
}
