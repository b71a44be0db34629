package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.math.BigDecimal;
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

  static BigDecimal value(ReadResult result, String pointer) {
    return result.cells().entrySet().stream()
        .filter(e -> e.getKey().pointer().equals(pointer))
        .map(e -> e.getValue().value())
        .findFirst()
        .orElse(null);
  }
}
