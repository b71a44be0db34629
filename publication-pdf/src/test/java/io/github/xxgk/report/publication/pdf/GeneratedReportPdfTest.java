package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated reports laid out as PDFs by {@link ReportPdf} (committed, see {@link GeneratedReports};
 * table 三 runs over a page break in each, page numbers in every footer) are read back equal to the
 * report they were made from: every cell, organ, year and narrative.
 */
class GeneratedReportPdfTest {

  @ParameterizedTest(name = "report-{0}.pdf")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void aGeneratedReportIsReadBackEqual(int seed) throws IOException {
    PdfReadResult result =
        assertReadBackEqual("report-" + seed + ".pdf", "report-" + seed + ".json");
    // the tables are the three of the form, table 三 joined across its page break
    List<PdfTable> tables = result.layout().tables();
    assertEquals(3, tables.size());
    assertEquals(tables.get(1).region().page() + 1, tables.get(1).lastPage());
  }

  /**
   * The generated report's published page ({@code HtmlRenderer}, tables given {@code border="1"} as
   * a Word user's tables have borders) opened in LibreOffice Writer, saved as a Word document,
   * turned to A4 landscape and exported to PDF (the commands are in test-fixtures' {@code
   * reports/README.md}): Writer's table layout, rows broken across pages, its fonts and borders.
   */
  @org.junit.jupiter.api.Test
  void aGeneratedReportExportedByAnOfficeSuiteIsReadBackEqual() throws IOException {
    assertReadBackEqual("report-2-writer-landscape.pdf", "report-2.json");
  }

  /**
   * The generated report's published page (tables given {@code border="1"}) opened in LibreOffice
   * Writer, saved as a flat ODT, given a page footer or header with Writer's page fields and
   * exported to PDF (the commands are in test-fixtures' {@code reports/README.md}): "- 2 -", "第2页
   * 共3页", or "第 2 页" under the organ's name repeated atop every page. The footer and header are
   * page furniture, neither cells nor text; and Writer sets the paragraphs of an imported page
   * apart by spacing, not indents, with headings in a larger font: the organ's line of the
   * signature under the full last line of section 六, and section 六's heading under the full last
   * line of 五, were read into those sections before.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "report-2-writer-footer.pdf, report-2.json",
    "report-2-writer-header.pdf, report-2.json",
    "report-4-writer-page-count.pdf, report-4.json"
  })
  void aGeneratedReportWithWritersPageFooterOrHeaderIsReadBackEqual(String pdf, String json)
      throws IOException {
    assertReadBackEqual(pdf, json);
  }

  /**
   * The same reports laid out with their tables drawn by shaded cells, one point apart, and no
   * ruling line (a page printing cell backgrounds instead of borders): read back equal.
   */
  @ParameterizedTest(name = "report-{0} shaded")
  @ValueSource(ints = {1, 2, 3})
  void aGeneratedReportWithShadedCellsForLinesIsReadBackEqual(int seed) throws IOException {
    AnnualReport report = ReportJson.standard().read(resource("report-" + seed + ".json"));
    byte[] pdf =
        ReportPdf.layout(report, cell -> ReportPdf.plain(cell.value(report)), "- %d -", true);
    PdfReadResult result = assertReadBackEqual(pdf, resource("report-" + seed + ".json"));
    // a row of one cell ("第二十条第（一）项") has no shaded cell beside it: it bounds no cell, and is
    // read as a line between two tables, as the caption of a table of one item
    assertTrue(result.layout().tables().size() >= 3);
  }

  private static PdfReadResult assertReadBackEqual(String pdf, String json) throws IOException {
    return assertReadBackEqual(resource(pdf), resource(json));
  }

  private static PdfReadResult assertReadBackEqual(byte[] pdf, byte[] json) throws IOException {
    AnnualReport expected = ReportJson.standard().read(json);
    PdfReadResult result = PdfReportReader.create().read(pdf);
    assertEquals(new ArrayList<>(), result.pdfProblems());
    assertTrue(result.report().isPresent(), () -> result.reading().get().problems().toString());
    AnnualReport read = result.report().get();
    List<String> wrong = new ArrayList<>();
    for (Cell cell : FormCells.all()) {
      BigDecimal want = new BigDecimal(cell.value(expected).toString());
      BigDecimal got = new BigDecimal(cell.value(read).toString());
      if (want.compareTo(got) != 0) {
        wrong.add(cell.pointer() + " read " + got + ", expected " + want);
      }
    }
    assertEquals(new ArrayList<>(), wrong);
    assertEquals(expected.organ(), read.organ());
    assertEquals(expected.year(), read.year());
    for (NarrativeSection section : NarrativeSection.values()) {
      assertEquals(
          compact(section.read(expected).orElse("")),
          compact(section.read(read).orElse("")),
          section.name());
    }
    return result;
  }

  /** Narratives are compared without their spacing: the layout wraps and indents them. */
  private static String compact(String text) {
    return text.replaceAll("[\\s\u3000]", "");
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = GeneratedReportPdfTest.class.getResourceAsStream("generated/" + name)) {
      if (in == null) {
        throw new IOException("no test resource generated/" + name);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
