package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Portal pages that do not hold the report's tables as text, as government portals publish many
 * reports: the report linked as an attachment, its tables printed as images, the article split over
 * several pages, or shown in a frame. Each is refused with one problem that says where the report
 * is, located at the link, image or frame, rather than the tables' IMPORT-TABLE-MISSING; a page
 * whose tables are there reads as before whatever it links. The pages are a TRS or 大汉 article's
 * markup around the library's own rendering of a generated report.
 */
class ReportElsewhereTest {
  private static final AnnualReport REPORT = ReportFixtures.valid(113);
  private static final String TITLE = REPORT.organ() + REPORT.year() + "年政府信息公开工作年度报告";

  /** A portal's page around an article: a menu linking the portal's guide (a PDF), a footer. */
  private static String portal(String article) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
        + TITLE
        + "_南岗区人民政府</title><meta name=\"ArticleTitle\" content=\""
        + TITLE
        + "\"></head><body>\n"
        + "<div class=\"nav\"><a href=\"/\"><img src=\"/images/logo.png\"></a><ul>"
        + "<li><a href=\"/zwgk/\">政务公开</a></li>"
        + "<li><a href=\"/xxgk/znpdf/zn2023.pdf\">政府信息公开指南</a></li></ul></div>\n"
        + "<div class=\"location\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/nb/\">政府信息公开年报</a></div>\n"
        + "<div class=\"article\"><h1 class=\"title\">"
        + TITLE
        + "</h1>\n<div class=\"info\">发布时间：2024-01-20 来源：区公安局</div>\n"
        + article
        + "\n</div>\n<div class=\"footer\"><p>附件下载</p><p>【打印本页】【关闭窗口】</p>"
        + "<a href=\"http://bszs.conac.cn/sitename?method=show&amp;id=1\"><img src=\"/images/red.png\"></a>"
        + "<p>主办：哈尔滨市南岗区人民政府办公室</p></div></body></html>";
  }

  /** The rendered report's article (its sections and signature), its title left to the portal. */
  private static Document rendered() {
    Document page = Jsoup.parse(HtmlRenderer.standard().render(REPORT));
    page.select("header").remove();
    return page;
  }

  private static String article(Document rendered) {
    return "<div class=\"TRS_Editor\">" + rendered.selectFirst("article").html() + "</div>";
  }

  private static ReadResult read(String page) {
    return PublishedReports.read(page.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> ids(ReadResult result) {
    return result.problems().stream()
        .map(Problem::ruleId)
        .filter(id -> !id.equals("IMPORT-ORGAN-KIND") && !id.equals("IMPORT-POSTED-ON"))
        .collect(Collectors.toList());
  }

  private static String all(ReadResult result) {
    return result.problems().stream()
        .map(problem -> problem + " " + problem.message(Language.EN))
        .collect(Collectors.joining("\n"));
  }

  private static Problem only(ReadResult result, String id) {
    return only(result, id, "");
  }

  /** The one problem of a rule at a pointer ("" for the whole report). */
  private static Problem only(ReadResult result, String id, String pointer) {
    List<Problem> found =
        result.problems().stream()
            .filter(problem -> problem.ruleId().equals(id) && problem.pointer().equals(pointer))
            .collect(Collectors.toList());
    assertEquals(1, found.size(), () -> all(result));
    return found.get(0);
  }

  @Test
  void anArticleThatOnlyLinksTheReportNamesTheAttachment() {
    // TRS: "详见附件" in the article, the file linked under it; before, three IMPORT-TABLE-MISSING
    // and three IMPORT-NARRATIVE-MISSING, nothing about the PDF
    String page =
        portal(
            "<div class=\"TRS_Editor\"><p>　　根据《中华人民共和国政府信息公开条例》规定，现公布"
                + TITLE
                + "，详见附件。</p></div>\n<div class=\"fj\"><p>附件：<a href=\"./P020240120512345678901.pdf\""
                + " target=\"_blank\">"
                + TITLE
                + ".pdf</a></p></div>");
    ReadResult result = read(page);
    assertFalse(result.report().isPresent());
    assertEquals(Arrays.asList("IMPORT-ATTACHMENT"), ids(result), () -> all(result));
    Problem attachment = only(result, "IMPORT-ATTACHMENT");
    assertEquals(
        Arrays.asList(TITLE + ".pdf", "./P020240120512345678901.pdf"), attachment.arguments());
    assertEquals(lineOf(page, "P020240120512345678901"), attachment.line().getAsInt());
    assertTrue(attachment.message(Language.ZH).contains("请改为读取该文件"));
  }

  @Test
  void copiedTextNamingTheAttachmentsFileNamesIt() {
    // the same page copied as text keeps the attachment's name and no link: before, three
    // IMPORT-TABLE-MISSING and three IMPORT-NARRATIVE-MISSING
    String text =
        TITLE + "\n　　根据《中华人民共和国政府信息公开条例》规定，现公布" + TITLE + "，详见附件。\n附件：" + TITLE + ".pdf\n";
    ReadResult result = read(text);
    assertFalse(result.report().isPresent());
    assertEquals(Arrays.asList("IMPORT-ATTACHMENT"), ids(result), () -> all(result));
    Problem attachment = only(result, "IMPORT-ATTACHMENT");
    assertEquals(Arrays.asList("附件：" + TITLE + ".pdf", TITLE + ".pdf"), attachment.arguments());
    assertEquals(3, attachment.line().getAsInt());
    // a page without tables naming no file is still missing its tables
    ReadResult none = read(TITLE + "\n　　根据《条例》规定，现公布" + TITLE + "，详见附件。\n");
    assertTrue(ids(none).contains("IMPORT-TABLE-MISSING"), () -> all(none));
    assertFalse(ids(none).contains("IMPORT-ATTACHMENT"), () -> all(none));
  }

  @Test
  void aDownloadLinkOfferedAsTheAttachmentIsNamedThoughItsTextDoesNotNameTheReport() {
    // 大汉: "点击下载" after the article's one sentence, the file a .wps served by a script
    String page =
        portal(
            "<div id=\"zoom\"><!--<$[信息内容]>begin--><p>现将我局2023年度政府信息公开工作情况报告如下，详见附件。</p>"
                + "<p>附件：<a href=\"/module/download/downfile.jsp?classid=0&amp;filename=2401201034.wps\">"
                + "点击下载</a></p><!--<$[信息内容]>end--></div>");
    ReadResult result = read(page);
    Problem attachment = only(result, "IMPORT-ATTACHMENT");
    assertEquals(
        Arrays.asList("点击下载", "/module/download/downfile.jsp?classid=0&filename=2401201034.wps"),
        attachment.arguments());
    assertEquals(Arrays.asList("IMPORT-ATTACHMENT"), ids(result), () -> all(result));
  }

  @Test
  void anAttachmentThatAScriptDownloadsIsNamedByItsText() {
    // the attachment's address a script call, its text the report's name; a list of related
    // articles links last year's report as a page, which is no attachment
    String page =
        portal(
            "<div class=\"TRS_Editor\"><p>详见附件。</p></div><div class=\"xgwz\">相关文章："
                + "<a href=\"/nb/202301/t20230120_1.html\">2022年政府信息公开工作年度报告</a></div>"
                + "<p>附件：<a href=\"javascript:void(0)\" onclick=\"downFile(1234)\">"
                + TITLE
                + "</a></p>");
    ReadResult result = read(page);
    assertEquals(
        Arrays.asList(TITLE, "javascript:void(0)"),
        only(result, "IMPORT-ATTACHMENT").arguments(),
        () -> all(result));
  }

  @Test
  void aMenuLinkToAPdfAndAFootersAttachmentWordsMakeNoAttachmentOfAPageWithoutTables() {
    // the portal's menu links its guide as a PDF and its footer prints "附件下载": neither is the
    // report, so the missing tables stay missing
    Document rendered = rendered();
    rendered.select("div.table").remove();
    ReadResult result = read(portal(article(rendered)));
    assertEquals(
        Arrays.asList("IMPORT-TABLE-MISSING", "IMPORT-TABLE-MISSING", "IMPORT-TABLE-MISSING"),
        ids(result),
        () -> all(result));
  }

  @Test
  void aPageThatHoldsTheTablesAndLinksTheReportsPdfReadsAsBefore() {
    ReadResult result =
        read(
            portal(
                article(rendered())
                    + "<div class=\"fj\"><p>附件：<a href=\"./P0202401.pdf\">"
                    + TITLE
                    + ".pdf</a></p></div>"));
    assertTrue(result.report().isPresent(), () -> all(result));
    assertEquals(REPORT.applications(), result.report().get().applications());
    assertTrue(ids(result).isEmpty(), () -> all(result));
  }

  @Test
  void tablesPrintedAsImagesUnderTheirHeadingsAreNamedEach() {
    // the tables as screenshots, each centred in a paragraph under its heading, the narratives text
    Document rendered = rendered();
    int n = 2;
    for (Element table : rendered.select("div.table")) {
      table.after(
          "<p style=\"text-align:center\"><img src=\"/u/cms/2024/01/t" + n++ + ".png\"></p>");
      table.remove();
    }
    String page = portal(article(rendered));
    ReadResult result = read(page);
    assertEquals(
        Arrays.asList("IMPORT-TABLE-IMAGE", "IMPORT-TABLE-IMAGE", "IMPORT-TABLE-IMAGE"),
        ids(result),
        () -> all(result));
    Problem three = only(result, "IMPORT-TABLE-IMAGE", "/applications");
    assertEquals(Arrays.asList("三、收到和处理政府信息公开申请情况", "/u/cms/2024/01/t3.png", 0), three.arguments());
    assertEquals(lineOf(page, "t3.png"), three.line().getAsInt());
    assertTrue(
        result.match().narrative(io.github.xxgk.report.form.NarrativeSection.OVERVIEW).isPresent());
  }

  @Test
  void aTableNotReadAsTheFormsIsNoImageThoughAnImageStandsUnderItsHeading() {
    // table 三 printed with its captions lost (a converter's), a decorative image after it: the
    // table is missing, not an image
    Document rendered = rendered();
    Element three = rendered.selectFirst("table.applications");
    for (Element caption : three.select("th")) {
      caption.text("");
    }
    three.after("<p><img src=\"/u/cms/2024/01/line.png\"></p>");
    ReadResult result = read(portal(article(rendered)));
    assertFalse(ids(result).contains("IMPORT-TABLE-IMAGE"), () -> all(result));
    assertTrue(ids(result).contains("IMPORT-TABLE-MISSING"), () -> all(result));
  }

  @Test
  void aReportPrintedWholeAsImagesSaysSo() {
    // a scan of the paper report, page by page, under the portal's title: no heading is text
    String page =
        portal(
            "<div class=\"TRS_Editor\"><p><img src=\"./W020240120_1.jpg\" alt=\"\"></p>"
                + "<p><img src=\"./W020240120_2.jpg\"></p><p><img src=\"./W020240120_3.jpg\"></p></div>");
    ReadResult result = read(page);
    assertEquals(
        Arrays.asList("IMPORT-TABLE-IMAGE", "IMPORT-TABLE-IMAGE", "IMPORT-TABLE-IMAGE"),
        ids(result),
        () -> all(result));
    assertEquals(
        Arrays.asList("二、主动公开政府信息情况", "./W020240120_1.jpg", 1),
        only(result, "IMPORT-TABLE-IMAGE", "/proactiveDisclosure").arguments());
  }

  @Test
  void theFirstPartOfAReportSplitOverPagesSaysWhichTablesAreOnTheNext() {
    // TRS splits a long article into t…_1.html, t…_2.html; this part ends after table 二
    Document rendered = rendered();
    for (String section :
        new String[] {
          "applications", "reconsiderationAndLitigation", "problemsAndImprovements", "otherMatters"
        }) {
      rendered.select("section#" + section).remove();
    }
    rendered.select(".signature").remove();
    String page =
        portal(
            article(rendered)
                + "<div class=\"page\">共2页 <a href=\"t20240120_512345.html\">1</a> "
                + "<a href=\"t20240120_512345_1.html\">2</a> "
                + "<a href=\"t20240120_512345_1.html\">下一页</a></div>");
    ReadResult result = read(page);
    Problem part = only(result, "IMPORT-PAGE-PART");
    assertEquals(
        Arrays.asList(
            1,
            "“二、主动公开政府信息情况”",
            "“三、收到和处理政府信息公开申请情况”、“四、政府信息公开行政复议、行政诉讼情况”",
            "下一页",
            "t20240120_512345_1.html"),
        part.arguments());
    assertFalse(ids(result).contains("IMPORT-TABLE-MISSING"), () -> all(result));
  }

  @Test
  void aPagerThatTrsWritesWithAScriptNamesTheOtherPart() {
    // TRS writes the pager from a script, the count of pages first and this page's index from 0:
    // before, the missing tables were IMPORT-TABLE-MISSING with nothing about the other parts
    Document first = rendered();
    for (String section :
        new String[] {
          "applications", "reconsiderationAndLitigation", "problemsAndImprovements", "otherMatters"
        }) {
      first.select("section#" + section).remove();
    }
    first.select(".signature").remove();
    String call = "createPageHTML(3, 0, \"t20240115_123456\", \"html\")";
    String page =
        portal(article(first) + "<div class=\"page\"><script>" + call + ";</script></div>");
    ReadResult result = read(page);
    Problem part = only(result, "IMPORT-PAGE-PART");
    assertEquals(
        Arrays.asList(
            1,
            "“二、主动公开政府信息情况”",
            "“三、收到和处理政府信息公开申请情况”、“四、政府信息公开行政复议、行政诉讼情况”",
            call,
            "t20240115_123456_1.html"),
        part.arguments());
    assertEquals(lineOf(page, "createPageHTML"), part.line().getAsInt());
    assertFalse(ids(result).contains("IMPORT-TABLE-MISSING"), () -> all(result));

    // the last of three parts names the one before it
    Document last = rendered();
    last.select("section#overview, section#proactiveDisclosure").remove();
    String lastCall = "createPageHTML(3, 2, 't20240115_123456', 'html')";
    ReadResult lastRead = read(portal(article(last) + "<script>\n" + lastCall + ";\n</script>"));
    assertEquals(
        "t20240115_123456_1.html",
        only(lastRead, "IMPORT-PAGE-PART").arguments().get(4),
        () -> all(lastRead));

    // a pager of one page is no other part: the tables stay missing
    String one = "createPageHTML(1, 0, \"t20240115_123456\", \"html\")";
    ReadResult alone = read(portal(article(first) + "<script>" + one + ";</script>"));
    assertFalse(ids(alone).contains("IMPORT-PAGE-PART"), () -> all(alone));
    assertTrue(ids(alone).contains("IMPORT-TABLE-MISSING"), () -> all(alone));
  }

  @Test
  void theLastPartOfAReportSplitOverPagesSaysWhichTableIsOnAnother() {
    // the second and last part: tables 三 and 四 and the rest, its pager linking back only; the
    // site's "首页" (home) before it is no part
    Document rendered = rendered();
    rendered.select("section#overview, section#proactiveDisclosure").remove();
    String page =
        portal(
            article(rendered)
                + "<div class=\"page\">共2页 <a href=\"t20240120_512345.html\">上一页</a> "
                + "<a href=\"t20240120_512345.html\">1</a> 2</div>");
    ReadResult result = read(page);
    Problem part = only(result, "IMPORT-PAGE-PART");
    assertEquals(
        Arrays.asList(
            2,
            "“三、收到和处理政府信息公开申请情况”、“四、政府信息公开行政复议、行政诉讼情况”",
            "“二、主动公开政府信息情况”",
            "上一页",
            "t20240120_512345.html"),
        part.arguments());
    assertEquals(lineOf(page, ">上一页<"), part.line().getAsInt());
  }

  @Test
  void anArticleShownInAFrameNamesTheFramesAddress() {
    // the article a PDF shown by pdf.js in a frame; a counter's frame of a pixel is no article
    String page =
        portal(
            "<div class=\"TRS_Editor\"></div><iframe src=\"https://tj.example.gov.cn/count\" width=\"0\""
                + " height=\"0\"></iframe><iframe src=\"/pdfjs/web/viewer.html?file=/uploads/nb2023\""
                + " width=\"100%\" height=\"900\"></iframe>");
    ReadResult result = read(page);
    Problem frame = only(result, "IMPORT-CONTENT-FRAME");
    assertEquals(Arrays.asList("/pdfjs/web/viewer.html?file=/uploads/nb2023"), frame.arguments());
    assertEquals(Arrays.asList("IMPORT-CONTENT-FRAME"), ids(result), () -> all(result));
  }

  @Test
  void anArticleAScriptWritesFromItsDataSaysToSaveThePageAsShown() {
    // the article's block empty, the report's HTML a string of the page's script, its Chinese
    // escaped as a JSON writer escapes it; the portal's own scripts (statistics) hold no heading
    Document rendered = rendered();
    String html = rendered.selectFirst("article").html();
    StringBuilder escaped = new StringBuilder();
    for (char c : html.replace("\"", "\\\"").replace("\n", "").toCharArray()) {
      escaped.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    String page =
        portal(
            "<script>var _hmt = _hmt || []; (function() { var hm = document.createElement(\"script\");"
                + " hm.src = \"https://hm.example.com/hm.js?0123456789abcdef0123456789abcdef\";"
                + " var s = document.getElementsByTagName(\"script\")[0]; s.parentNode.insertBefore(hm, s);"
                + " })();</script>\n<div class=\"TRS_Editor\" id=\"content\"></div>\n<script>"
                + "var article = {\"title\": \"\", \"content\": \""
                + escaped
                + "\"};\ndocument.getElementById(\"content\").innerHTML = article.content;</script>");
    ReadResult result = read(page);
    Problem script = only(result, "IMPORT-CONTENT-SCRIPT");
    assertEquals(lineOf(page, "var article"), script.line().getAsInt());
    assertEquals(Arrays.asList("IMPORT-CONTENT-SCRIPT"), ids(result), () -> all(result));
  }

  private static int lineOf(String page, String text) {
    String before = page.substring(0, page.indexOf(text));
    return before.length() - before.replace("\n", "").length() + 1;
  }
}
