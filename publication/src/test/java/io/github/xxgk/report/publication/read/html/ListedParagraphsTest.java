package io.github.xxgk.report.publication.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs the markup lists (links alone, a list's item, a navigation block) are marked so: the
 * titles of other reports printed there are no title of the page's own.
 */
class ListedParagraphsTest {
  @Test
  void linksAloneAndListItemsAreListedWrittenTextIsNot() {
    Map<String, Boolean> listed =
        listed(
            "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></div>"
                + "<nav>政务公开</nav>"
                + "<ul><li>2023年政府信息公开工作年度报告</li><li><span>第二项</span></li></ul>"
                + "<p><a href=\"/a.html\">某局2023年政府信息公开工作年度报告</a>&nbsp; <a href=\"/b.html\">某局2022年报告</a></p>"
                + "<h1><a name=\"_Toc1\">某局2024年政府信息公开工作年度报告</a></h1>"
                + "<p>附件：<a href=\"/c.pdf\">某局2024年政府信息公开工作年度报告.pdf</a></p>"
                + "<div><a href=\"/d.html\">上一篇</a></div><p>正文</p>");
    Map<String, Boolean> expected = new LinkedHashMap<>();
    // a '>' between links is the breadcrumb's own text: written, as far as markup tells
    expected.put("首页 > 政务公开", false);
    expected.put("政务公开", true);
    expected.put("2023年政府信息公开工作年度报告", true);
    expected.put("第二项", true);
    expected.put("某局2023年政府信息公开工作年度报告\u00a0 某局2022年报告", true);
    // Word's bookmark links nowhere
    expected.put("某局2024年政府信息公开工作年度报告", false);
    expected.put("附件：某局2024年政府信息公开工作年度报告.pdf", false);
    expected.put("上一篇", true);
    expected.put("正文", false);
    assertEquals(expected, listed);
  }

  @Test
  void textAfterAListIsWrittenAgain() {
    Map<String, Boolean> listed =
        listed("<div><ul><li><a href=\"/\">首页</a></li></ul>某局2024年政府信息公开工作年度报告</div>");
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("首页", true);
    expected.put("某局2024年政府信息公开工作年度报告", false);
    assertEquals(expected, listed);
  }

  @Test
  void anArticleLaidOutInAListsItemIsWritten() {
    Map<String, Boolean> listed =
        listed(
            "<ul class=\"main\"><li><a href=\"/\">首页</a></li><li><div class=\"article\">"
                + "<h1>某局2024年政府信息公开工作年度报告</h1><p>本报告…</p></div>附：<span>说明</span></li></ul>");
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("首页", true);
    expected.put("某局2024年政府信息公开工作年度报告", false);
    expected.put("本报告…", false);
    // the item's own text after its blocks
    expected.put("附：说明", true);
    assertEquals(expected, listed);
  }

  private static Map<String, Boolean> listed(String body) {
    Map<String, Boolean> listed = new LinkedHashMap<>();
    for (SourceBlock block : HtmlProducer.read("<html><body>" + body + "</body></html>").blocks()) {
      SourceParagraph paragraph = (SourceParagraph) block;
      listed.put(paragraph.text(), paragraph.listed());
    }
    return listed;
  }
}
