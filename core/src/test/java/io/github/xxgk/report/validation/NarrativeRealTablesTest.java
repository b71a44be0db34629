package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertAgrees;
import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertFoundIn;
import static io.github.xxgk.report.validation.NarrativeRulesTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Wordings of real reports (found in the pages corpus) that state figures of table 二 (documents
 * issued, repealed, in force) and of table 四 (reconsiderations, lawsuits), as {@link
 * NarrativeRealWordingsTest} checks them, with the figures of the report of the resources (行政规范性文件
 * 0 issued, 0 repealed, 21 in force; 1 reconsideration, 1 lawsuit).
 */
class NarrativeRealTablesTest {
  /**
   * 禹城市行政审批服务局 2024
   * (http://www.yuchengshi.gov.cn/n58122575/n58123047/n91935851/n91936016/c92250399/content.html):
   * "全年制发规范性文件0件，废止0件，现行有效0件"; 九江市濂溪区 2024
   * (http://www.lianxi.gov.cn/zfxxgk/zfxxgknb/2024n/qzf/202502/t20250220_6854532.html):
   * "制定发布规范性文件4件，清理废止文件0件，现行有效文件20件" — a list that names the documents once, before its first
   * figure, left the figures repealed and in force unread.
   */
  @Test
  void normativeDocumentsRepealedAndInForceListedAfterThoseIssued() {
    String sentence = "加大规范性文件主动公开，全年制发规范性文件0件，废止0件，现行有效21件。";
    assertEquals(
        Arrays.asList(
            "NORMATIVE_ISSUED=0", "NORMATIVE_REPEALED_LISTED=0", "NORMATIVE_IN_FORCE_LISTED=21"),
        figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(
        sentence.replace("废止0件", "废止1件"), "/proactiveDisclosure/normativeDocuments/repealed");
    assertFoundIn(
        sentence.replace("有效21件", "有效20件"), "/proactiveDisclosure/normativeDocuments/inForce");
    assertEquals(
        Arrays.asList(
            "NORMATIVE_ISSUED=4", "NORMATIVE_REPEALED_LISTED=0", "NORMATIVE_IN_FORCE_LISTED=20"),
        figures("制定发布规范性文件4件，清理废止文件0件，现行有效文件20件。"));
  }

  /**
   * 上海市 2022 (https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html):
   * "主动公开市政府规章13件（含新制定5件，修改4件，废止4件），主动公开…行政规范性文件42件" — a list that names 规章 as well is not read as
   * one of 行政规范性文件: the 4 repealed are 规章.
   */
  @Test
  void aListNamingRegulationsToo() {
    assertEquals(
        Collections.emptyList(),
        figures(
            "2022年，在上海市人民政府网站、《上海市人民政府公报》主动公开市政府规章13件（含新制定5件，修改4件，废止4件），"
                + "主动公开市政府和市政府办公厅行政规范性文件42件，人事任免文件106件，其他文件113件。"));
  }

  /**
   * 杭州市滨江区长河街道 2023 (https://luchovivas.com/art/2024/1/19/art_1229230631_4234065.html, a copy):
   * "因政府信息公开引发行政复议2件、行政诉讼0件"; 禹城市行政审批服务局 2024: "办理信息公开行政复议0件，行政诉讼0件"; 绍兴市越城区东湖街道 2023
   * (https://www.sxyc.gov.cn/art/2024/1/22/art_1229445040_4107020.html): "因信息公开引起的行政复议31件，行政诉讼0件" —
   * each figure is read for its own table 四 total.
   */
  @Test
  void reconsiderationsThenLawsuitsEachWithItsFigure() {
    String sentence = "因政府信息公开引发行政复议1件、行政诉讼1件。";
    assertEquals(Arrays.asList("RECONSIDERATION=1", "LITIGATION=1"), figures(sentence));
    assertAgrees(sentence);
    assertFoundIn("因信息公开引起的行政复议31件，行政诉讼1件。", "/reconsiderationAndLitigation/reconsideration/total");
    assertFoundIn(
        "全年共受理政府信息公开申请14件，办理信息公开行政复议1件，行政诉讼0件。",
        "/reconsiderationAndLitigation/litigationWithoutReconsideration/total",
        "/reconsiderationAndLitigation/litigationAfterReconsideration/total");
  }

  /**
   * 咸阳市秦都区 2024 (https://snqindu.gov.cn/zfxxgk/zfxxgknb/qzfxxgknb/202502/t20250206_1910625.html):
   * "行政复议144件，120件做了复议决定，行政诉讼97件，27件法院做出判决" — the 97 lawsuits were left unread: 复议 in the clause of
   * the figure before ("120件做了复议决定") was taken for words near them. A clause mark ends the words
   * near a figure.
   */
  @Test
  void lawsuitsAfterAClauseNamingReconsiderations() {
    String sentence = "行政复议144件，120件做了复议决定，行政诉讼97件，27件法院做出判决。";
    assertEquals(Arrays.asList("RECONSIDERATION=144", "LITIGATION=97"), figures(sentence));
    // with the figures of the report of the resources (1 reconsideration, 1 lawsuit)
    String own = "行政复议1件，1件做了复议决定，行政诉讼1件，1件法院做出判决。";
    assertAgrees(own);
    assertFoundIn(
        own.replace("行政诉讼1件", "行政诉讼2件"),
        "/reconsiderationAndLitigation/litigationWithoutReconsideration/total",
        "/reconsiderationAndLitigation/litigationAfterReconsideration/total");
    // within one clause, 复议 still keeps a lawsuit's figure from the lawsuits alone
    assertEquals(Collections.singletonList("CASES=1"), figures("因政府信息公开引起行政复议和行政诉讼共1件。"));
  }

  /**
   * 天津市东丽区住房和建设委员会 2023
   * (http://intermagasia.com/gongkai/zfxxgkzl/zfgbm/dlqzjw/gknb/202401/t20240124_6519070.html, a
   * copy): "全年因政府信息公开工作被申请行政复议5件、未经复议直接提起行政诉讼1件" — the lawsuits of one group of table 四, named by
   * its caption, were left unread (复议 beside them kept them from all the lawsuits, rightly).
   */
  @Test
  void lawsuitsBroughtWithoutReconsideration() {
    String sentence = "全年因政府信息公开工作被申请行政复议1件、未经复议直接提起行政诉讼1件。";
    assertEquals(
        Arrays.asList("RECONSIDERATION=1", "LITIGATION_WITHOUT_RECONSIDERATION=1"),
        figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(
        sentence.replace("诉讼1件", "诉讼2件"),
        "/reconsiderationAndLitigation/litigationWithoutReconsideration/total");
  }
}
