package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tables that pages copied one cell per line (survey of stored public pages, 2021–2024): the form's
 * captions tell where each row starts, and a row with more or fewer values than the form gives it
 * is refused, never shifted.
 */
class LineCellsTest {
  /**
   * 西咸新区太平镇人民政府 2022 (xixianxinqu.gov.cn, 63d48a80…): every cell a line, lines apart; a number n
   * stands for n lines of a 0.
   */
  private static final List<String> TAIPING_2022 =
      lines(
          "太平镇人民政府2022年政府信息公开工作年度报告",
          "一、总体情况",
          "2022年，太平镇认真学习领会《条例》等有关法规文件精神，不断深入推行政务公开。",
          "二、主动公开政府信息情况",
          "第二十条第(一)项",
          "信息内容",
          "本年制发件数",
          "本年废止件数",
          "现行有效件数",
          "规章",
          3,
          "行政规范性文件",
          3,
          "第二十条第(五)项",
          "信息内容",
          "本年处理决定数量",
          "行政许可",
          1,
          "第二十条第(六)项",
          "信息内容",
          "本年处理决定数量",
          "行政处罚",
          1,
          "行政强制",
          1,
          "第二十条第(八)项",
          "信息内容",
          "本年收费金额(单位:万元)",
          "行政事业性收费",
          1,
          "三、收到和处理政府信息公开申请情况",
          "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
          "申请人情况",
          "自然人",
          "法人或其他组织",
          "总计",
          "商业",
          "企业",
          "科研",
          "机构",
          "社会公益组织",
          "法律服务机构",
          "其他",
          "一、本年新收政府信息公开申请数量",
          7,
          "二、上年结转政府信息公开申请数量",
          7,
          "三、本年度办理结果",
          "(一)予以公开",
          7,
          "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
          7,
          "(三)",
          "不予公开",
          "1.属于国家秘密",
          7);

  @Test
  void cellsOnLinesApartAreReadRowByRowWhereEachPrintsThem() {
    // the page as stored ends inside table 三: what it prints is read, the tables left are missing
    ReadResult result = PublishedReports.read(String.join("\n\n", TAIPING_2022));
    assertEquals(BigDecimal.ZERO, value(result, "/proactiveDisclosure/regulations/inForce"));
    assertEquals(BigDecimal.ZERO, value(result, "/proactiveDisclosure/fees/amountWanYuan"));
    assertEquals(BigDecimal.ZERO, value(result, "/applications/newlyReceived/total"));
    assertEquals(
        BigDecimal.ZERO, value(result, "/applications/outcomes/notDisclosed/stateSecret/total"));
    // 行政许可's value is the 22nd line of the excerpt, the 43rd of the text with its empty lines
    assertEquals(
        SourcePosition.of(43, 1),
        result.cells().get(cell("/proactiveDisclosure/licensing/decisions")).position());
    assertFalse(errors(result).contains("IMPORT-ROW-SHAPE"), result.problems()::toString);
    // "商业" / "企业" on lines of their own: the header is illegible, rows of seven go by position
    assertTrue(
        ids(result, Severity.INFO).contains("IMPORT-HEADER-POSITIONAL"),
        result.problems()::toString);
  }

  @Test
  void theWholeFormOnLinesApartIsAReportTable四Included() {
    // TAIPING_2022 as stored, then the rest of the form in the same layout (the page as stored is
    // cut there), with table 四's values told apart: its header's 总计 is a column's, not a row's
    List<String> lines = new ArrayList<>(TAIPING_2022);
    for (String row :
        new String[] {
          "2.其他法律行政法规禁止公开",
          "3.危及“三安全一稳定”",
          "4.保护第三方合法权益",
          "5.属于三类内部事务信息",
          "6.属于四类过程性信息",
          "7.属于行政执法案卷",
          "8.属于行政查询事项",
          "(四)无法提供",
          "1.本机关不掌握相关政府信息",
          "2.没有现成信息需要另行制作",
          "3.补正后申请内容仍不明确",
          "(五)不予处理",
          "1.信访举报投诉类申请",
          "2.重复申请",
          "3.要求提供公开出版物",
          "4.无正当理由大量反复申请",
          "5.要求行政机关确认或重新出具已获取信息",
          "(六)其他处理",
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "3.其他",
          "(七)总计",
          "四、结转下年度继续办理"
        }) {
      lines.add(row);
      if (!row.startsWith("(四)") && !row.startsWith("(五)") && !row.startsWith("(六)")) {
        lines.addAll(lines(7));
      }
    }
    lines.addAll(
        Arrays.asList(
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议",
            "行政诉讼",
            "结果维持",
            "结果纠正",
            "其他结果",
            "尚未审结",
            "总计",
            "未经复议直接起诉",
            "复议后起诉",
            "结果维持",
            "结果纠正",
            "其他结果",
            "尚未审结",
            "总计",
            "结果维持",
            "结果纠正",
            "其他结果",
            "尚未审结",
            "总计",
            "1",
            "0",
            "0",
            "0",
            "1",
            "0",
            "0",
            "0",
            "2",
            "2",
            "0",
            "3",
            "0",
            "0",
            "3",
            "五、存在的主要问题及改进情况",
            "一是信息公开内容不够丰富。",
            "六、其他需要报告的事项",
            "本年度未收取信息处理费。",
            "太平镇人民政府",
            "2023年1月20日"));
    ReadResult result = PublishedReports.read(String.join("\n\n", lines));
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals("太平镇人民政府", report.organ());
    assertEquals(
        BigDecimal.ONE, value(result, "/reconsiderationAndLitigation/reconsideration/upheld"));
    assertEquals(
        BigDecimal.ONE, value(result, "/reconsiderationAndLitigation/reconsideration/total"));
    assertEquals(
        BigDecimal.valueOf(2),
        value(result, "/reconsiderationAndLitigation/litigationWithoutReconsideration/pending"));
    assertEquals(
        BigDecimal.valueOf(3),
        value(result, "/reconsiderationAndLitigation/litigationAfterReconsideration/total"));
  }

  @Test
  void cellsBetweenLinesOfALoneBarAreReadToo() {
    // 新疆 一镇 2023 (xjnlk.gov.cn, 46aba5e1…): "规章 | 0 | 0 | 6 |", each cell and bar a line
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "二、主动公开政府信息情况",
                "该部分以表格形式报告。表格如下:",
                "第二十条第(一)项",
                "|",
                "信息内容",
                "|",
                "本年制发件数",
                "|",
                "本年废止件数",
                "|",
                "现行有效件数",
                "|",
                "规章",
                "|",
                "0",
                "|",
                "0",
                "|",
                "6",
                "|",
                "行政规范性文件",
                "|",
                "0",
                "|",
                "0",
                "|",
                "0",
                "|"));
    assertEquals(BigDecimal.valueOf(6), value(result, "/proactiveDisclosure/regulations/inForce"));
    assertEquals(BigDecimal.ZERO, value(result, "/proactiveDisclosure/regulations/issued"));
    assertEquals(BigDecimal.ZERO, value(result, "/proactiveDisclosure/normativeDocuments/inForce"));
  }

  @Test
  void aBlankCellPrintedAsALoneBarRefusesItsRowRatherThanShiftingIt() {
    // 某区统计局 2023 (61.150.65.235, 1906985018193408001): blank cells are lines of a lone bar,
    // which padding prints too; 规章's slashes are marks of cells that do not apply
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "二、主动公开政府信息情况",
                "第二十条第(一)项 |",
                "|||",
                "信息内容 |",
                "本年制发件数 |",
                "本年废止件数 |",
                "现行有效件数 |",
                "规章 |",
                "/ |",
                "/ |",
                "/ |",
                "行政规范性文件 |",
                "0 |",
                "0 |",
                "0 |",
                "三、收到和处理政府信息公开申请情况",
                "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |",
                "申请人情况 |",
                "||||||||",
                "自然人 |",
                "法人或其他组织 |",
                "总计 |",
                "|||||||",
                "商业企业 |",
                "科研机构 |",
                "社会公益组织 |",
                "法律服务机构 |",
                "其他 |",
                "|||||",
                "一、本年新收政府信息公开申请数量 |",
                "|",
                "|",
                "|",
                "|",
                "|",
                "|",
                "0 |",
                "||"));
    assertTrue(
        result.notApplicableCells().contains("/proactiveDisclosure/regulations/issued"),
        result.cells()::toString);
    assertEquals(BigDecimal.ZERO, value(result, "/proactiveDisclosure/normativeDocuments/inForce"));
    assertNull(value(result, "/applications/newlyReceived/total"), result.cells()::toString);
    assertTrue(errors(result).contains("IMPORT-ROW-SHAPE"), result.problems()::toString);
  }

  @Test
  void valuesThatThePageLeftOutRefuseTheirRowsAndNoOther() {
    // 武进区卫生健康局 2024 (wj.gov.cn, 77052): blank cells not printed at all
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "二、主动公开政府信息情况",
                "第二十条第(一)项",
                "信息内容",
                "本年制发件数",
                "本年废止件数",
                "现行有效件数",
                "规章",
                "0",
                "行政规范性文件",
                "第二十条第(五)项",
                "本年处理决定数量",
                "行政许可",
                "1894",
                "第二十条第(六)项",
                "行政处罚",
                "131",
                "行政强制",
                "第二十条第(八)项",
                "本年收费金额(单位:万元)",
                "行政事业性收费",
                "199.43"));
    assertEquals(
        BigDecimal.valueOf(1894), value(result, "/proactiveDisclosure/licensing/decisions"));
    assertEquals(
        BigDecimal.valueOf(131), value(result, "/proactiveDisclosure/punishment/decisions"));
    assertEquals(
        new BigDecimal("199.43"), value(result, "/proactiveDisclosure/fees/amountWanYuan"));
    assertNull(value(result, "/proactiveDisclosure/regulations/issued"));
    assertNull(value(result, "/proactiveDisclosure/normativeDocuments/issued"));
    assertNull(value(result, "/proactiveDisclosure/coercion/decisions"));
    List<String> missing =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-ROW-MISSING"))
            .map(Problem::pointer)
            .collect(Collectors.toList());
    assertTrue(missing.contains("/proactiveDisclosure/coercion"), result.problems()::toString);
    assertTrue(
        missing.contains("/proactiveDisclosure/normativeDocuments"), result.problems()::toString);
  }

  @Test
  void theTrialTemplatesColumnsOnLinesApartAreToldApart() {
    // a 局 of 2023 (saintpaulhem.com mirror, fadd881c…) on the 2019 template's table 二; 行政许可's
    // 处理决定数量 (0 on the page) made 7 to tell the columns apart
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "二、主动公开政府信息情况",
                "第二十条第(一)项 |",
                "||||",
                "信息内容 |",
                "本年新 制作数量 |",
                "本年新 公开数量 |",
                "对外公开总数量 |",
                "|",
                "规章 |",
                "0 |",
                "0 |",
                "0 |",
                "|",
                "规范性文件 |",
                "0 |",
                "0 |",
                "0 |",
                "|",
                "第二十条第(五)项 |",
                "||||",
                "信息内容 |",
                "上一年项目数量 |",
                "本年增/减 |",
                "处理决定数量 |",
                "|",
                "行政许可 |",
                "0 |",
                "0 |",
                "7 |"));
    assertTrue(errors(result).contains("IMPORT-EDITION-2019"), result.problems()::toString);
    // the 2019 columns are not the 2021 ones: only 处理决定数量 gives a cell
    assertNull(value(result, "/proactiveDisclosure/regulations/issued"), result.cells()::toString);
    assertEquals(BigDecimal.valueOf(7), value(result, "/proactiveDisclosure/licensing/decisions"));
  }

  /** Lines of text, each number standing for as many lines of a 0. */
  private static List<String> lines(Object... parts) {
    List<String> lines = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Integer) {
        lines.addAll(java.util.Collections.nCopies((Integer) part, "0"));
      } else {
        lines.add((String) part);
      }
    }
    return lines;
  }

  private static io.github.xxgk.report.form.Cell cell(String pointer) {
    return FormCells.byPointer(pointer).get();
  }

  /** The value read for a cell, null when none was read or the cell was marked. */
  private static BigDecimal value(ReadResult result, String pointer) {
    ReadCell read = result.cells().get(cell(pointer));
    return read == null || read.mark().isPresent() ? null : read.value();
  }

  private static List<String> errors(ReadResult result) {
    return ids(result, Severity.ERROR);
  }

  private static List<String> ids(ReadResult result, Severity severity) {
    return SurveyPagesTest.ids(result, severity);
  }
}
