package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.ExpectedCells;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two more pages of the 平潭 archive's copied text (changwu/pingtan-gov-zwgk-archive), whose cells
 * run together, checked against their own HTML (page.html): one every row of which splits one way
 * and is read cell-exact, one whose rows with a number of two digits or more split several ways and
 * are refused, each by name, while the rows beside them are read as printed.
 */
class ArchiveRunTogetherTest {

  /**
   * 平潭综合实验区公安局 2022: "行政规范性文件417" has as many digits as cells, one digit a cell (4, 1, 7, as its
   * HTML prints them); every row of table 三 has seven digits whose totals hold. The row of 行政规范性文件
   * has no total, and 4, a blank cell and 17 would print the same digits: it is read, with the one
   * warning that says so, at that row.
   */
  @Test
  void thePoliceBureaus2022TextReadsCellExact() throws IOException {
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-gongan-2022.page.txt"));
    JsonNode expected =
        new ObjectMapper().readTree(RealReportsTest.resource("pingtan-gongan-2022.expected.json"));
    List<String> wrong =
        ExpectedCells.differences(
            cell -> result.cells().containsKey(cell) ? result.cells().get(cell).value() : null,
            pointer -> expected.at(pointer).decimalValue());
    assertEquals(new ArrayList<>(), wrong, result.problems()::toString);
    assertTrue(result.report().isPresent(), result.problems()::toString);
    assertEquals("平潭综合实验区公安局", result.report().get().organ());
    assertEquals(2022, result.report().get().year());
    assertEquals(
        Arrays.asList("IMPORT-CELLS-DIGIT-EACH /proactiveDisclosure/normativeDocuments"),
        result.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR || p.severity() == Severity.WARNING)
            .map(p -> p.ruleId() + " " + p.pointer())
            .collect(Collectors.toList()));
  }

  /**
   * 平潭综合实验区 2024 (the zone's own report): the whole article is one paragraph. "行政规范性文件6233440" (62,
   * 33, 440 in the HTML) and "（一）予以公开710000071" (71, 0, 0, 0, 0, 0, 71, or 7, 10, 0, … with a blank
   * cell) cut several ways and are refused, as is table 四's run of seventeen digits; no report is
   * made, and no cell of a row that was read differs from the HTML.
   */
  @Test
  void theZones2024TextRefusesEveryRowThatCutsSeveralWays() throws IOException {
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-shiyanqu-2024.page.txt"));
    assertFalse(result.report().isPresent());
    assertEquals(
        Arrays.asList(
            "/proactiveDisclosure/normativeDocuments",
            "/applications/newlyReceived",
            "/applications/outcomes/disclosed",
            "/applications/outcomes/partiallyDisclosed",
            "/applications/outcomes/notDisclosed/internalAffairs",
            "/applications/outcomes/unableToProvide/notHeld",
            "/applications/outcomes/total",
            "/reconsiderationAndLitigation"),
        ArchiveLayoutsTest.refusedRows(result));
    // the rows read, as the page's HTML prints them
    String[][] read = {
      {"/proactiveDisclosure/regulations/inForce", "0"},
      {"/proactiveDisclosure/licensing/decisions", "4529"},
      {"/proactiveDisclosure/punishment/decisions", "1100"},
      {"/proactiveDisclosure/coercion/decisions", "65"},
      {"/proactiveDisclosure/fees/amountWanYuan", "18651.06"},
      {"/applications/outcomes/notDisclosed/stateSecret/total", "4"},
      {"/applications/outcomes/notDisclosed/thirdPartyRights/total", "3"},
      {"/applications/outcomes/otherHandling/other/naturalPerson", "1"},
      {"/applications/outcomes/otherHandling/other/commercialEnterprise", "1"},
      {"/applications/outcomes/otherHandling/other/total", "2"},
    };
    for (String[] c : read) {
      Cell cell = cell(c[0]);
      assertTrue(result.cells().containsKey(cell), c[0]);
      assertEquals(0, new BigDecimal(c[1]).compareTo(result.cells().get(cell).value()), c[0]);
    }
    for (Cell cell : result.cells().keySet()) {
      assertFalse(
          cell.pointer().startsWith("/applications/outcomes/disclosed/")
              || cell.pointer().startsWith("/reconsiderationAndLitigation/"),
          cell.pointer());
    }
  }

  private static Cell cell(String pointer) {
    return FormCells.all().stream()
        .filter(c -> c.pointer().equals(pointer))
        .findFirst()
        .orElseThrow(() -> new AssertionError(pointer));
  }
}
