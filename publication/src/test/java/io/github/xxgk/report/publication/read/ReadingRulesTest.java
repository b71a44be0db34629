package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.TrialTemplateLabel;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader's rules one by one, on pages printed from a known report and then changed. */
class ReadingRulesTest {
  private static final AnnualReport LINFEN = ReportFixtures.linfenYaodu2024();
  private static final Cell STATE_SECRET_PERSONS =
      FormCells.applications(ApplicationRow.STATE_SECRET, ApplicantColumn.NATURAL_PERSON);
  private static final Cell FEE =
      FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);

  private static String page(TestPages.Layout layout) {
    return TestPages.render(LINFEN, layout, new TestPages.Style());
  }

  private static ReadResult read(String page) {
    return PublishedReports.read(page.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> ids(ReadResult result, Severity severity) {
    return result.problems().stream()
        .filter(p -> p.severity() == severity)
        .map(Problem::ruleId)
        .distinct()
        .collect(Collectors.toList());
  }

  private static String rowLine(String page, String label) {
    for (String line : page.split("\n")) {
      if (line.startsWith(label + "\t") || line.contains("\t" + label + "\t")) {
        return line;
      }
    }
    throw new AssertionError("no row " + label);
  }

  @Test
  void thePrintedPageReadsBackAsTheFixture() {
    ReadResult result = read(page(TestPages.Layout.TEXT_TAB_ROWS));
    assertEquals(LINFEN.applications(), result.report().get().applications());
    assertEquals(Edition.V2021, result.edition());
  }

  @ParameterizedTest
  @CsvSource({
    "1.属于国家秘密, 1.属于国家秘密 ",
    "1.属于国家秘密, 三（三）1．属于国家秘密",
    "1.属于国家秘密, （三）１.属于 国家 秘密",
    "2.其他法律行政法规禁止公开, 2.其他法律行政止公开",
    "7.属于行政执法案卷, 7.属于行政执法案件",
    "3.危及“三安全一稳定”, 3.危及\"三安全一稳定\"",
  })
  void captionsAreReadWithTheirVariants(String official, String printed) {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS).replace(official + "\t", printed + "\t");
    ReadResult result = read(page);
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(LINFEN.applications(), result.report().get().applications());
    assertTrue(ids(result, Severity.WARNING).isEmpty(), result.problems()::toString);
  }

  @Test
  void aTypoInACaptionIsSaidToBeAVariant() {
    ReadResult result =
        read(page(TestPages.Layout.TEXT_TAB_ROWS).replace("7.属于行政执法案卷\t", "7.属于行政执法案件\t"));
    assertTrue(ids(result, Severity.INFO).contains("IMPORT-LABEL-VARIANT"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "22（其中修订16件）| 22 | | IMPORT-CELL-NOTE",
        "1,234            | 1234 | | ",
        "１２             | 12 | | ",
        "3件              | 3 | | IMPORT-CELL-NOTE",
        "/                | 0 | NOT_APPLICABLE | ",
        "－               | 0 | NOT_APPLICABLE | ",
        "无               | 0 | NOT_APPLICABLE | ",
        "'\u00a0'         | 0 | BLANK | ",
      })
  void cellsAsRealReportsPrintThem(String printed, int value, CellMark mark, String info) {
    String line = rowLine(page(TestPages.Layout.TEXT_TAB_ROWS), "1.属于国家秘密");
    String changed = line.replaceFirst("\t0\t", "\t" + printed + "\t");
    ReadResult result = read(page(TestPages.Layout.TEXT_TAB_ROWS).replace(line, changed));
    ReadCell cell = result.cells().get(STATE_SECRET_PERSONS);
    assertEquals(BigDecimal.valueOf(value), cell.value());
    assertEquals(mark, cell.mark().orElse(null));
    assertEquals(
        printed.trim().equals("\u00a0") ? "" : printed.trim(),
        cell.printed().isEmpty() ? "" : printed.trim());
    if (info != null) {
      assertTrue(ids(result, Severity.INFO).contains(info), result.problems()::toString);
    }
    // the row's total no longer adds up when the value changed: still read, the validator says so
    assertEquals(
        mark == null && value != 0,
        !result.hasErrors()
            && result
                    .report()
                    .get()
                    .applications()
                    .outcomes()
                    .notDisclosed()
                    .stateSecret()
                    .naturalPerson()
                != 0);
  }

  @Test
  void textThatIsNoNumberIsAnErrorAtTheCellAndThereIsNoReport() {
    String line = rowLine(page(TestPages.Layout.TEXT_TAB_ROWS), "1.属于国家秘密");
    ReadResult result =
        read(
            page(TestPages.Layout.TEXT_TAB_ROWS)
                .replace(line, line.replaceFirst("\t0\t", "\t见附件\t")));
    assertFalse(result.report().isPresent());
    Problem problem =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-CELL-UNREADABLE"))
            .findFirst()
            .get();
    assertEquals(STATE_SECRET_PERSONS.pointer(), problem.pointer());
    assertTrue(problem.line().isPresent());
    assertTrue(problem.message(Locale.CHINESE).contains("见附件"));
    assertTrue(problem.message(Locale.ENGLISH).contains("not a number"));
  }

  @Test
  void aFeeWithMoreDecimalsThanWanYuanNeedsIsAWarning() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String line = rowLine(page, "行政事业性收费");
    ReadResult result = read(page.replace(line, "行政事业性收费\t1.234567"));
    assertEquals(new BigDecimal("1.234567"), result.cells().get(FEE).value());
    assertTrue(ids(result, Severity.WARNING).contains("IMPORT-FEE-PRECISION"));
    assertTrue(result.report().isPresent());
  }

  private static Problem edition(ReadResult result) {
    return result.problems().stream()
        .filter(p -> p.ruleId().equals("IMPORT-EDITION-2019"))
        .findFirst()
        .get();
  }

  @Test
  void aHeaderOfThe2019TemplateAboveTableTwosRowsNamesTableTwo() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String header = rowLine(page, DisclosureColumn.ISSUED.label().zh());
    String trial =
        "信息内容\t"
            + TrialTemplateLabel.NEWLY_MADE.label().zh()
            + "\t"
            + TrialTemplateLabel.NEWLY_PUBLISHED.label().zh()
            + "\t"
            + TrialTemplateLabel.TOTAL_PUBLISHED.label().zh();
    ReadResult result = read(page.replace(header, trial + "\n" + header));
    assertEquals(Edition.V2019, result.edition(), result.problems()::toString);
    assertEquals(FormTable.PROACTIVE_DISCLOSURE.pointer(), edition(result).pointer());
  }

  @Test
  void theTrialTemplatesSingleRowOfOtherHandlingIsRecognised() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String first = rowLine(page, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
    String second = rowLine(page, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    String third = rowLine(page, "3.其他");
    String single = "\t（六）其他处理\t1\t0\t0\t0\t0\t0\t1";
    ReadResult result =
        read(page.replace(first + "\n", "").replace(second + "\n", "").replace(third, single));
    assertEquals(Edition.V2019, result.edition());
    assertEquals(
        java.util.Collections.singletonList("IMPORT-EDITION-2019"), ids(result, Severity.ERROR));
    assertEquals(FormTable.APPLICATIONS.pointer(), edition(result).pointer());
    // read on: every cell resolved, so the report is returned beside its edition ERROR
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertTrue(result.hasErrors());
    assertTrue(
        result
            .report()
            .get()
            .blankCells()
            .contains(FormCells.applications(ApplicationRow.FEE_OVERDUE, ApplicantColumn.TOTAL)));
    assertEquals(
        BigDecimal.ONE,
        result
            .cells()
            .get(
                FormCells.applications(
                    ApplicationRow.OTHER_HANDLING_OTHER, ApplicantColumn.NATURAL_PERSON))
            .value());
    assertEquals(
        CellMark.BLANK,
        result
            .cells()
            .get(FormCells.applications(ApplicationRow.CORRECTION_OVERDUE, ApplicantColumn.TOTAL))
            .mark()
            .get());
    assertEquals(FormCells.SIZE, result.cells().size());
  }

  @Test
  void anAbsentRowIsBlankWithAWarning() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    ReadResult result = read(page.replace(rowLine(page, "规章") + "\n", ""));
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(
        java.util.Collections.singletonList("IMPORT-ROW-ABSENT"), ids(result, Severity.WARNING));
    assertEquals(3, result.report().get().blankCells().size());
  }

  @Test
  void anAbsentRowBesideAnUnknownRowIsAnError() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String line = rowLine(page, "2.重复申请");
    ReadResult result = read(page.replace(line, line.replace("2.重复申请", "2.再次提交的同一申请")));
    assertFalse(result.report().isPresent());
    assertTrue(ids(result, Severity.ERROR).contains("IMPORT-ROW-MISSING"));
    assertTrue(ids(result, Severity.WARNING).contains("IMPORT-ROW-UNKNOWN"));
  }

  @Test
  void aCaptionWithASlipIsReadAsTheOneRowItIsNearAndSaysSo() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String line = rowLine(page, "2.重复申请");
    ReadResult result = read(page.replace(line, line.replace("2.重复申请", "2.重复的申请")));
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(LINFEN.applications(), result.report().get().applications());
    Problem variant =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-LABEL-VARIANT"))
            .findFirst()
            .get();
    assertEquals(Severity.INFO, variant.severity());
    assertTrue(
        variant.message(Locale.CHINESE).contains("重复的申请")
            && variant.message(Locale.CHINESE).contains("2.重复申请"),
        () -> variant.message(Locale.CHINESE));
  }

  @Test
  void aColumnHeaderWithASlipIsReadAsItsColumn() {
    // "本年废纸件数" for 本年废止件数, as 平潭综合实验区公安局 printed it in 2021
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    assertTrue(page.contains("本年废止件数"));
    ReadResult result = read(page.replace("本年废止件数", "本年废纸件数"));
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(LINFEN.proactiveDisclosure(), result.report().get().proactiveDisclosure());
    assertTrue(ids(result, Severity.WARNING).isEmpty(), result.problems()::toString);
    Problem variant =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-LABEL-VARIANT"))
            .findFirst()
            .get();
    assertTrue(
        variant.message(Locale.CHINESE).contains("本年废纸件数")
            && variant.message(Locale.CHINESE).contains("本年废止件数"),
        () -> variant.message(Locale.CHINESE));
  }

  @Test
  void aCaptionAsNearToTwoRowsIsRefusedWithAnError() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String line = rowLine(page, "（一）予以公开");
    ReadResult result = read(page.replace(line, line.replace("（一）予以公开", "（一）予分公开")));
    assertFalse(result.report().isPresent());
    Problem ambiguous =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-LABEL-AMBIGUOUS"))
            .findFirst()
            .get();
    assertEquals(Severity.ERROR, ambiguous.severity());
    assertTrue(ambiguous.line().isPresent());
    assertTrue(
        ambiguous.message(Locale.CHINESE).contains("予以公开")
            && ambiguous.message(Locale.CHINESE).contains("部分公开"),
        () -> ambiguous.message(Locale.CHINESE));
    // neither row it could be is taken as absent and blank
    assertFalse(
        ids(result, Severity.WARNING).contains("IMPORT-ROW-ABSENT"), result.problems()::toString);
  }

  /**
   * The page with table 三's columns rearranged: {@code header} rewrites its header lines, and
   * {@code swap} gives, for each value position, the position its value moves to.
   */
  private static String applicantColumns(
      String page, java.util.function.UnaryOperator<String> header, int[] swap) {
    StringBuilder out = new StringBuilder();
    boolean inTable = false;
    for (String line : page.split("\n", -1)) {
      if ((line.contains("自然人") || line.contains("商业企业")) && line.contains("\t")) {
        inTable = true;
        out.append(header.apply(line)).append('\n');
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (inTable && line.isEmpty()) {
        inTable = false;
      }
      if (inTable && fields.length > 7 && fields[fields.length - 1].matches("\\d+")) {
        String[] moved = fields.clone();
        for (int i = 0; i < 7; i++) {
          moved[fields.length - 7 + swap[i]] = fields[fields.length - 7 + i];
        }
        line = String.join("\t", moved);
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static final int[] NATURAL_AND_TOTAL_SWAPPED = {6, 1, 2, 3, 4, 5, 0};

  private static String swapNaturalAndTotal(String line) {
    return line.replace("自然人", "\u0000").replace("总计", "自然人").replace("\u0000", "总计");
  }

  @Test
  void tableThreesColumnsFollowItsPrintedHeader() {
    String page =
        applicantColumns(
            page(TestPages.Layout.TEXT_TAB_ROWS),
            ReadingRulesTest::swapNaturalAndTotal,
            NATURAL_AND_TOTAL_SWAPPED);
    assertTrue(page.contains("\t总计\t") || page.contains("\t总计\n"), page);
    ReadResult result = read(page);
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(LINFEN.applications(), result.report().get().applications());
    assertFalse(
        result.problems().stream().anyMatch(p -> p.ruleId().startsWith("IMPORT-HEADER")),
        result.problems()::toString);
  }

  @Test
  void aMangledHeaderOfTableThreeIsReadByPositionAndSaysSo() {
    String page =
        applicantColumns(
            page(TestPages.Layout.TEXT_TAB_ROWS),
            line -> line.replace("社会公益组织", "社会公益"),
            new int[] {0, 1, 2, 3, 4, 5, 6});
    ReadResult result = read(page);
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(LINFEN.applications(), result.report().get().applications());
    Problem positional =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-HEADER-POSITIONAL"))
            .findFirst()
            .get();
    assertEquals(Severity.INFO, positional.severity());
    assertEquals("/applications", positional.pointer());
    assertTrue(positional.line().isPresent());
  }

  @Test
  void aMangledHeaderThatContradictsTheFormsOrderIsAnError() {
    String page =
        applicantColumns(
            page(TestPages.Layout.TEXT_TAB_ROWS),
            line -> swapNaturalAndTotal(line).replace("社会公益组织", "社会公益"),
            NATURAL_AND_TOTAL_SWAPPED);
    ReadResult result = read(page);
    assertFalse(result.report().isPresent());
    assertEquals(
        java.util.Collections.singletonList("IMPORT-HEADER-CONTRADICTS"),
        ids(result, Severity.ERROR),
        result.problems()::toString);
    assertTrue(result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ROW-MISSING")));
  }

  @Test
  void aHeaderOfTableFourThatContradictsTheFormsOrderIsAnError() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    assertTrue(page.contains("结果维持"));
    ReadResult result =
        read(page.replace("结果维持", "\u0000").replace("结果纠正", "结果维持").replace("\u0000", "结果纠正"));
    assertFalse(result.report().isPresent());
    assertEquals(
        java.util.Collections.singletonList("IMPORT-HEADER-CONTRADICTS"),
        ids(result, Severity.ERROR),
        result.problems()::toString);
    Problem contradicts =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-HEADER-CONTRADICTS"))
            .findFirst()
            .get();
    assertEquals("/reconsiderationAndLitigation", contradicts.pointer());
    assertTrue(contradicts.line().isPresent());
  }

  @Test
  void aRowWithAnExtraCellIsRefused() {
    String page = page(TestPages.Layout.TEXT_TAB_ROWS);
    String line = rowLine(page, "2.重复申请");
    ReadResult result = read(page.replace(line, line + "\t0"));
    assertFalse(result.report().isPresent());
    Problem problem =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-ROW-SHAPE"))
            .findFirst()
            .get();
    assertEquals("/applications/outcomes/notProcessed/repeatedApplications", problem.pointer());
  }

  @Test
  void aReportTwiceOnAPageWithOtherNumbersIsRefused() {
    String page = page(TestPages.Layout.HTML_WORD);
    AnnualReport other = ReportFixtures.valid(7);
    String twice =
        page.replace(
            "</body>",
            TestPages.render(other, TestPages.Layout.HTML_WORD, new TestPages.Style()) + "</body>");
    ReadResult result = read(twice);
    assertFalse(result.report().isPresent());
    assertTrue(
        ids(result, Severity.ERROR).contains("IMPORT-ROW-DUPLICATE"), result.problems()::toString);
  }

  @Test
  void theSameReportTwiceOnAPageIsReadOnce() {
    String page = page(TestPages.Layout.HTML_WORD);
    ReadResult result = read(page.replace("</body>", page + "</body>"));
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertTrue(ids(result, Severity.INFO).contains("IMPORT-ROW-REPEATED"));
  }

  @Test
  void aNonZeroNumberSpanningRowsIsRefused() {
    String page = page(TestPages.Layout.HTML_WORD);
    // （六）1 takes its values down over （六）2, as one real page does with zeros
    int start = page.indexOf("1.申请人无正当理由");
    int rowEnd = page.indexOf("</tr>", start);
    String head = page.substring(0, start);
    String row = page.substring(start, rowEnd);
    String spanned =
        row.replace("<td>", "<td rowspan=\"2\">").replaceFirst("&nbsp;0&nbsp;", "&nbsp;5&nbsp;");
    int next = page.indexOf("<tr>", rowEnd);
    int nextEnd = page.indexOf("</tr>", next);
    String secondRow = page.substring(next, nextEnd);
    String secondLabelOnly = secondRow.substring(0, secondRow.indexOf("</td>") + 5);
    String changed =
        head + spanned + page.substring(rowEnd, next) + secondLabelOnly + page.substring(nextEnd);
    ReadResult result = read(changed);
    assertFalse(result.report().isPresent());
    assertTrue(
        ids(result, Severity.ERROR).contains("IMPORT-CELL-SPAN"), result.problems()::toString);
  }

  @Test
  void gbkPagesAndDeclaredCharsetsAreDecoded() {
    Charset gbk = Charset.forName("GB18030");
    String html = page(TestPages.Layout.HTML_WORD).replace("charset=\"utf-8\"", "charset=\"gbk\"");
    ReadResult fromHtml = PublishedReports.read(html.getBytes(gbk));
    assertEquals(LINFEN.applications(), fromHtml.report().get().applications());
    assertEquals(gbk, fromHtml.charset());
    ReadResult fromText =
        PublishedReports.read(page(TestPages.Layout.TEXT_CELL_PER_LINE).getBytes(gbk));
    assertEquals(LINFEN.applications(), fromText.report().get().applications());
    assertEquals(SourceFormat.TEXT, fromText.format());
  }

  @Test
  void metadataComesFromTheTitleAndTheSignature() {
    ReadResult result = read(page(TestPages.Layout.HTML_WORD));
    AnnualReport report = result.report().get();
    assertEquals(LINFEN.organ(), report.organ());
    assertEquals(LINFEN.year(), report.year());
    assertEquals(LINFEN.publishedOn(), report.publishedOn());
    assertEquals(LINFEN.otherMatters(), report.otherMatters());
  }

  @Test
  void everyProblemHasARuleIdAndMessagesInBothLanguages() {
    ReadResult result = read("<html><body><p>nothing here</p></body></html>");
    assertFalse(result.problems().isEmpty());
    for (Problem problem : result.problems()) {
      assertTrue(problem.ruleId().startsWith("IMPORT-"));
      assertFalse(problem.message(Locale.CHINESE).isEmpty());
      assertFalse(problem.message(Locale.ENGLISH).isEmpty());
    }
  }
}
