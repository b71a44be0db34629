package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.NarrativeRulesTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Narrative sentences of real reports of provinces and kinds of organs the other real tests leave
 * out (甘肃, 宁夏, 内蒙古, 黑龙江, 河北, 云南, 陕西, 吉林, 广西, 贵州, 山东, 湖南; offices, bureaux of education and health,
 * towns; pages corpus, 2020–2025), with the figures a careful reader ties to cells of the tables.
 */
class NarrativeRealProvincesTest {
  /**
   * 保山市人民政府办公室 2024 and a copy of 雄安新区's 2024 report: words of other requests (投诉, 热线, 咨询) after
   * figures whose sentence names only applications for government information left them unread.
   */
  @Test
  void wordsOfOtherRequestsAfterFiguresOfApplicationsForInformationLeaveThemRead() {
    assertEquals(
        Arrays.asList("RECEIVED=21", "HANDLED=21"),
        figures("2024年，市政府及市政府办公室共受理政府信息公开申请21件，办结21件，受理政府信息公开申请投诉件1件，全部已按规定办理。"));
    assertEquals(
        Arrays.asList("RECEIVED=3"),
        figures("2024年度共收到和办理政府信息公开申请3件，12345政务服务便民热线咨询906条，按期办结率100%，依申请公开质效持续提升。"));
    // 嵩明县卫生健康局 2025: "零投诉" after the figure
    assertEquals(
        Arrays.asList("RECEIVED=1"),
        figures("全年共收到依申请公开申请 1 件，在法定时限内完成审查、办理与答复，确保申请人合法权益得到充分保障，依申请公开工作实现“零逾期、零投诉”。"));
    // a total of every kind, or of applications and other requests together, stays unread, and so
    // do the figures after it that name no applications
    assertEquals(new ArrayList<String>(), figures("共收到各类申请30件，其中信访16件、政府信息公开申请14件。"));
    assertEquals(new ArrayList<String>(), figures("共收到政府信息公开申请和信访件30件，办结30件。"));
    assertEquals(new ArrayList<String>(), figures("共收到投诉和政府信息公开申请30件，办结28件，信访2件。"));
    // the count the words name stays unread
    assertEquals(Arrays.asList("RECEIVED=14"), figures("共收到政府信息公开申请14件，收到信访投诉申请16件。"));
  }
}
