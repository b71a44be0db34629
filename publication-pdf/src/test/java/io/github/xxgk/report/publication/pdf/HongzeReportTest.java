package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.ExpectedCells;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.StatedFigure;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.ReadResult;
import io.github.xxgk.report.publication.read.SourceFormat;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.Rules;
import io.github.xxgk.report.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real PDF of {@code ../shared/reports/} (test-fixtures' {@code reports/}, with its hand
 * transcription) is read cell-exact, with the problems its README says a reader should report.
 */
class HongzeReportTest {
  private static PdfReadResult result;
  private static JsonNode expected;

  @BeforeAll
  static void read() throws IOException {
    result = PdfReportReader.create().read(resource("hongze-2023.pdf"));
    expected = new ObjectMapper().readTree(resource("hongze-2023.expected.json"));
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = HongzeReportTest.class.getResourceAsStream("/reports/" + name)) {
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

  private static Set<String> blankCells() {
    Set<String> blank = new TreeSet<>();
    expected.path("blankCells").forEach(node -> blank.add(node.asText()));
    return blank;
  }

  @Test
  void thePdfItselfHasNoProblem() {
    assertEquals(new ArrayList<>(), result.pdfProblems());
    assertEquals(5, result.layout().pages());
  }

  @Test
  void everyCellIsReadAsTranscribedByHand() {
    ReadResult reading = result.reading().get();
    assertEquals(SourceFormat.PDF, reading.format());
    List<String> wrong =
        ExpectedCells.differences(
            cell -> reading.cells().containsKey(cell) ? reading.cells().get(cell).value() : null,
            pointer -> expected.at(pointer).decimalValue());
    assertEquals(new ArrayList<>(), wrong, () -> "problems: " + reading.problems());
    assertEquals(blankCells(), new TreeSet<>(reading.blankCells()));
    assertEquals(expected.path("year").asInt(), reading.match().year().get().intValue());
  }

  @Test
  void theRowOnThe2019TemplateIsTheOnlyErrorAndTheReportIsReturnedBesideIt() {
    ReadResult reading = result.reading().get();
    Set<String> errors = new TreeSet<>();
    Set<String> warnings = new TreeSet<>();
    for (Problem problem : reading.problems()) {
      if (problem.severity() == Severity.ERROR) {
        errors.add(problem.ruleId());
      } else if (problem.severity() == Severity.WARNING) {
        warnings.add(problem.ruleId());
      }
    }
    assertEquals(new TreeSet<>(Collections.singleton("IMPORT-EDITION-2019")), errors);
    assertEquals(new TreeSet<>(), warnings);
    assertTrue(result.report().isPresent());
    assertTrue(result.hasErrors());
    assertEquals(
        blankCells(),
        result.report().get().blankCells().stream()
            .map(Cell::pointer)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void theCellsAsReadShowTheTotalsOfTable四WrongAsPublished() {
    ReadResult reading = result.reading().get();
    AnnualReport report = result.report().get();
    for (Cell cell : FormCells.all()) {
      assertEquals(
          0, reading.cells().get(cell).value().compareTo(cell.amount(report)), cell::pointer);
    }
    Set<String> broken = new TreeSet<>();
    for (Problem violation :
        ReportValidator.standard().validate(report).bySeverity(Severity.ERROR)) {
      broken.add(violation.ruleId());
    }
    assertTrue(broken.contains("RECONSIDERATION-TOTAL"), broken::toString);
    assertTrue(broken.contains("LITIGATION-TOTAL"), broken::toString);
  }

  /** The one figure the text states agrees with the tables; no narrative rule raises an alarm. */
  @Test
  void theNarrativeRulesRaiseNoFalseAlarm() {
    AnnualReport report = result.report().get();
    List<String> figures = new ArrayList<>();
    for (NarrativeSection section : NarrativeSection.values()) {
      for (StatedFigure figure : StatedFigure.find(section.read(report).orElse(""))) {
        figures.add(figure.phrase() + "=" + figure.value());
      }
    }
    List<Problem> alarms = new ArrayList<>();
    ValidationResult validation = ReportValidator.standard().validate(report);
    for (String rule :
        Arrays.asList(
            Rules.NARRATIVE_TABLE_MISMATCH,
            Rules.NARRATIVE_PERCENTAGE,
            Rules.FEE_ROW_WITHOUT_FEE_TEXT,
            Rules.FEE_UNIT,
            Rules.REGULATIONS_WITHOUT_POWER)) {
      alarms.addAll(validation.byRule(rule));
    }
    assertEquals(new ArrayList<>(), alarms, figures::toString);
    // Its text states the 21 applications received, as table 三 does (21 new, none carried over).
    assertEquals(Arrays.asList("RECEIVED=21"), figures);
  }

  @Test
  void cellsPointToTheirPageAndTheTypoIsAKnownVariant() {
    ReadResult reading = result.reading().get();
    // table 三 begins on page 3 and runs on to page 4; table 四 is on page 4
    Cell received =
        FormCells.all().stream()
            .filter(c -> c.pointer().equals("/applications/newlyReceived/naturalPerson"))
            .findFirst()
            .get();
    assertEquals(3, reading.cells().get(received).position().line());
    Cell carried =
        FormCells.all().stream()
            .filter(c -> c.pointer().equals("/applications/carriedOverToNextYear/total"))
            .findFirst()
            .get();
    assertEquals(4, reading.cells().get(carried).position().line());
    assertTrue(
        reading.problems().stream()
            .anyMatch(p -> p.ruleId().equals("IMPORT-LABEL-VARIANT") && p.line().orElse(0) == 3));
  }

  @Test
  void theTitleOverTwoLinesGivesTheOrganAndNoPageNumberLeaksIntoTheText() {
    ReadResult reading = result.reading().get();
    // the title prints the district's name without its city; the preface names both
    assertTrue(expected.path("organ").asText().endsWith(reading.match().organ().get()));
    for (PdfBlock block : result.layout().blocks()) {
      if (block instanceof PdfParagraph) {
        String text = ((PdfParagraph) block).text();
        assertFalse(text.matches("(?s).*- ?\\d ?-.*"), text);
      }
    }
  }
}
