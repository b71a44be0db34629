package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.NarrativeRulesTest.figures;
import static io.github.xxgk.report.validation.NarrativeRulesTest.overview;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of real reports that the narrative rules misread or left unread, each as its report
 * words it, with the figures of the report of the resources (14 new, 1 carried over, 12 answered, 3
 * carried forward, 1 reconsideration): the right figure agrees, a wrong one is found in its cell.
 */
class NarrativeRealWordingsTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  static List<Problem> mismatches(String sentence) {
    return VALIDATOR.validate(overview(REAL, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH);
  }

  static void assertAgrees(String sentence) {
    assertEquals(Collections.emptyList(), mismatches(sentence), sentence);
  }

  static void assertFoundIn(String sentence, String... pointers) {
    List<Problem> found = mismatches(sentence);
    assertEquals(1, found.size(), sentence + found);
    assertEquals(Arrays.asList(pointers), found.get(0).relatedPointers(), sentence);
  }

  /**
   * 国家卫生健康委 2024 (https://nmgyyxh.org.cn/doc/2025/01/24/367869.shtml, a copy of the report):
   * "经查，2023年收到，结转至2024年作出答复的政府信息公开申请…件" was read as all the applications answered (三（七）); the
   * applications are carried over between the two years named, from the previous one here.
   */
  @Test
  void applicationsCarriedAcrossNamedYearsAreCarriedOver() {
    String words = "经查，2023年收到，结转至2024年作出答复的政府信息公开申请";
    assertEquals(
        Collections.singletonList("CARRIED_OVER_ACROSS_NAMED_YEAR=1"), figures(words + "1件。"));
    assertAgrees(words + "1件。");
    // 12, the applications answered, is not what the sentence states
    assertFoundIn(
        words + "12件。",
        "/applications/carriedOverFromPreviousYear/total",
        "/applications/carriedOverToNextYear/total");
  }

  /**
   * "予以公开(含部分公开)N件", with half-width brackets, is （一） and （二） together, as with full-width ones.
   */
  @Test
  void disclosedWithPartsInHalfWidthBracketsIsTheirSum() {
    assertEquals(
        Collections.singletonList("DISCLOSED_OR_PARTIALLY=7"),
        figures("全年办结政府信息公开申请，其中予以公开(含部分公开)7件。"));
  }

  /**
   * 进贤县 2024 counts each channel by itself ("全县受理线上信息公开申请65件，依法办结62件，结转下年度办理3件，受理线下信息公开申请9件"), and
   * those figures stay unread; but every figure of a sentence naming 线上 or 线下 was left unread, the
   * total stated before the channels, or of both channels together, or after the channels within
   * closed brackets, too.
   */
  @Test
  void figuresBeforeOrBesideTheChannelsAreOfAllChannels() {
    assertAgrees("2024年，全县受理线上信息公开申请10件，依法办结8件，结转下年度办理3件，受理线下信息公开申请4件，已全部依法办结。");
    assertAgrees("2024年，全县共受理政府信息公开申请14件，其中线上信息公开申请10件，线下信息公开申请4件，已全部依法办结。");
    assertFoundIn(
        "2024年，我县共受理政府信息公开申请16件，其中线上信息公开申请10件，线下信息公开申请4件。",
        "/applications/newlyReceived/total",
        "/applications/carriedOverFromPreviousYear/total");
    assertEquals(
        Arrays.asList("RECEIVED=14", "HANDLED=12"),
        figures("共收到政府信息公开申请14件（其中线上申请10件，线下申请4件），本年度办结12件。"));
    assertEquals(Collections.singletonList("RECEIVED=15"), figures("全年通过线上线下渠道共受理政府信息公开申请15件。"));
  }

  /**
   * A county of 怀化 2022
   * (http://jzmfx.com/huaihua/c134066/202302/083d4491055c45fdad3b5de45ce62bb7.shtml, a copy):
   * "2022年，我县收到政府信息依申请公开9件，上年转结1件，其中网络申请数5件，信函申请数5件，已按程序按时办理，发生行政复议1件" — the 行政复议 at its end left
   * the figures of applications before it unread, and 上年转结 is 上年结转. Cases (复议, 诉讼, 案件) follow the
   * applications they come from; other requests (信访, 咨询…) may be part of a total before them, and
   * still leave the whole sentence unread.
   */
  @Test
  void wordsOfOtherMattersScopeOnlyTheFiguresAfterThem() {
    String sentence = "2022年，我县收到政府信息依申请公开14件，上年转结1件，其中网络申请数10件，信函申请数5件，已按程序按时办理，发生行政复议1件。";
    assertAgrees(sentence);
    assertEquals(
        Arrays.asList("RECEIVED=14", "CARRIED_OVER_FROM_PREVIOUS_YEAR=1", "RECONSIDERATION=1"),
        figures(sentence));
    assertFoundIn(
        sentence.replace("14件", "16件"),
        "/applications/newlyReceived/total",
        "/applications/carriedOverFromPreviousYear/total");
    // a figure after such a word is still not read as applications
    assertEquals(Collections.singletonList("RECONSIDERATION=2"), figures("收到行政复议申请2件，办结2件。"));
    // other requests a total may include leave the whole sentence unread
    assertEquals(Collections.emptyList(), figures("共收到各类申请30件，其中政府信息公开申请14件、信访申请16件。"));
  }

  /**
   * 重庆市江津区规划和自然资源局 2022
   * (https://ghzrzyj.cq.gov.cn/zz/jjq/zwgk/zfxxgknb/202301/t20230130_11547484.html):
   * "全年共受理依申请公开政府信息103件。已经办结98件，转接下年继续办理5件" — 转接下年 is carried forward, and was not read.
   */
  @Test
  void applicationsTransferredToNextYearAreCarriedForward() {
    assertAgrees("全年共受理依申请公开政府信息14件。已经办结12件，转接下年继续办理3件。");
    assertFoundIn(
        "全年共受理依申请公开政府信息14件。已经办结12件，转接下年继续办理2件。", "/applications/carriedOverToNextYear/total");
  }

  /**
   * A district's report of 2022 (its page in the search corpus has no address):
   * "共完成政府信息依申请公开答复1453件，包括上年结转信息公开申请30件" — 依申请公开答复 is all the applications answered, where 公开答复
   * alone is one outcome.
   */
  @Test
  void applicationsAnsweredOnRequestAreAllAnswered() {
    String sentence = "2022年，全区各职能部门、镇街共完成政府信息依申请公开答复12件，包括上年结转信息公开申请1件。";
    assertEquals(
        Arrays.asList("HANDLED=12", "CARRIED_OVER_FROM_PREVIOUS_YEAR=1"), figures(sentence));
    assertAgrees(sentence);
    // the district's figure is not compared (NarrativeRealScopesTest); the organ's is
    assertFoundIn(
        sentence.replace("全区各职能部门、镇街", "我局").replace("答复12件", "答复13件"),
        "/applications/outcomes/total/total");
  }

  /**
   * 平潭综合实验区旅游与文化体育局 2025 (changwu/pingtan-gov-zwgk-archive, ptzhsyqlyy/zfxxgknb/202601/104724;
   * found by survey8): "全年办理政府信息公开申请1件", where table 三 prints 1 under 自然人 and 0 as the row's 总计.
   * The wrong total is APPLICATIONS-ROW-TOTAL's finding; the narrative, which agrees with the row's
   * own cells, is not a second one.
   */
  @Test
  void aFigureAgreeingWithTheRowOfAWrongTotalIsNotASecondFinding() {
    AnnualReport wrongTotal =
        Reports.with(REAL, Reports.cell("/applications/outcomes/total/total"), 0);
    String sentence = "规范做好依申请公开信息答复工作，积极主动与申请人沟通了解诉求，提高答复质量和效率，全年办理政府信息公开申请12件。";
    ValidationResult result = VALIDATOR.validate(overview(wrongTotal, sentence));
    assertEquals(Collections.emptyList(), result.byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    assertEquals(1, result.byRule(Rules.APPLICATIONS_ROW_TOTAL).size());
    // a figure agreeing with neither is still found
    assertEquals(
        1,
        VALIDATOR
            .validate(overview(wrongTotal, sentence.replace("12件", "13件")))
            .byRule(Rules.NARRATIVE_TABLE_MISMATCH)
            .size());
  }

  /**
   * 四川省人民政府办公厅 2023
   * (https://m.pouringspot.com/10462/10778/10876/2024/1/29/49e6cd7bc03d4c7a8ac862452b184f18.shtml,
   * a copy): "依法办理涉及政府信息公开的行政复议27件、行政诉讼15件"; 平湖市 2024: "政府信息公开行政复议1件（申请人撤回结案）、行政诉讼0件" — a sentence
   * naming both was not read for either; each is read when its own figure stands between the words.
   * Both with one figure ("行政复议和行政诉讼各1件", "分别") stay unread.
   */
  @Test
  void reconsiderationsAndLawsuitsEachWithItsFigureAreRead() {
    String sentence = "依法办理涉及政府信息公开的行政复议1件、行政诉讼1件。";
    assertEquals(Arrays.asList("RECONSIDERATION=1", "LITIGATION=1"), figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(
        "政府信息公开行政复议2件（申请人撤回结案）、行政诉讼1件。", "/reconsiderationAndLitigation/reconsideration/total");
    assertEquals(Collections.emptyList(), figures("因政府信息公开被申请行政复议和提起行政诉讼各1件。"));
    assertEquals(Collections.emptyList(), figures("行政复议、行政诉讼分别为1件和1件。"));
  }

  /**
   * 武汉市硚口区住房和城市更新局 2024
   * (https://www.qiaokou.gov.cn/xxgk/zfxxgknb/bmjdhz/qzfgzjg/qzfbzfwglj/202501/t20250122_2523674.shtml):
   * "包括2023年结转2024年政府信息公开申请4件，其中，已主动公开和同意公开4件" — the 4 disclosed are of the 4 carried over, and
   * were compared with all those disclosed (31), a false alarm. Outcomes after 结转 are read only
   * when a total (received, answered) is stated before them in the sentence.
   */
  @Test
  void outcomesOfTheCarriedOverAloneAreNotRead() {
    assertEquals(Collections.emptyList(), figures("包括2023年结转2024年政府信息公开申请4件，其中，已主动公开和同意公开4件。"));
    assertEquals(
        Collections.singletonList("CARRIED_OVER_FROM_PREVIOUS_YEAR=1"),
        figures("上年结转申请1件，其中予以公开1件。"));
    assertEquals(
        Arrays.asList(
            "RECEIVED=14", "CARRIED_OVER_FROM_PREVIOUS_YEAR=1", "HANDLED=12", "DISCLOSED=5"),
        figures("共受理政府信息公开申请14件，上年结转1件，办结12件，其中予以公开5件。"));
  }

  /**
   * 六盘水市生态环境局 2023 (http://sthj.gzlps.gov.cn/bmxxgk/zfxxgk/zfxxgknb/2023n/):
   * "按规定同意公开10件，部分同意公开3件，因不属于本机关信息无法提供1件，信息不存在1件" — 部分同意公开3件 was read as 同意公开 (（一）), and 无法提供1件,
   * one of two reasons of outcome （四）, as all of it: two false alarms.
   */
  @Test
  void partlyAgreedAndOneReasonOfUnableAreNotMisread() {
    assertEquals(
        Arrays.asList("RECEIVED=15", "DISCLOSED=10", "PARTIALLY_DISCLOSED=3"),
        figures(
            "2023年，六盘水市生态环境局共收到政府信息依申请公开件15件，其中通过网络申请9件，信函申请6件，按规定同意公开10件，部分同意公开3件，因不属于本机关信息无法提供1件，信息不存在1件。"));
    // with 无法提供 ruled out, 答复 after it is still not all the applications answered
    assertEquals(
        Collections.singletonList("RECEIVED=5"), figures("共收到政府信息公开申请5件，因无法提供相关信息答复2件，信息不存在1件。"));
  }

  /**
   * 武汉市公安局 2024 (https://gaj.wuhan.gov.cn/zwgk_12/zfxxgknb/202502/t20250218_2534939.html):
   * "结转上年度政府信息公开申请3件" — 结转 before 上年度 was not read.
   */
  @Test
  void carriedOverFromTheYearBeforeWordedTheOtherWayRound() {
    String sentence = "全年收政府信息公开申请14件，结转上年度政府信息公开申请1件，本年度办结12件，剩余3件结转下年度办理。";
    assertEquals(
        Arrays.asList(
            "CARRIED_OVER_FROM_PREVIOUS_YEAR=1", "HANDLED=12", "CARRIED_OVER_TO_NEXT_YEAR_AFTER=3"),
        figures(sentence));
    assertAgrees(sentence);
    assertFoundIn(
        sentence.replace("申请1件", "申请2件"), "/applications/carriedOverFromPreviousYear/total");
  }

  /**
   * 诸暨市市场监管局 2024 (https://www.zhuji.gov.cn/art/2025/1/17/art_1229517044_98000.html):
   * "收到政府信息公开申请43件，办结40件，逾期未补正不再处理1件，结转下年办理2件" — 办结 is one part beside the one not processed
   * further, which table 三 counts among those answered (（六）其他处理, 41 in all): a false alarm.
   */
  @Test
  void answeredBesideOnesNotProcessedFurtherIsLeftAlone() {
    assertEquals(
        Arrays.asList("RECEIVED=14", "CARRIED_OVER_TO_NEXT_YEAR=3"),
        figures("2024年，我局收到政府信息公开申请14件，办结11件，逾期未补正不再处理1件，结转下年办理3件。"));
  }
}
