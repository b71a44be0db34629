package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tables run together on real pages (the archive's {@code page.txt} texts): the numbering a variant
 * caption leaves to the run, and the refusals' problems.
 */
class RunTogetherTablesTest {
  /** 平潭综合实验区市场监督管理局 2025: "6.属于四类过程性信息00000007.属于行政执法案件3000003…", a variant. */
  private static final String ENFORCEMENT = "00000007.属于行政执法案件3000003";

  @Test
  void theNumberingAVariantLeavesToTheRunIsNotAValueInAnyOfItsShapes() throws IOException {
    String page = SurveyPagesTest.text("pingtan-shijianju-2025.page.txt");
    assertTrue(page.contains(ENFORCEMENT));
    for (String printed :
        new String[] {
          ENFORCEMENT,
          "00000007、属于行政执法案件3000003",
          "00000007）属于行政执法案件3000003",
          "0000000 7. 属于行政执法案件3000003"
        }) {
      ReadResult result = PublishedReports.read(page.replace(ENFORCEMENT, printed));
      assertEquals(
          BigDecimal.ZERO,
          value(result, "/applications/outcomes/notDisclosed/processInformation/total"),
          printed);
      assertEquals(
          BigDecimal.valueOf(3),
          value(result, "/applications/outcomes/notDisclosed/enforcementCaseFiles/total"),
          printed);
      assertTrue(
          ArchiveLayoutsTest.refusedRows(result).stream()
              .noneMatch(row -> row.startsWith("/applications/outcomes/notDisclosed")),
          printed);
    }
  }

  /**
   * 平潭综合实验区公安局 2022's "行政规范性文件417": table 二's rows have no total, so digits as many as the cells
   * are read one a cell with a warning whenever two of them could be one number beside a blank
   * cell; "000" (no number starts with 0) and spaced values have one reading and get none.
   */
  @Test
  void aRowWithoutTotalsReadOneDigitACellIsWarnedOfWhenABlankCellCouldHide() throws IOException {
    String page = SurveyPagesTest.text("pingtan-gongan-2022.page.txt");
    String printed = "行政规范性文件417";
    assertTrue(page.contains(printed));
    String[][] cases = {
      {"行政规范性文件417", "1"},
      {"行政规范性文件100", "1"},
      {"行政规范性文件000", "0"},
      {"行政规范性文件4 1 7", "0"},
      {"行政规范性文件4 1 17", "0"}
    };
    for (String[] shape : cases) {
      ReadResult result = PublishedReports.read(page.replace(printed, shape[0]));
      List<Problem> warned =
          result.problems().stream()
              .filter(p -> p.ruleId().equals("IMPORT-CELLS-DIGIT-EACH"))
              .collect(Collectors.toList());
      assertEquals(Integer.parseInt(shape[1]), warned.size(), shape[0] + ": " + warned);
      assertTrue(result.report().isPresent(), shape[0] + ": " + result.problems());
      for (Problem problem : warned) {
        assertEquals(Severity.WARNING, problem.severity());
        assertEquals("/proactiveDisclosure/normativeDocuments", problem.pointer());
        assertTrue(problem.message(Language.ZH).contains("行政规范性文件"), problem.toString());
      }
    }
  }

  @Test
  void aNumberingBeforeACaptionThatPrintsItsOwnIsNotDropped() throws IOException {
    // "1.属于国家秘密00000007.2.其他法律…": the official caption "2.其他…" is numbered, so "7." is the
    // run's, which then cannot be split; it was dropped silently before
    String page =
        SurveyPagesTest.text("pingtan-shijianju-2025.page.txt")
            .replace("属于国家秘密00000002.其他法律", "属于国家秘密00000007.2.其他法律");
    ReadResult result = PublishedReports.read(page);
    assertTrue(
        ArchiveLayoutsTest.refusedRows(result)
            .contains("/applications/outcomes/notDisclosed/stateSecret"),
        result.problems()::toString);
    assertEquals(
        null, value(result, "/applications/outcomes/notDisclosed/stateSecret/naturalPerson"));
    assertTrue(SurveyPagesTest.ids(result, Severity.ERROR).contains("IMPORT-CELLS-RUN-TOGETHER"));
  }

  @Test
  void eachRefusedRunIsOneErrorNamingTheRowAndWhereItWasRead() throws IOException {
    // 平潭综合实验区市场监督管理局 2025: four rows and table 四's run cannot be split; the page prints no
    // 规章 row
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-shijianju-2025.page.txt"));
    List<Problem> errors =
        result.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .collect(Collectors.toList());
    // not also IMPORT-ROW-MISSING for each, nor IMPORT-TABLE-MISSING for table 四, which was found
    assertEquals(
        Collections.nCopies(5, "IMPORT-CELLS-RUN-TOGETHER"),
        errors.stream().map(Problem::ruleId).collect(Collectors.toList()),
        result.problems()::toString);
    Problem regulations = errors.get(0);
    assertEquals("/proactiveDisclosure/normativeDocuments", regulations.pointer());
    assertEquals(10, regulations.line().getAsInt());
    assertTrue(
        regulations
            .message(Language.EN)
            .contains(
                "\"行政规范性文件\" are printed run together (\"1173\", read between its caption and the"
                    + " caption of the next row)"),
        regulations.message(Language.EN));
    assertTrue(
        regulations.message(Language.ZH).contains("（“1173”，读自其标题与下一行标题之间）"),
        regulations.message(Language.ZH));
    Problem cases = errors.get(4);
    assertEquals("/reconsiderationAndLitigation", cases.pointer());
    assertTrue(
        cases.message(Language.EN).contains("read after the header of the table"),
        cases.message(Language.EN));
    // the refused run holds table 四's groups and nothing else: the 规章 row, printed nowhere, is
    // absent (it was said to be "among" the rows not identified)
    assertEquals(
        Collections.singletonList("IMPORT-ROW-ABSENT"),
        SurveyPagesTest.ids(result, Severity.WARNING),
        result.problems()::toString);
    assertTrue(
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-ROW-ABSENT"))
            .allMatch(p -> p.pointer().equals("/proactiveDisclosure/regulations")));
    assertFalse(result.report().isPresent());
  }

  @Test
  void aRefusedLastRowSaysSo() throws IOException {
    // "行政事业性收费0" ends table 二; printed "0 1" (two values for one cell), it cannot be read
    String page =
        SurveyPagesTest.text("pingtan-shijianju-2025.page.txt")
            .replace("行政事业性收费02025年", "行政事业性收费0 12025年");
    ReadResult result = PublishedReports.read(page);
    List<Problem> refused =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-CELLS-RUN-TOGETHER"))
            .filter(p -> p.pointer().equals("/proactiveDisclosure/fees"))
            .collect(Collectors.toList());
    assertEquals(1, refused.size(), result.problems()::toString);
    assertTrue(
        refused.get(0).message(Language.EN).contains("read after its caption, the last row"),
        refused.get(0).message(Language.EN));
  }

  static BigDecimal value(ReadResult result, String pointer) {
    return result.cells().entrySet().stream()
        .filter(e -> e.getKey().pointer().equals(pointer))
        .map(e -> e.getValue().value())
        .findFirst()
        .orElse(null);
  }
}
