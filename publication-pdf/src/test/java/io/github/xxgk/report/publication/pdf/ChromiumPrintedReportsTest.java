package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.ExpectedCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real published pages printed to PDF by headless Chromium (see test-fixtures' {@code
 * reports/README.md} for how each was made) are read cell-exact, with the cells the page left empty
 * and no error: rows cut in two by a page break, a page holding only the middle of a spanning
 * column, a value spanning rows cut by the break, and a caption cut by the break inside such a
 * value (pingtan-shijianju-2021 on A4: refused, IMPORT-ROW-MISSING, until the cut caption was
 * joined).
 */
class ChromiumPrintedReportsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "pingtan-caijinju-2024.pdf, pingtan-caijinju-2024.expected.json",
    "pingtan-haitan-2025.pdf, pingtan-haitan-2025.expected.json",
    "pingtan-shijianju-2021-landscape.pdf, pingtan-shijianju-2021.expected.json",
    "pingtan-shijianju-2021-a4.pdf, pingtan-shijianju-2021.expected.json"
  })
  void everyCellIsReadAsTranscribedByHand(String pdf, String json) throws IOException {
    assertReadAsTranscribed(pdf, json);
  }

  /**
   * Reads the PDF {@code pdf} of test-fixtures' {@code reports/} and asserts every cell and blank
   * cell of the transcription {@code json}, no PDF problem and no error.
   */
  static void assertReadAsTranscribed(String pdf, String json) throws IOException {
    PdfReadResult result = PdfReportReader.create().read(resource(pdf));
    JsonNode expected = new ObjectMapper().readTree(resource(json));
    assertEquals(new ArrayList<>(), result.pdfProblems());
    ReadResult reading = result.reading().get();
    List<String> wrong =
        ExpectedCells.differences(
            cell -> reading.cells().containsKey(cell) ? reading.cells().get(cell).value() : null,
            pointer -> expected.at(pointer).decimalValue());
    assertEquals(new ArrayList<>(), wrong, () -> "problems: " + reading.problems());
    Set<String> blank = new TreeSet<>();
    expected.path("blankCells").forEach(node -> blank.add(node.asText()));
    assertEquals(blank, new TreeSet<>(reading.blankCells()));
    List<String> errors = new ArrayList<>();
    for (Problem problem : reading.problems()) {
      if (problem.severity() == Severity.ERROR) {
        errors.add(problem.toString());
      }
    }
    assertEquals(new ArrayList<>(), errors);
    assertTrue(result.report().isPresent());
  }

  /**
   * The signature set flush right, its date at the top of the last page above the portal's own
   * footer ("网站标识码…", "版权所有…") printed with the page: the date signs the report and section 六 ends
   * before the signature. The date's line went on into the footer's, which left the report without
   * its date and section 六 with the signature and the footer.
   */
  @org.junit.jupiter.api.Test
  void theSignaturesDateAboveThePortalsFooterSignsTheReport() throws IOException {
    AnnualReport report =
        PdfReportReader.create().read(resource("pingtan-caijinju-2024.pdf")).report().get();
    assertEquals(Optional.of(LocalDate.of(2025, 1, 23)), report.publishedOn());
    assertEquals(Optional.of("2024年，无收取信息处理费情况。"), report.otherMatters());
  }

  /**
   * The page printed with its tables drawn by their cells' backgrounds instead of borders (white
   * cells on a black table, one pixel apart: the gaps are the lines): the fills bound the cells as
   * ruling lines do. Before, no table was found and all but ten cells were refused row by row.
   */
  @org.junit.jupiter.api.Test
  void cellsDrawnByTheirShadingAreReadAsRuledCellsAre() throws IOException {
    assertReadAsTranscribed(
        "shuyang-fagaiju-2023-shaded.pdf", "shuyang-fagaiju-2023.expected.json");
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in =
        ChromiumPrintedReportsTest.class.getResourceAsStream("/reports/" + name)) {
      if (in == null) {
        throw new IOException("no test resource /reports/" + name);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
