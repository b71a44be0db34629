package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.publication.read.ReadResult;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real published reports made into PDFs the way an organ's office suite exports them (LibreOffice
 * Writer, from the page and through a Word document; see test-fixtures' {@code reports/README.md}
 * for how each was made) are read cell-exact, with the cells the report left empty and no error:
 * Writer breaks tall rows across pages, cuts a spanning caption right after its numbering ("（四）"
 * above, "无法提供" below) or inside its brackets, and breaks table 四's one row of values, its empty
 * rest on the next page; and the whole saved page, whose menus Writer makes lists with OpenSymbol
 * bullets mapped to the private-use U+F0B7. Table 三's two header rows repeated atop each page
 * (Word's "repeat as header row"); the tables' text spaced out glyph by glyph (distributed
 * alignment and character spacing), a cell holding a no-break space above its value on the other
 * side of a break; two of table 三's three header rows repeated with the tables' text spaced out, so
 * that the repeat cuts the cell spanning all three and Writer sets what it lost over the first row
 * below (refused with IMPORT-EDITION-2019 and IMPORT-ROW-SHAPE before).
 */
class OfficeExportedReportsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "pingtan-caijinju-2024-writer.pdf, pingtan-caijinju-2024.expected.json",
    "pingtan-caijinju-2024-writer-web.pdf, pingtan-caijinju-2024.expected.json",
    "pingtan-caijinju-2024-writer-page.pdf, pingtan-caijinju-2024.expected.json",
    "pingtan-haitan-2025-writer-landscape.pdf, pingtan-haitan-2025.expected.json",
    "shuyang-fagaiju-2023-writer.pdf, shuyang-fagaiju-2023.expected.json",
    "pingtan-jiaojianju-2023-writer-header.pdf, pingtan-jiaojianju-2023.expected.json",
    "pingtan-jiaojianju-2023-writer-spaced.pdf, pingtan-jiaojianju-2023.expected.json",
    "pingtan-jiaojianju-2023-writer-landscape.pdf, pingtan-jiaojianju-2023.expected.json",
    "pingtan-jiaojianju-2023-writer-tracked.pdf, pingtan-jiaojianju-2023.expected.json",
    "pingtan-jiaojianju-2023-writer-header-spaced.pdf, pingtan-jiaojianju-2023.expected.json"
  })
  void everyCellIsReadAsTranscribedByHand(String pdf, String json) throws IOException {
    ChromiumPrintedReportsTest.assertReadAsTranscribed(pdf, json);
  }

  /**
   * The Word document's paper changed to A5 with its tables as wide as on A4: Writer centres them,
   * draws their lines only up to the page's edges and sets the text of the columns cut off beyond
   * them. Each such table's page says so, and no cell is read from them.
   */
  @Test
  void tablesWiderThanThePaperAreRefusedByPageNeverReadCutOff() throws IOException {
    PdfReadResult result =
        PdfReportReader.create()
            .read(ChromiumPrintedReportsTest.resource("pingtan-jiaojianju-2023-writer-a5.pdf"));
    java.util.Set<String> pdfRules = new java.util.TreeSet<>();
    for (io.github.xxgk.report.problem.Problem problem : result.pdfProblems()) {
      pdfRules.add(problem.ruleId());
      assertTrue(problem.page().isPresent(), problem::toString);
    }
    assertEquals(java.util.Collections.singleton("PDF-TABLE-CLIPPED"), pdfRules);
    assertTrue(result.hasErrors());
    assertEquals(0, result.reading().get().cells().size());
  }

  /**
   * The Word document's tables without borders, their rows shaded in two alternating colours: the
   * rows' boundaries show, the columns' do not (cells of one row are one colour, adjoining). No
   * cell boundary is guessed from the text's places: the tables are refused, and no cell read is
   * wrong.
   */
  @Test
  void shadedRowsWithoutBordersAreRefusedNeverGuessedIntoColumns() throws IOException {
    PdfReadResult result =
        PdfReportReader.create()
            .read(
                ChromiumPrintedReportsTest.resource(
                    "pingtan-jiaojianju-2023-writer-shaded-banded.pdf"));
    assertTrue(result.hasErrors());
    ReadResult reading = result.reading().get();
    assertTrue(
        reading.problems().stream()
            .anyMatch(
                p ->
                    p.ruleId().equals("IMPORT-TABLE-MISSING")
                        && p.pointer().equals("/applications")),
        reading.problems()::toString);
    JsonNode expected =
        new ObjectMapper()
            .readTree(ChromiumPrintedReportsTest.resource("pingtan-jiaojianju-2023.expected.json"));
    for (Map.Entry<Cell, ReadCell> entry : reading.cells().entrySet()) {
      assertEquals(
          0,
          entry.getValue().value().compareTo(expected.at(entry.getKey().pointer()).decimalValue()),
          entry.getKey()::pointer);
    }
  }

  /**
   * Every run of the Word document set with 5 pt character spacing, so that each ideograph stands
   * apart: sections 五 and 六 read as written, without a space between each two characters (Chinese
   * puts none between words), where they were "本 年 度 没 有 …".
   */
  @Test
  void letterSpacedChineseIsReadWithoutSpaces() throws IOException {
    AnnualReport report =
        PdfReportReader.create()
            .read(ChromiumPrintedReportsTest.resource("pingtan-jiaojianju-2023-writer-tracked.pdf"))
            .report()
            .get();
    assertEquals(Optional.of("本年度没有产生信息公开处理费。"), report.otherMatters());
    assertEquals(
        Optional.of("还存在依申请公开答复有待进一步规范，办理质效还有待进一步提升等问题。"), report.problemsAndImprovements());
  }

  /**
   * Writer's export of the whole article keeps the portal's metadata box above the title unruled
   * ("名称 沭阳县发展和改革局2023年政府信息公开工作年度报告", "发布机构 …", "索引号 …"): the field name is no part of the organ,
   * which was read as "名称沭阳县发展和改革局" with only a warning against the signature.
   */
  @Test
  void theFieldNameOfThePortalsMetadataBoxIsNoPartOfTheOrgan() throws IOException {
    ReadResult reading =
        PdfReportReader.create()
            .read(ChromiumPrintedReportsTest.resource("shuyang-fagaiju-2023-writer.pdf"))
            .reading()
            .get();
    assertEquals(Optional.of("沭阳县发展和改革局"), reading.match().organ());
    assertFalse(
        reading.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
        reading.problems()::toString);
  }
}
