package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertAgrees;
import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertFoundIn;
import static io.github.xxgk.report.validation.NarrativeRulesTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Wordings of real reports (found in the pages corpus) whose figures count something other than the
 * organ's applications of the year, as {@link NarrativeRealWordingsTest} checks them, with the
 * figures of the report of the resources (a report of 2024 by 临汾市尧都区人民政府办公室: 14 new, 1 carried
 * over, 12 answered, 3 carried forward): a whole county or district, one channel, another year.
 */
class NarrativeRealScopesTest {
  /**
   * 攸县人民政府办公室 2023 (http://www.hnyx.gov.cn/c26121/20240131/i2159456.html):
   * "2023年，全县共受理依申请公开62件（其中上年结转3件）" — the county's applications, read against the office's tables;
   * 北京市东城区人民政府 2023
   * (https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2023nb/dcqzf2023/202403/t20240305_3580286.html):
   * "全年全区共受理申请公开800件，结转下年度办理39件，区政府本级共受理206件" — the district's and the government's own side by
   * side. A figure of a whole area or system is read, but never a contradiction.
   */
  @Test
  void figuresOfAWholeCountyOrDistrictAreNotCompared() {
    String county = "2024年，全县共受理依申请公开62件（其中上年结转3件），委托县自然资源局办理自然资源类政府信息公开申请25件。";
    assertEquals(
        Arrays.asList("RECEIVED=62", "CARRIED_OVER_FROM_PREVIOUS_YEAR=3"), figures(county));
    assertAgrees(county);
    assertAgrees("政府信息依申请公开工作持续强化服务理念。全年全区共受理申请公开800件，结转下年度办理39件，区政府本级共受理206件，结转下年度办理6件。");
    // the figures of the sentence before, lent to a list that needs its words, are the district's
    assertAgrees("2024年，全区共收到政府信息公开申请620件。其中予以公开300件。");
    // and so are those of the later clauses of a list closed by semicolons (三亚市 2024,
    // https://m.myjhkq.com/sanyasite/xxgknb/202503/6f514462fe9c4697bce3f50ad7500367.shtml, a copy)
    assertAgrees(
        "2024年全市新受理政府信息公开申请1681件，其中自然人申请1565件，法人或其他组织申请116件；"
            + "答复政府信息公开申请1641件（含上年度转结），其中予以公开及部分公开845件，不予公开121件，结转下一年度继续办理79件。");
    // the organ's own figures are compared
    assertFoundIn(
        county.replace("全县", "我办").replace("结转3件", "结转1件"),
        "/applications/newlyReceived/total",
        "/applications/carriedOverFromPreviousYear/total");
  }

  /**
   * 安庆市招商中心 2021 (http://aqxxgk.anqing.gov.cn/gknb_show.php?id=4540): "本年度共受理群众网上申请政府信息公开申请0件" and
   * 湘西州乡村振兴局 2023 (https://xxz.gov.cn/zwgk/zfxxgknb/2023/202403/t20240305_2128518.html):
   * "本年度收到网上提交依申请公开信息0件" — the applications made online were read as all those received (the
   * look-behind before 申请 was skipped by the gap up to the later 申请).
   */
  @Test
  void applicationsReceivedOnlineAreNotAllReceived() {
    assertFalse(figures("本年度共受理群众网上申请政府信息公开申请0件。").contains("RECEIVED=0"));
    assertAgrees("本年度共受理群众网上申请政府信息公开申请0件。");
    assertAgrees("三是依申请公开方面，本年度收到网上提交依申请公开信息0件。");
    assertFoundIn(
        "本年度共受理群众政府信息公开申请0件。",
        "/applications/newlyReceived/total",
        "/applications/carriedOverFromPreviousYear/total");
  }

  /**
   * 钦州市人民政府办公室 2024
   * (http://www-qinzhou-gov-cn.njmu.s5.bt8.net/zfxxgk/qzszfxxgkpt/qzsrmzfbgs/zfxxgknb_5/t19555553.shtml,
   * a copy): "予以公开3件、部分公开24件、无法提供12件、结转下年度办理4件" — the 12 unable to provide were read as carried
   * forward: the gap after a figure stated first ran over the 、 that ends its item.
   */
  @Test
  void aListItemEndsAtItsEnumerationComma() {
    String sentence = "2024年，我办共受理依申请公开事项14件，上年结转1件，部分公开3件、无法提供8件、结转下年度办理3件。";
    assertEquals(
        Arrays.asList(
            "RECEIVED=14",
            "CARRIED_OVER_FROM_PREVIOUS_YEAR=1",
            "PARTIALLY_DISCLOSED=3",
            "UNABLE_TO_PROVIDE=8",
            "CARRIED_OVER_TO_NEXT_YEAR=3"),
        figures(sentence));
    assertAgrees(sentence);
  }

  /**
   * 闽侯县人民政府办公室 2023
   * (http://minhou.gov.cn/xjwz/zwgk/zfxxgkzl/xzfjqzcbm/xzfb/ndbg/202401/t20240116_4761117.htm):
   * "已答复84件（含上一年结转答复1件），结转至2024年答复1件" — the 1 answered in 2024 was compared with the 84 answered in
   * 2023; 北京市通州区西集镇 2024 (http://www.bjtzh.gov.cn/tzzfxxgk/c109617fbdgn/202501/1740667.shtml):
   * "2024年办结121件，转2025年办理37件" — the 37 dealt with in 2025 with those of 2024. A figure whose words
   * start at another year, named by its digits, is that year's.
   */
  @Test
  void figuresOfAnotherNamedYearAreNotCompared() {
    assertAgrees("本年度我办共收到依申请公开政府信息14件，已答复12件（含上一年结转答复1件），结转至2025年答复3件。");
    assertAgrees("2024年共受理政府信息公开申请14件，均已按照法规要求做好答复，其中，2024年办结12件，转2025年办理3件。");
    // the report's own year is compared
    assertFoundIn("2024年共受理政府信息公开申请14件，其中，2024年办结11件。", "/applications/outcomes/total/total");
  }

  /**
   * 广州市番禺区人民政府办公室 2024 (http://www.panyu.gov.cn/gkmlpt/content/10/10099/post_10099135.html):
   * "2024年共办理政府信息公开申请80件，同比增长5.26%；上年结转2件，结转下年办理8件" — 同比 left the whole sentence unread, and it
   * lent no words of applications to the clauses after it, where 上年结转2件 was left unread too. A word
   * comparing with another year scopes only the figures after it; 邹城市太平镇 2024
   * (http://www.zoucheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370883004326403Q&fbtime=2024):
   * "共收到…申请2件，比去年增加1件" (here with 收到申请 written after 去年, so that the figure after it could be read,
   * and is not).
   */
  @Test
  void aComparisonWithAnotherYearScopesOnlyTheFiguresAfterIt() {
    String text = "依法依规办理政府信息公开申请，持续规范依申请公开办理流程。2024年共办理政府信息公开申请14件，同比增长5.26%；上年结转1件，结转下年办理3件。";
    assertEquals(
        Arrays.asList(
            "DEALT_WITH=14", "CARRIED_OVER_FROM_PREVIOUS_YEAR=1", "CARRIED_OVER_TO_NEXT_YEAR=3"),
        figures(text));
    assertAgrees(text);
    assertFoundIn(text.replace("结转1件", "结转2件"), "/applications/carriedOverFromPreviousYear/total");
    assertEquals(
        Arrays.asList("RECEIVED=14"),
        figures("2024年度，我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请14件，比去年收到申请增加1件，均按时完成答复。"));
  }
}
