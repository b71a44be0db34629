package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.ExpectedCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Layouts seen in the public archive of the 平潭 portal ({@code changwu/pingtan-gov-zwgk-archive}),
 * cut down to the article with some of the page around it (test-fixtures' {@code reports/}).
 *
 * <p>{@code pingtan-caijinju-2024.html}: 平潭综合实验区财政金融局's 2024 report (folder {@code
 * ptzhsyqczj/zfxxgknb/202501/96895_*}) in the markup its page uses for table 三 (every cell a {@code
 * text-indent} paragraph, values padded "0&amp;nbsp;" or "&amp;nbsp;0", the note cell spanning
 * three rows and columns, "商业" and "企业" in two paragraphs of one header cell), tables 二 and 四 in
 * the same markup; its values as the page prints them, checked by hand against the archive's text
 * extraction, including a fee of 18651.064104 万元.
 *
 * <p>{@code pingtan-gongan-2021.page.txt}: the archive's own text extraction of 平潭综合实验区公安局's 2021
 * report (folder {@code ptzhsyqgaj/zfxxgknb/202201/80607_*}), as it is: the article on one line,
 * every table cell run together ("规章000行政规范性文件002…一、本年新收政府信息公开申请数量1000001"). Its expected cells
 * were read by hand from that text.
 *
 * <p>{@code pingtan-jiaojianju-2023.html}: 平潭综合实验区交通与建设局's 2023 report (folder {@code
 * ptzhsyqjtj/zfxxgknb/202402/86867_*}), its article rebuilt in the markup the page uses (every cell
 * a {@code <p>}, some values padded with empty {@code <p>&nbsp;</p>} paragraphs above and below,
 * "三、本年度办理结果" spanning 22 rows, "商业" and "企业" in two paragraphs, table 四's captions broken by
 * {@code <br/>}), with its real values, checked by hand against the page.
 *
 * <p>{@code pingtan-shenpiju-2024.html}: 平潭综合实验区行政审批局's 2024 report (folder {@code
 * ptzhsyqhzs/zfxxgknb/202501/96946_*}) in the same markup, with "三、本年度办理结果" one character per
 * paragraph, header captions in two or three paragraphs ("社会/公益/组织"), no signature, and table 四 as
 * printed: 行政复议 结果维持 1 with a 总计 of 0.
 *
 * <p>{@code pingtan-guanweihui-2020.page.txt}: the archive's text extraction of 平潭综合实验区管委会办公室's
 * 2020 report (folder {@code ptzhsyqgwh/zfxxgknb/202101/80594_*}), narratives cut short: table 二 on
 * the 2019 trial template run together ("本年新 制作数量", "行政许可1-10", a （九） row of purchases), （六）其他处理 as
 * one row.
 *
 * <p>{@code pingtan-haitan-2025.html}: 平潭综合实验区海坛片区管理局's 2025 report (folder {@code
 * ptzhsyqpq/ptzhsyqhtp/zfxxgknb/202601/104826_*}), its article rebuilt in the page's Word-pasted
 * markup with its real values: no 规章 row (规范性文件 only), "三、本年度办理结果" spanning 19 rows where it heads
 * 22 and an empty cell spanning the last three, every 总计 of table 三 printed 0 (2 received, 1 partly
 * disclosed, 1 not held), section 六 headed "其他需报告的事项". {@code pingtan-haitan-2025.page.txt} is the
 * archive's text of the same page, narratives cut short.
 *
 * <p>{@code pingtan-caijinju-2024.page.txt}: the archive's text extraction of the 财政金融局 page above,
 * its narrative cut short, its tables as extracted: cells padded with {@code &nbsp;} leave spaces
 * that are not separators ("20 0 0 0 02" for 2, 0, 0, 0, 0, 0, 2).
 */
class ArchiveLayoutsTest {
  @Test
  void theFinanceBureausPageOf2024IsReadCellExact() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-caijinju-2024.html"));
    JsonNode expected =
        new ObjectMapper().readTree(resource("pingtan-caijinju-2024.expected.json"));
    List<String> wrong =
        ExpectedCells.differences(
            cell -> result.cells().containsKey(cell) ? result.cells().get(cell).value() : null,
            pointer -> expected.at(pointer).decimalValue());
    assertEquals(new ArrayList<>(), wrong, result.problems()::toString);
    assertEquals(Collections.emptyList(), result.blankCells());
    assertEquals(Collections.emptyList(), result.notApplicableCells());
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(expected.path("organ").asText(), result.report().get().organ());
    assertEquals(2024, result.report().get().year());
    assertEquals(
        LocalDate.parse(expected.path("publishedOn").asText()),
        result.report().get().publishedOn().get());
    // six decimals of 万元: the unit may be wrong, and the reader says so at the cell
    assertEquals(Collections.singletonList("IMPORT-FEE-PRECISION"), ids(result, Severity.WARNING));
    assertEquals(Collections.emptyList(), ids(result, Severity.ERROR));
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().startsWith("IMPORT-HEADER")),
        result.problems()::toString);
  }

  @Test
  void theSameLayoutWithTheHeaderSlipOfThePoliceBureauOf2021IsReadAsWell() throws IOException {
    // 平潭综合实验区公安局 2021 (folder ptzhsyqgaj/zfxxgknb/202201/80607_*) printed "本年废纸件数"
    String page =
        new String(resource("pingtan-caijinju-2024.html"), java.nio.charset.StandardCharsets.UTF_8)
            .replace("本年废止件数", "本年废纸件数");
    ReadResult result = PublishedReports.read(page);
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals(2, result.report().get().proactiveDisclosure().normativeDocuments().repealed());
    assertTrue(
        ids(result, Severity.INFO).contains("IMPORT-LABEL-VARIANT"), result.problems()::toString);
  }

  @Test
  void thePoliceBureausTextWithItsCellsRunTogetherIsReadCellExact() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-gongan-2021.page.txt"));
    assertCells(result, "pingtan-gongan-2021.expected.json");
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals("平潭综合实验区公安局", result.report().get().organ());
    assertEquals(2021, result.report().get().year());
    assertEquals(Collections.emptyList(), ids(result, Severity.ERROR));
    assertTrue(
        ids(result, Severity.INFO).contains("IMPORT-TABLES-RUN-TOGETHER"),
        result.problems()::toString);
    // the header of table 三 is run together too: its columns are taken in the form's order
    assertTrue(
        ids(result, Severity.INFO).contains("IMPORT-HEADER-POSITIONAL"),
        result.problems()::toString);
  }

  @Test
  void theSectionsOfATextRunTogetherWithItsTablesAreCutAtTheirHeadings() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-gongan-2021.page.txt"));
    io.github.xxgk.report.model.AnnualReport report = result.report().get();
    String overview = report.overview().get();
    assertTrue(overview.startsWith("2021年，我局政府信息公开工作在区管委会办公室"), overview);
    assertTrue(overview.endsWith("注重实效，监督有力。"), overview);
    assertTrue(
        report.problemsAndImprovements().get().startsWith("2021年，我局政府信息公开工作在不断规"),
        result.problems()::toString);
    // the signature closing the page is no part of section 六; it dates the report
    assertEquals("2021年，无收取信息处理费情况。", report.otherMatters().get());
    assertEquals(LocalDate.of(2022, 1, 7), report.publishedOn().get());
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-NARRATIVE-MISSING")),
        result.problems()::toString);
  }

  @Test
  void theFinanceBureausTextWithPaddedCellsRunTogetherReadsAsItsPage() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-caijinju-2024.page.txt"));
    assertCells(result, "pingtan-caijinju-2024.expected.json");
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals("平潭综合实验区财政金融局", result.report().get().organ());
    assertEquals(Collections.emptyList(), ids(result, Severity.ERROR));
  }

  @Test
  void valuesRunTogetherAreSplitAtSpacesOrOneDigitEachOnlyWhenThatGivesTheRowsCells()
      throws IOException {
    String text =
        new String(
            resource("pingtan-gongan-2021.page.txt"), java.nio.charset.StandardCharsets.UTF_8);
    // spaces that leave fewer tokens than cells, but exactly seven digits; seven spaced tokens
    String spaced =
        text.replace("数量1000001二、", "数量10 0 0 0 01二、")
            .replace("（七）总计1000001", "（七）总计1 0 0 0 0 0 1");
    ReadResult read = PublishedReports.read(spaced);
    assertCells(read, "pingtan-gongan-2021.expected.json");
    assertTrue(read.report().isPresent(), read.problems()::toString);
    // eight digits for seven cells: no split is exact, the row is refused and named
    ReadResult refused = PublishedReports.read(text.replace("数量1000001二、", "数量10000010二、"));
    assertEquals(false, refused.report().isPresent());
    Problem problem =
        refused.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-CELLS-RUN-TOGETHER"))
            .findFirst()
            .get();
    assertEquals(Severity.ERROR, problem.severity());
    assertEquals("/applications/newlyReceived", problem.pointer());
    assertTrue(problem.line().isPresent());
    assertTrue(
        refused.problems().stream().noneMatch(p -> p.ruleId().equals("IMPORT-ROW-ABSENT")),
        refused.problems()::toString);
  }

  @Test
  void aTableTwoOfThe2019TemplateRunTogetherIsNotReadAsThe2021One() throws IOException {
    // the 2019 columns over the same three values per row: run together, they cannot be told apart
    // by position, so the tables are not read this way at all
    String text =
        new String(
                resource("pingtan-gongan-2021.page.txt"), java.nio.charset.StandardCharsets.UTF_8)
            .replace("本年制发件数本年废纸件数现行有效件数", "本年新制作数量本年新公开数量对外公开总数量");
    ReadResult result = PublishedReports.read(text);
    assertEquals(false, result.report().isPresent());
    assertTrue(
        ids(result, Severity.ERROR).contains("IMPORT-TABLE-MISSING"), result.problems()::toString);
    assertTrue(result.cells().isEmpty(), result.cells()::toString);
  }

  @Test
  void theTransportBureausPageOf2023IsReadCellExact() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-jiaojianju-2023.html"));
    assertCells(result, "pingtan-jiaojianju-2023.expected.json");
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals("平潭综合实验区交通与建设局", result.report().get().organ());
    assertEquals(2023, result.report().get().year());
    assertEquals(LocalDate.of(2024, 1, 30), result.report().get().publishedOn().get());
    assertEquals(Collections.emptyList(), ids(result, Severity.ERROR));
    assertEquals(Collections.emptyList(), ids(result, Severity.WARNING));
    assertEquals(Collections.emptyList(), result.blankCells());
    assertTrue(
        result.problems().stream().noneMatch(p -> p.ruleId().startsWith("IMPORT-HEADER")),
        result.problems()::toString);
  }

  @Test
  void theLicensingBureausPageOf2024IsReadAsPrinted() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-shenpiju-2024.html"));
    assertCells(result, "pingtan-shenpiju-2024.expected.json");
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals("平潭综合实验区行政审批局", result.report().get().organ());
    assertEquals(Collections.emptyList(), ids(result, Severity.ERROR));
    assertEquals(Collections.emptyList(), ids(result, Severity.WARNING));
    // the page is not signed: no date is invented
    assertEquals(false, result.report().get().publishedOn().isPresent());
    // nor is the portal's footer under it ("主办单位：…") read into section 六
    assertEquals(
        Optional.of("本年度没有产生信息公开处理费。"), result.match().narrative(NarrativeSection.OTHER_MATTERS));
  }

  @Test
  void thePortalsFooterUnderAnUnsignedCopiedPageIsNotPartOfSectionSix() throws IOException {
    String page =
        new String(
            RealReportsTest.resource("pingtan-shenpiju-2025.page.txt"), StandardCharsets.UTF_8);
    ReadResult signed = PublishedReports.read(page);
    ReadResult footed =
        PublishedReports.read(
            page + "\n主办单位：福建省平潭综合实验区管理委员会办公室\n版权所有：平潭综合实验区党工委管委会网站\n闽ICP备09032658号\n");
    String six = signed.match().narrative(NarrativeSection.OTHER_MATTERS).get();
    assertTrue(six.endsWith("本年度没有产生信息公开处理费。"), six);
    assertEquals(Optional.of(six), footed.match().narrative(NarrativeSection.OTHER_MATTERS));
  }

  @Test
  void theHaitanPageOf2025IsReadAsPrintedWithItsWrongTotalsLeftToTheValidator() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-haitan-2025.html"));
    assertCells(result, "pingtan-haitan-2025.expected.json");
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals("平潭综合实验区海坛片区管理局", result.report().get().organ());
    assertEquals(LocalDate.of(2026, 1, 26), result.report().get().publishedOn().get());
    assertEquals(Collections.emptyList(), ids(result, Severity.ERROR));
    // no 规章 row: its cells blank, with a warning; nothing else is missing
    assertEquals(Collections.singletonList("IMPORT-ROW-ABSENT"), ids(result, Severity.WARNING));
    assertEquals(3, result.blankCells().size());
    assertTrue(
        result.report().get().otherMatters().orElse("").contains("信息处理费"),
        result.problems()::toString);
  }

  @Test
  void theHaitanTextOf2025IsRefusedWhereItsDigitsDoNotAddUp() throws IOException {
    // "2000000" is 2, 0, 0, 0, 0, 0 and a 总计 of 0 as printed, or 2 and six cells around a blank:
    // the text cannot tell, the page can (read above)
    ReadResult result = PublishedReports.read(resource("pingtan-haitan-2025.page.txt"));
    assertEquals(false, result.report().isPresent());
    List<String> refused = refusedRows(result);
    assertEquals(
        java.util.Arrays.asList(
            "/applications/newlyReceived",
            "/applications/outcomes/partiallyDisclosed",
            "/applications/outcomes/unableToProvide/notHeld",
            "/applications/outcomes/total"),
        refused);
  }

  @Test
  void aText2019TemplateRunTogetherIsDetectedAndNotRead() throws IOException {
    ReadResult result = PublishedReports.read(resource("pingtan-guanweihui-2020.page.txt"));
    assertEquals(false, result.report().isPresent());
    assertEquals(io.github.xxgk.report.form.Edition.V2019, result.edition());
    assertTrue(result.cells().isEmpty(), result.cells()::toString);
    // a 2020 report: the 2019 template was right then, so a warning; the tables stay unread
    assertEquals(
        Collections.singletonList("IMPORT-EDITION-2019"),
        ids(result, Severity.WARNING).stream()
            .filter(id -> id.startsWith("IMPORT-EDITION"))
            .collect(Collectors.toList()));
    Problem edition =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-EDITION-2019"))
            .findFirst()
            .get();
    assertTrue(edition.line().isPresent());
    assertTrue(
        ids(result, Severity.ERROR).contains("IMPORT-TABLE-MISSING"), result.problems()::toString);
    // the same text for 2021 (the wrong template): an error
    String text =
        new String(
            resource("pingtan-guanweihui-2020.page.txt"), java.nio.charset.StandardCharsets.UTF_8);
    ReadResult wrongYear = PublishedReports.read(text.replace("2020", "2021"));
    assertTrue(
        ids(wrongYear, Severity.ERROR).contains("IMPORT-EDITION-2019"),
        wrongYear.problems()::toString);
  }

  @Test
  void oneDigitPerCellIsRefusedWhenTheRowsTotalShowsABlankCell() throws IOException {
    String text =
        new String(
            resource("pingtan-gongan-2021.page.txt"), java.nio.charset.StandardCharsets.UTF_8);
    // 10, 0, 0, 0, two blank cells, 10: seven digits, which one per cell would read 1, 0, 0, 0, 0,
    // 1, 0
    ReadResult blank = PublishedReports.read(text.replace("数量1000001二、", "数量1000010二、"));
    assertEquals(false, blank.report().isPresent());
    Problem problem =
        blank.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-CELLS-RUN-TOGETHER"))
            .findFirst()
            .get();
    assertEquals("/applications/newlyReceived", problem.pointer());
    assertEquals(
        null,
        blank
            .cells()
            .get(
                io.github.xxgk.report.form.FormCells.all().stream()
                    .filter(c -> c.pointer().equals("/applications/newlyReceived/naturalPerson"))
                    .findFirst()
                    .get()));
    // table 四 the same way: 1, 0, 0, 0 and a total of 0 in the first group cannot be a split
    ReadResult cases =
        PublishedReports.read(text.replace("总计000000000000000", "总计100000000000000"));
    assertEquals(false, cases.report().isPresent());
    assertTrue(
        cases.problems().stream()
            .anyMatch(
                p ->
                    p.ruleId().equals("IMPORT-CELLS-RUN-TOGETHER")
                        && p.pointer().equals("/reconsiderationAndLitigation")),
        cases.problems()::toString);
  }

  private static void assertCells(ReadResult result, String expectedFile) throws IOException {
    JsonNode expected = new ObjectMapper().readTree(resource(expectedFile));
    List<String> wrong =
        ExpectedCells.differences(
            cell -> result.cells().containsKey(cell) ? result.cells().get(cell).value() : null,
            pointer -> expected.at(pointer).decimalValue());
    assertEquals(new ArrayList<>(), wrong, result.problems()::toString);
  }

  private static List<String> ids(ReadResult result, Severity severity) {
    return result.problems().stream()
        .filter(p -> p.severity() == severity)
        .map(Problem::ruleId)
        .distinct()
        .collect(Collectors.toList());
  }

  private static byte[] resource(String name) throws IOException {
    return RealReportsTest.resource(name);
  }

  /** The rows refused because their digits ran together, in the order the reader reported them. */
  static List<String> refusedRows(ReadResult result) {
    return result.problems().stream()
        .filter(p -> p.ruleId().equals("IMPORT-CELLS-RUN-TOGETHER"))
        .map(Problem::pointer)
        .collect(Collectors.toList());
  }
}
