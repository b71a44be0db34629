package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertAgrees;
import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertFoundIn;
import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.mismatches;
import static io.github.xxgk.report.validation.NarrativeRulesTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * More wordings of real reports (found in the pages corpus), as {@link NarrativeRealWordingsTest}
 * checks them, with the figures of the report of the resources (14 new, 13 of them natural persons,
 * 1 carried over, 12 answered of which 3 partly disclosed and 8 unable to provide, 3 carried
 * forward): lists of clauses closed by semicolons, sentences of another scope before a list, and
 * applications carried over worded otherwise.
 */
class NarrativeRealListsTest {
  /**
   * 盐城市大丰区 2024 (https://www.dafeng.gov.cn/art/2025/1/22/art_45469_4279894.html):
   * "全年共办理政府信息公开申请69件，含2023年转至今年办理的3件，办结68件" — 今年办理的3件 was read as all the applications dealt with
   * (办理), against 68 answered and 66 received: a false alarm. They are carried over into this year.
   */
  @Test
  void applicationsCarriedIntoThisYearAreCarriedOver() {
    String sentence = "全年共办理政府信息公开申请15件，含2023年转至今年办理的1件，办结12件，剩余3件结转下一年度处理，完成市政府办公室协办件13件，已按要求答复。";
    assertEquals(
        Arrays.asList(
            "DEALT_WITH=15",
            "CARRIED_OVER_INTO_THIS_YEAR=1",
            "HANDLED=12",
            "CARRIED_OVER_TO_NEXT_YEAR_AFTER=3"),
        figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(
        sentence.replace("办理的1件", "办理的2件"), "/applications/carriedOverFromPreviousYear/total");
  }

  /**
   * 西宁市城中区 2024 (https://xncz.gov.cn/info/4512/197132.htm):
   * "已答复59件，答复率为100%。其中“予以公开”3件，占…；“部分公开”36件， 占61%；“不予公开”2件，占3.4%；“无法提供”18件，占30.5%。" — after the
   * first clause, each outcome was left unread: its clause and the clause before it have no word of
   * applications. The clauses of a list closed by semicolons share the sentence before the list.
   */
  @Test
  void clausesOfAListShareTheSentenceBeforeIt() {
    String text =
        "二是在收到的依申请公开事项中，已答复12件，答复率为100%。其中“予以公开”0件，占0%；“部分公开”3件，占25%；“不予公开”0件，占0%；“无法提供”8件，占66.7%。";
    assertEquals(
        Arrays.asList(
            "HANDLED=12",
            "DISCLOSED=0",
            "PARTIALLY_DISCLOSED=3",
            "NOT_DISCLOSED=0",
            "UNABLE_TO_PROVIDE=8"),
        figures(text));
    assertAgrees(text);
    assertFoundIn(
        text.replace("“部分公开”3件", "“部分公开”4件"), "/applications/outcomes/partiallyDisclosed/total");
  }

  /**
   * 上海市普陀区 2022 (http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html):
   * "2022年上半年，全区各行政机关共受理政府信息公开申请267件，答复263件…。其中同意公开或部分公开共81件" — the first sentence, of half a year,
   * is left unread, but it lent its words of applications to the second, whose 81 was compared with
   * the year's tables. A sentence of another scope lends no context.
   */
  @Test
  void aSentenceOfAnotherScopeLendsNoContext() {
    assertEquals(
        Collections.emptyList(),
        figures(
            "2022年上半年，全区各行政机关共受理政府信息公开申请267件，答复263件，申请量比2021年同期上升1.52%。其中同意公开或部分公开共81件，公开率为30.80%。"));
    // the same list after a sentence of the year is read
    String year = "2022年，全区各行政机关共受理政府信息公开申请14件，答复12件。其中同意公开或部分公开共3件，公开率为25%。";
    assertEquals(
        Arrays.asList("RECEIVED=14", "HANDLED=12", "DISCLOSED_OR_PARTIALLY=3"), figures(year));
    assertAgrees(year);
  }

  /**
   * 重庆市九龙坡区二郎街道 2022
   * (http://cqjlp.gov.cn/bmjz/qzfjz_97456/eljd_97738/zwgk_97461/zfxxgknb_97478/202301/t20230130_11545442.html):
   * "全年新收政府信息公开申请数量0件，上年结转政府信息公开申请数量0件" — the row's caption with 数量 put the figure ten characters
   * after 上年结转, and it was left unread.
   */
  @Test
  void applicationsCarriedOverCountedByTheRowsCaption() {
    String sentence = "全年新收政府信息公开申请数量14件，上年结转政府信息公开申请数量1件。";
    assertEquals(
        Arrays.asList("NEWLY_RECEIVED=14", "CARRIED_OVER_FROM_PREVIOUS_YEAR=1"), figures(sentence));
    assertFoundIn(
        sentence.replace("数量1件", "数量2件"), "/applications/carriedOverFromPreviousYear/total");
  }

  /**
   * 凌源市市场监督管理局 2025 (https://www.lingyuan.gov.cn/html/LYSZF/202601/0176864103428826.html):
   * "共办结8件，结转2026年度继续办理2件" — a year named with 年度 was not read.
   */
  @Test
  void applicationsCarriedToANamedYearWithItsDu() {
    String sentence = "2025年我局共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请14件，共办结12件，结转2026年度继续办理3件。";
    assertEquals(
        Arrays.asList("RECEIVED=14", "HANDLED=12", "CARRIED_OVER_TO_NAMED_YEAR=3"),
        figures(sentence));
    assertFoundIn(
        sentence.replace("继续办理3件", "继续办理2件"), "/applications/carriedOverToNextYear/total");
  }

  /**
   * 眉山市住房城乡建设局 2022
   * (https://www.ms.gov.cn/xxgk/xxgk_content.jsp?urltype=news.NewsContentUrl&wbtreeid=5069&wbnewsid=1143172):
   * "收到依申请公开164件，结转上年2件；办理85件，下年度继续办理81件" — next year's continued handling, without 结转 or 转 before
   * it, was not read.
   */
  @Test
  void applicationsHandledOnNextYearAreCarriedForward() {
    String sentence = "2022年，我局收到依申请公开14件，结转上年1件；办理12件，下年度继续办理3件。";
    assertEquals(
        Arrays.asList(
            "RECEIVED=14",
            "CARRIED_OVER_FROM_PREVIOUS_YEAR=1",
            "DEALT_WITH=12",
            "CARRIED_OVER_TO_NEXT_YEAR=3"),
        figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(
        sentence.replace("继续办理3件", "继续办理2件"), "/applications/carriedOverToNextYear/total");
  }

  /**
   * 杭州市公安局滨江区分局 2022 (https://luchovivas.com/art/2023/1/17/art_1229230631_4134961.html, a copy):
   * "申请人为自然人的2件，法人或者其他组织的2件" — 法人或者其他组织 was not read as the organisations.
   */
  @Test
  void organisationsWordedWithHuozhe() {
    String text = "本年度，我局收到政府信息公开申请14件，13件为网络申请，1件为信件申请；申请人为自然人的13件，法人或者其他组织的1件。";
    assertEquals(
        Arrays.asList("RECEIVED=14", "NATURAL_PERSONS=13", "ORGANISATIONS=1"), figures(text));
    assertAgrees(text);
    assertEquals(1, mismatches(text.replace("组织的1件", "组织的2件")).size());
  }

  /**
   * 桐乡市 2024
   * (https://www.tx.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=330483ZFC00000&fbtime=2024):
   * "办结930件，31件结转到2025年度继续办理"; 桐乡市 2023 and 杭州市公安局滨江区分局 2022 word it alike ("1件结转2023年度继续办理") — a
   * figure before 结转 and a year's digits was not read. Carried over to the next year or from the
   * previous one, as the year says: either agrees.
   */
  @Test
  void applicationsCarriedOverBeforeANamedYear() {
    String sentence = "2024年全市共收到依申请件14件，上年结转1件，办结12件，3件结转到2025年度继续办理。";
    assertEquals(
        Arrays.asList(
            "RECEIVED=14",
            "CARRIED_OVER_FROM_PREVIOUS_YEAR=1",
            "HANDLED=12",
            "CARRIED_OVER_BEFORE_NAMED_YEAR=3"),
        figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(
        // without 全市, whose figures are not compared (NarrativeRealScopesTest)
        sentence.replace("全市", "").replace("3件结转", "2件结转"),
        "/applications/carriedOverToNextYear/total",
        "/applications/carriedOverFromPreviousYear/total");
  }

  /**
   * 绍兴市越城区东湖街道 2023 (https://www.sxyc.gov.cn/art/2024/1/22/art_1229445040_4107020.html):
   * "通过政府门户网站共办理并答复信息公开申请3件、纸质申请36件" — the 3 of the website alone were read as all the applications
   * dealt with (办理), against 37 answered and 39 received: a false alarm. A sentence that counts
   * paper applications apart counts its applications by channel.
   */
  @Test
  void applicationsDealtWithCountedByChannel() {
    String sentence = "2023年度东湖街道办事处通过政府门户网站共办理并答复信息公开申请5件、纸质申请7件，顺延至下一年答复3件。";
    assertEquals(Collections.singletonList("CARRIED_OVER_TO_NEXT_YEAR=3"), figures(sentence));
    assertAgrees(sentence);
  }

  /**
   * 长春市人民政府办公厅 2024 (http://js.changchun.gov.cn/szf_3410/ndbg/202501/t20250127_3378533.html):
   * "所有答复件中，予以公开及部分公开的42件…；因本机关不掌握等原因无法提供的49件，占50%" — the form's own wording of outcome （四）, its
   * first reason and 等原因, was left unread, as a sentence naming one reason of （四） is; 三亚市 2024
   * words it alike.
   */
  @Test
  void unableToProvideForAllReasonsInTheFormsWording() {
    String text = "答复政府信息公开申请12件，均按规定在法定期内予以答复。所有答复件中，部分公开的3件，占25%；因本机关不掌握等原因无法提供的8件，占66.7%。";
    assertEquals(
        Arrays.asList("HANDLED=12", "PARTIALLY_DISCLOSED=3", "UNABLE_TO_PROVIDE_FOR_ALL_REASONS=8"),
        figures(text));
    assertAgrees(text);
    assertFoundIn(
        text.replace("无法提供的8件", "无法提供的9件"),
        "/applications/outcomes/unableToProvide/notHeld/total",
        "/applications/outcomes/unableToProvide/requiresCreation/total",
        "/applications/outcomes/unableToProvide/unclearAfterCorrection/total");
    // one reason alone is still not all of （四）
    assertEquals(Collections.singletonList("RECEIVED=5"), figures("共收到政府信息公开申请5件，因本机关不掌握无法提供1件。"));
  }

  /**
   * 天津市河北区 2024
   * (http://www.tjhb.gov.cn/zwgk/zfxxgk/zfxxgkqzf/hz/zfxxgknb1/202503/t20250306_6875436.html):
   * "上年结转政府信息公开申请21件，本年新收434件，办理434件，剩余21件结转下一年度处理" — 新收 without 申请 after it was not read.
   */
  @Test
  void newlyReceivedWithoutTheWordApplication() {
    String sentence = "上年结转政府信息公开申请1件，本年新收14件，办理12件，剩余3件结转下一年度处理。";
    assertEquals(
        Arrays.asList(
            "CARRIED_OVER_FROM_PREVIOUS_YEAR=1",
            "NEWLY_RECEIVED=14",
            "DEALT_WITH=12",
            "CARRIED_OVER_TO_NEXT_YEAR_AFTER=3"),
        figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(sentence.replace("新收14件", "新收15件"), "/applications/newlyReceived/total");
  }
}
