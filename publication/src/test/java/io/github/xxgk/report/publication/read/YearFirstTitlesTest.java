package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Titles printing the year before the organ, or calling the report its 年报 (survey of stored public
 * pages): the organ is the words between the year and (政府)信息公开, read only when they end as an
 * organ's name; other documents on open government are no title.
 */
class YearFirstTitlesTest {
  @Test
  void aTitleCallingTheReportItsAnnualReportNamesTheOrganAndYear() {
    // 湖口县卫生健康委员会 2022 (hukou.gov.cn/wjw/zfxxgknb/202301/t20230105_5901300.html): no organ, no
    // year was read
    ReadResult result = read("2022年湖口县卫生健康委员会信息公开年报");
    assertEquals(Optional.of("湖口县卫生健康委员会"), result.match().organ());
    assertEquals(Optional.of(2022), result.match().year());
    // the same title with the report's full name, and with the organ before the year
    assertEquals(Optional.of("湖口县卫生健康委员会"), read("2022年湖口县卫生健康委员会信息公开工作年度报告").match().organ());
    assertEquals(Optional.of("湖口县卫生健康委员会"), read("湖口县卫生健康委员会2022年政府信息公开年报").match().organ());
    assertEquals(Optional.of("湖口县卫生健康委员会"), read("湖口县卫生健康委员会政府信息公开年报(2022年)").match().organ());
  }

  @Test
  void aYearOf年度BeforeAGovernmentsNameNamesTheGovernment() {
    // 下各镇 2023 (zjxj.gov.cn/art/2024/1/16/art_1229325036_3913369.html) prints its year first;
    // a government printing 政府 twice keeps its own
    assertEquals(Optional.of("下各镇"), read("2023年下各镇政府信息公开工作年度报告").match().organ());
    assertEquals(Optional.of("某镇人民政府"), read("2023年度某镇人民政府政府信息公开工作年度报告").match().organ());
  }

  @Test
  void wordsNotEndingAsAnOrgansNameOrAnotherDocumentNameNone() {
    for (String title :
        new String[] {
          "2022年全县信息公开年报",
          "2022年湖口县卫生健康信息公开工作年度报告",
          "湖口县卫生健康委员会2022年政务公开年报",
          "2022年湖口县卫生健康委员会政务公开工作要点",
          "2022年湖口县卫生健康委员会信息公开工作要点"
        }) {
      assertEquals(Optional.empty(), read(title).match().organ(), title);
    }
  }

  private static ReadResult read(String title) {
    return PublishedReports.read(title + "\n一、总体情况\n本年度，我委认真落实《条例》。\n");
  }
}
