package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Table 二 of the 2019 template copied as lines that are not laid out as a table (its rows' values
 * spaced on the captions' lines, as PDF viewers copy them, or its captions without values): the
 * template is named as when a table prints it, and none of its values is read as the 2021 form's.
 */
class TrialTemplateLinesTest {
  private static final String HEAD =
      "某县统计局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真落实《条例》。\n二、主动公开政府信息情况\n";

  private static final String APPLICATIONS = "三、收到和处理政府信息公开申请情况\n";

  @Test
  void spacedRowsOfThe2019TemplateNameTheTemplate() {
    // the 2019 template's table 二 (国办公开办函〔2019〕60号) as a 局 of 2023 printed it (LineCellsTest's
    // saintpaulhem.com mirror), each row's values spaced on its caption's line
    ReadResult result =
        PublishedReports.read(
            HEAD
                + "第二十条第(一)项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 0\n规范性文件 1 1 3\n"
                + "第二十条第(五)项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 0 0 7\n"
                + APPLICATIONS);
    assertTrue(ids(result).contains("IMPORT-EDITION-2019"), result.problems()::toString);
    // the values are not read: table 二 stays missing, no cell of it read as the 2021 form's
    assertTrue(ids(result).contains("IMPORT-TABLE-MISSING"), result.problems()::toString);
    assertFalse(
        result.cells().keySet().stream()
            .anyMatch(c -> c.pointer().startsWith("/proactiveDisclosure")),
        result.cells()::toString);
  }

  @Test
  void captionsOfThe2019TemplateWithoutValuesNameTheTemplate() {
    ReadResult result =
        PublishedReports.read(
            HEAD + "第二十条第(一)项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n规范性文件\n" + APPLICATIONS);
    assertTrue(ids(result).contains("IMPORT-EDITION-2019"), result.problems()::toString);
  }

  @Test
  void aSentenceNamingA2019CaptionOrOneElsewhereNamesNoTemplate() {
    for (String page :
        new String[] {
          HEAD + "本年新制作数量、本年新公开数量均较上年增加。\n" + APPLICATIONS,
          "某县统计局2023年政府信息公开工作年度报告\n一、总体情况\n本年新公开数量\n" + APPLICATIONS
        }) {
      ReadResult result = PublishedReports.read(page);
      assertFalse(ids(result).contains("IMPORT-EDITION-2019"), result.problems()::toString);
    }
  }

  private static List<String> ids(ReadResult result) {
    return result.problems().stream().map(Problem::ruleId).collect(Collectors.toList());
  }
}
