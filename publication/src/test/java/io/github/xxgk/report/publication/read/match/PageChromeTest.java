package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.resource.ShippedResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick test before the furniture pattern ({@link PageChrome#mayEndInFurniture}) never turns
 * away text that the pattern would cut: on every line of the real copied reports, alone and with
 * each kind of furniture after it, the furniture starts where the pattern alone says.
 */
class PageChromeTest {
  private static final List<String> FURNITURE =
      Arrays.asList(
          "",
          " 附件下载",
          " 附 件 下 载 ",
          "\u3000打印本页 关闭窗口",
          " 【打印】 【关闭】",
          " [收藏]",
          " 【字体：大 中 小】",
          " 分享到：微信 微博 QQ空间",
          " 分享到",
          " 分 享 到：微信",
          "\u00a0关闭本页\u00a0\n",
          "已关闭窗口",
          " 打印此页 分享到：",
          // the most names the pattern takes after the button (24 letters), and one more
          " 分享到: 微信 微博 QQ空间 抖音 快手 今日头条 百度贴吧 豆瓣网站 ",
          " 分享到：微信微博QQ空间抖音快手今日头条百度贴吧豆瓣网站书");

  @Test
  void theQuickTestAgreesWithThePatternOnRealLinesWithAndWithoutFurniture() throws Exception {
    List<String> lines = realLines();
    int cut = 0;
    for (String line : lines) {
      for (String furniture : FURNITURE) {
        String text = line + furniture;
        for (int from : new int[] {0, text.length() / 2}) {
          int to = text.length();
          int region = Math.max(from, to - 120);
          int expected = PageChrome.matched(text, from, region, to);
          assertEquals(expected, PageChrome.start(text, from, to), text);
          cut += expected < to ? 1 : 0;
        }
      }
    }
    // the furniture appended is found, so the comparison is not between two "none found"
    assertEquals(true, cut > lines.size() * 8, "cut " + cut + " of " + lines.size() * 24);
  }

  /**
   * The quick test before the footer pattern ({@link PageChrome#mayBeFooter}) never turns away a
   * footer line: on every line of the real copied reports and on every sequence of up to three of
   * the pattern's pieces and others (spaces, quotes, full-width letters, a character left to NFKC),
   * the answer is the pattern's alone.
   */
  @Test
  void theQuickFooterTestAgreesWithThePattern() throws Exception {
    List<String> lines = realLines();
    List<String> pieces =
        Arrays.asList(
            "主办", "主管", "承办", "协办", "维护", "技术支持", "单位", "：", ":", " ", "\u3000", "“", "版权所有",
            "网站标识码", "闽", "ICP备", "ＩＣＰ备", "公网安备", "公", "上一篇", "下一篇", "一篇", "相关文章", "相关", "㈠", "x",
            "1");
    for (String a : pieces) {
      lines.add(a);
      for (String b : pieces) {
        lines.add(a + b);
        for (String c : pieces) {
          lines.add(a + b + c);
        }
      }
    }
    int footers = 0;
    for (String line : lines) {
      boolean expected = PageChrome.isFooterByPattern(line);
      assertEquals(expected, PageChrome.isFooter(line), line);
      footers += expected ? 1 : 0;
    }
    // the pieces make footer lines, so the comparison is not between two "no footer"
    assertEquals(true, footers > 1000, "footers " + footers);
  }

  /** Every line of the real copied reports both quick tests are tried on. */
  private static List<String> realLines() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String report :
        Arrays.asList(
            "linfen-yaodu-2024.txt",
            "shuyang-2025.txt",
            "pingtan-guoziju-2021.page.txt",
            "pingtan-caijinju-2024.page.txt")) {
      lines.addAll(
          Arrays.asList(
              ShippedResource.text(PageChromeTest.class, "/reports/" + report).split("\n")));
    }
    return lines;
  }

  @Test
  void theSignaturesDateIsNotFurniture() {
    String text = "平潭综合实验区国有资产管理局 2022年1月7日 附件下载";
    assertEquals(text.indexOf(" 附件下载"), PageChrome.start(text, 0, text.length()));
    assertEquals("平潭综合实验区国有资产管理局 2022年1月7日", PageChrome.strip(text));
    String sentence = "本机关已关闭窗口";
    assertEquals(sentence, PageChrome.strip(sentence));
  }
}
