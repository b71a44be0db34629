package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertAgrees;
import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertFoundIn;
import static io.github.xxgk.report.validation.NarrativeRulesTest.assertFiguresRead;
import static io.github.xxgk.report.validation.NarrativeRulesTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Narrative blocks of real reports of provinces the other real tests leave out (湖北, 辽宁, 新疆; pages
 * corpus, 2022–2025), each as printed, with the figures a careful reader ties to cells of the
 * tables: the scan reads those and no other. A figure of a whole area (全区) is marked {@code ~}:
 * read, never a contradiction. What is still missed is said beside its block.
 */
class NarrativeRealBlocksTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 洪山区 2023 (https://www.hongshan.gov.cn/xxgk/zfxxgknb/202401/t20240130_2352314.shtml)
        "2023年全区共办结政府信息依申请公开733件，其中予以公开238件，部分公开33件，不予公开38件，无法提供323件，不予处理25件，其他处理76件，转接下年度办理45件。"
            + "| HANDLED=733~ DISCLOSED=238~ PARTIALLY_DISCLOSED=33~ NOT_DISCLOSED=38~ UNABLE_TO_PROVIDE=323~ NOT_PROCESSED=25~ OTHER_HANDLING=76~ CARRIED_OVER_TO_NEXT_YEAR=45~",
        // 咸宁市政务服务和大数据管理局 2025
        // (http://zwsjj.xianning.gov.cn/zwgk/xxgknb/202601/t20260128_4233432_app.shtml)
        "我局2025年共受理依申请信息公开10件，已依法依规按时办结。未发生因政府信息公开产生行政复议、行政诉讼的情况。| RECEIVED=10",
        // 汉阳区人民政府办公室 2022 (section 三's text,
        // https://www.hanyang.gov.cn/bmxxgk/zfgzjg/qrmzfbgs/zfxxgkndbg/202301/t20230119_2136694.shtml):
        // "收到8份…申请", the number before its noun, and 本办不掌握…2件 are missed
        "2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。其中，予以公开2件，部分公开2件，属于四类过程性性信息1件，本办不掌握相关政府信息2件，其他1件（申请人自主撤销）。"
            + "| DISCLOSED=2 PARTIALLY_DISCLOSED=2",
        // 辽宁省人民政府办公厅 2025 (a copy,
        // http://tjj.yaoyejob.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2025/bmzfxxgkgzndbg/2026012914194811951/index.shtml)
        "全年共接受办理政府信息公开申请623件。| DEALT_WITH=623",
        // 辽宁省 2022 (a copy,
        // http://jyqzdz.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/202283/lnszfxxgkgzndbg/2023020518354418274/index.shtml)
        "各级行政机关累计办理政府信息公开申请11238件，结转下年度继续办理246件。涉行政复议、行政诉讼案件743件，结果维持461件，较上年提升5个百分点。"
            + "| DEALT_WITH=11238 CARRIED_OVER_TO_NEXT_YEAR=246 CASES=743",
        // 辽阳市 2023
        // (http://www.liaoyang.gov.cn/govxxgk/LY/2024-03-05/cfa9849a-3f74-4747-82de-a497ee246555.html?deptcode=033):
        // 平台申请 among all channels
        "2023年，通过现场、邮寄、传真和平台申请等方式，共受理政府信息依申请公开385件，其中6件结转下一年度办理，其余全部按时办结；处理涉及政府信息公开行政复议3件，行政诉讼14件。"
            + "| RECEIVED=385 CARRIED_OVER_TO_NEXT_YEAR_AFTER=6 RECONSIDERATION=3 LITIGATION=14",
        // 沙依巴克区 2022 (http://www.sayibak.gov.cn/info/2956/33680.htm)
        "以互联网申请、信函申请等多渠道、多途径丰富政府信息依申请公开获取方式，进一步规范依申请答复形式，全年收到依申请公开8件，办结8件。| RECEIVED=8 HANDLED=8",
        // 乌鲁木齐高新区（新市区） 2022 (http://uhdz.gov.cn/zfxxgk/zfxxgknb/qzfxxgknb/content_1069):
        // 许可 counted before the applications left them unread
        "截至目前，2022年我区公开行政规范性文件2件，行政许可3606件，行政处罚499件，接收政府信息公开申请13件，产生行政复议及行政诉讼0件。| RECEIVED=13 CASES=0",
        // 沙依巴克区 2023 (http://www.sayibak.gov.cn/info/2956/34000.htm)
        "2023年共受理依申请公开33件，其中本年新收33件，上年结转0件，结转至下年办理0件。全年未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。"
            + "| RECEIVED=33 NEWLY_RECEIVED=33 CARRIED_OVER_FROM_PREVIOUS_YEAR=0 CARRIED_OVER_TO_NEXT_YEAR=0",
        // 宜城市人民政府办公室 2024
        // (http://www.ych.gov.cn/xxgk/xxgknb/2024/xzbm/202501/t20250117_3748541.shtml)
        "2024年通过信函、网络等渠道收到依申请公开23件。| RECEIVED=23",
        // 襄阳市审计局 2024 (http://sjj.xiangyang.gov.cn/zwgk/gknb/202501/t20250106_3740555.shtml)
        "2024年，我局办理依申请公开事项1件，经与申请人沟通，对答复结果表示认可。| DEALT_WITH=1",
        // 襄阳市招商局 2024
        // (http://www.xiangyang.gov.cn/szf/zfxxgk/zfxxgknb/zfnbhz/szbm/szsj/202501/t20250114_3745800.shtml)
        "2024年度，市招商局收到政府信息公开申请1件，已按照申请人要求并严格按照依申请公开答复规范并以申请人要求反馈方式完成答复。| RECEIVED=1",
        // 襄州区水利局 2024 (http://www.xyxz.gov.cn/bmxz/bm/slj/zfxxgknb/202501/t20250109_3742942.shtml)
        "2024年，本单位新收到政府信息依申请公开2件，上年无结转，已办理2件，无结转下年度。| NEWLY_RECEIVED=2 DEALT_WITH=2",
        // 大连高新区 2024 (https://www.dlhitech.gov.cn/news/view_75355.html): 超期答复件 0 件 was
        // read as all the applications answered
        "2024年，全区共收到政府信息依申请件454件，答复458件（含上年结转8件），结转下年办理4件，超期答复件 0 件，较好维护了管委会的公信力。"
            + "| RECEIVED=454~ HANDLED=458~ CARRIED_OVER_FROM_PREVIOUS_YEAR=8~ CARRIED_OVER_TO_NEXT_YEAR=4~",
        // 大连市发展和改革委员会 2024
        // (https://pc.dl.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=2102000056&fbtime=2024)
        "全年共受理政府信息依申请公开数量152件（信函申请21件、传真申请0件、网络申请131件、当面申请0件）；政府信息依申请公开答复152件，答复率100%；"
            + "以上申请均按时规范答复；无收取依申请公开信息相关费用情况；由政府信息公开引起行政复议2件、行政诉讼案件2件。"
            + "| RECEIVED=152 HANDLED=152 RECONSIDERATION=2 LITIGATION=2",
        // 鞍山市立山区 2024 (http://www.lishan.gov.cn/html/ASLSQ/202501/0173751297508751.html)
        "全年立山区共收到依申请公开事项29宗，均在法定期限内予以答复。| RECEIVED=29",
        // 武汉市江岸区 2023
        // (https://www.jiangan.gov.cn/jaxxw/zfxxgk/zfxxgknb/zfxxgknb_2023/202401/t20240131_2353448.shtml):
        // 70 in 条 is missed (条 mostly counts items published)
        "2023年，江岸区人民政府共收到70条依申请事项。| ''",
        // 鞍山市铁西区政府办公室 2025 (http://www.astxqzf.gov.cn/html/TXQ/202601/0176947223988780.html):
        // 审批 after 内容 and 集中 names what the applications are about (they were missed)
        "全年共接收政府信息公开申请16件，其中自然人申请15件、法人或其他组织申请1件，申请内容主要集中在城市规划、征地补偿、财政资金使用、行政审批等领域。| RECEIVED=16 NATURAL_PERSONS=15 ORGANISATIONS=1",
        // 瓯海区审计局 2024
        // (http://www.ouhai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003012020&fbtime=2024):
        // cases of the year over last year's applications, which table 四 counts
        "2024年，我局未收到政府信息公开申请。办理因2023年度政府信息公开申请引发行政复议1件、引发行政诉讼2件，均维持结果。| RECONSIDERATION=1 LITIGATION=2",
        // 昌吉州发展和改革委员会 2024 (https://www.cj.gov.cn/p103/zfxxgknb/20250122/317435.html):
        // 7 in 条 is missed
        "2024年我委已回复依申请公开信息7条，申请事项集中在项目立项批复领域，受理的信息公开申请也未被申请人提起行政复议、行政诉讼的情况。| ''",
        // 新疆维吾尔自治区人民政府办公厅 2022 (a copy that lost the unit,
        // http://mckillo.com/xinjiang/c113421k/202301/030a16b02304483a9c6a13c58534900f.html)
        "全年办理政府信息公开申请96，均按照《政府信息公开条例》法定时限和法定答复方式依法依规予以办理。| ''",
      })
  void theFiguresAReaderTiesToTheTablesAreRead(String block, String expected) {
    assertFiguresRead(block, expected);
  }

  /**
   * 乌鲁木齐高新区（新市区） 2022: a word of another kind of request (许可) with a count of its own before the
   * applications does not make them another kind; one after a total still leaves it unread.
   */
  @Test
  void aRequestOfAnotherKindCountedBeforeTheApplicationsLeavesThemRead() {
    String sentence = "2024年我办公开行政规范性文件2件，行政许可3606件，行政处罚499件，接收政府信息公开申请14件。";
    assertAgrees(sentence);
    assertFoundIn(
        sentence.replace("申请14件", "申请17件"),
        "/applications/newlyReceived/total",
        "/applications/carriedOverFromPreviousYear/total");
    // a total before them, and the figures up to the count they name, are left unread
    assertEquals(new ArrayList<String>(), figures("共收到各类申请30件，其中信访16件、政府信息公开申请14件。"));
    // a word naming what the applications are about (鞍山市铁西区 2025) leaves them read; one naming
    // what a total includes does not
    assertAgrees("2024年我办共接收政府信息公开申请14件，申请内容主要涉及行政许可、信访等事项。");
    assertFoundIn(
        "2024年我办共接收政府信息公开申请16件，申请内容主要涉及行政许可、信访等事项。",
        "/applications/newlyReceived/total",
        "/applications/carriedOverFromPreviousYear/total");
    assertEquals(new ArrayList<String>(), figures("共收到申请30件，包括信访和政府信息公开申请。"));
    // a figure after a count of their own is read
    assertEquals(Arrays.asList("RECEIVED=14"), figures("收到信访事项16件，收到政府信息公开申请14件。"));
    assertEquals(new ArrayList<String>(), figures("共受理政府信息公开申请和行政许可申请30件，办结28件。"));
  }

  /**
   * 大连高新区 2024: "超期答复件 0 件" — answers given late, overdue or extended are a part of those answered,
   * not all of them.
   */
  @Test
  void answersGivenLateAreNotAllAnswered() {
    assertAgrees("2024年我办共收到政府信息公开申请14件，答复12件，超期答复件 0 件。");
    assertAgrees("2024年我办共收到政府信息公开申请14件，办结12件，其中延期答复2件。");
    assertAgrees("2024年我办共收到政府信息公开申请14件，其中2件逾期答复。");
  }
}
