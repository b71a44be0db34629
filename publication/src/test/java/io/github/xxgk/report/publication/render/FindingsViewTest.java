package io.github.xxgk.report.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.match.ImportRule;
import io.github.xxgk.report.testkit.Defects;
import io.github.xxgk.report.testkit.ReportFixtures;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FindingsViewTest {

  /**
   * For every generable defect: each violation is on its cell and in the list, linked both ways.
   */
  @Test
  void everyViolationIsMarkedOnItsCellAndListedWithLinksBothWays() {
    for (String rule : Defects.generable()) {
      AnnualReport report = ReportFixtures.invalid(rule, 11).report();
      ValidationResult result = ReportValidator.standard().validate(report);
      Document page = Jsoup.parse(HtmlRenderer.standard().findings(report, result, Locale.CHINESE));
      List<Problem> violations = result.violations();
      assertFalse(violations.isEmpty(), rule);
      assertEquals(violations.size(), page.select("ol.findings > li").size(), rule);
      for (int i = 0; i < violations.size(); i++) {
        Problem violation = violations.get(i);
        Element item = page.getElementById("finding-" + (i + 1));
        assertTrue(item != null, rule + ": no list item for " + violation);
        assertTrue(item.hasClass(violation.severity().name().toLowerCase(Locale.ROOT)));
        assertTrue(item.text().contains(violation.message(Locale.CHINESE)), item.text());
        assertTrue(item.text().contains(violation.ruleId()));
        Optional<Cell> cell = FormCells.byPointer(violation.pointer());
        if (cell.isPresent()) {
          Element td = page.getElementById("cell-" + FormCells.all().indexOf(cell.get()));
          assertEquals(
              "#cell-" + FormCells.all().indexOf(cell.get()), item.selectFirst("a").attr("href"));
          assertTrue(td.hasClass("finding"), rule + ": " + td);
          assertFalse(td.select("a.ref[href=#finding-" + (i + 1) + "]").isEmpty(), td.toString());
          assertTrue(td.attr("title").contains(violation.message(Locale.CHINESE)));
          assertEquals(
              cell.get().table().pointer().substring(1),
              item.parent().parent().id(),
              "listed under the table of its cell");
        }
      }
      Element summary = page.selectFirst("header .summary");
      assertEquals(result.isValid(), summary.hasClass("valid"));
      assertTrue(
          summary.text().contains("错误 " + result.bySeverity(Severity.ERROR).size() + " 项"),
          summary.text());
    }
  }

  /**
   * A figure of the text that differs from the tables is marked on its sentence, linked both ways.
   */
  @Test
  void aNarrativeFindingIsMarkedOnItsSentence() {
    for (int seed = 0; seed < 20; seed++) {
      AnnualReport report =
          io.github.xxgk.report.testkit.NarrativeDefects.changeOneFigure(
                  ReportFixtures.valid(seed), new io.github.xxgk.report.testkit.SplitMix64(seed))
              .report();
      ValidationResult result = ReportValidator.standard().validate(report);
      Document page = Jsoup.parse(HtmlRenderer.standard().findings(report, result, Locale.CHINESE));
      List<Problem> violations = result.violations();
      int marked = 0;
      for (int i = 0; i < violations.size(); i++) {
        Problem violation = violations.get(i);
        if (!violation.textOffset().isPresent()) {
          continue;
        }
        String text =
            io.github.xxgk.report.form.NarrativeSection.values()[0]
                    .pointer()
                    .equals(violation.pointer())
                ? report.overview().get()
                : violation.pointer().equals("/problemsAndImprovements")
                    ? report.problemsAndImprovements().get()
                    : report.otherMatters().get();
        int offset = violation.textOffset().getAsInt();
        String sentence = text.substring(offset, offset + violation.textLength().getAsInt());
        Element mark = page.getElementById("text-finding-" + (i + 1));
        assertTrue(mark != null, "no mark for " + violation);
        assertEquals("mark", mark.tagName());
        assertEquals(sentence, mark.wholeText());
        assertTrue(mark.attr("title").contains(violation.message(Locale.CHINESE)));
        assertEquals("#finding-" + (i + 1), mark.nextElementSibling().attr("href"));
        assertEquals(
            "#text-finding-" + (i + 1),
            page.getElementById("finding-" + (i + 1)).selectFirst("a").attr("href"));
        marked++;
      }
      assertTrue(marked > 0, "seed " + seed + ": " + violations);
    }
  }

  @Test
  void aCellGetsTheClassOfItsWorstSeverity() {
    AnnualReport report = ReportFixtures.invalid("NON-NEGATIVE", 5).report();
    ValidationResult result = ReportValidator.standard().validate(report);
    Document page = Jsoup.parse(HtmlRenderer.standard().findings(report, result, Locale.ENGLISH));
    for (Problem violation : result.violations()) {
      Optional<Cell> cell = FormCells.byPointer(violation.pointer());
      if (cell.isPresent() && violation.severity() == Severity.ERROR) {
        assertTrue(
            page.getElementById("cell-" + FormCells.all().indexOf(cell.get())).hasClass("error"));
      }
    }
    Element summary = page.selectFirst(".summary");
    assertEquals("en", summary.attr("lang"));
    assertTrue(summary.text().startsWith("The report is not valid."), summary.text());
  }

  @Test
  void aViolationOfTheWholeReportIsListedInTheSummary() {
    AnnualReport report = AnnualReport.builder().from(ReportFixtures.valid(4)).organ(" ").build();
    ValidationResult result = ReportValidator.standard().validate(report);
    Problem organ =
        result.violations().stream().filter(v -> v.pointer().equals("/organ")).findFirst().get();
    Document page = Jsoup.parse(HtmlRenderer.standard().findings(report, result, Locale.ENGLISH));
    Element item = page.selectFirst(".summary ol.findings li");
    assertTrue(item.text().contains("/organ"), item.text());
    assertTrue(item.text().contains(organ.message(Locale.ENGLISH)), item.text());
  }

  /** Problems of any stage, here of reading the report, are shown as a validation's are. */
  @Test
  void problemsOfReadingAreMarkedOnTheirCellsAndCountedInTheSummary() {
    AnnualReport report = ReportFixtures.valid(8);
    Cell cell = FormCells.all().get(7);
    Problem note =
        ImportRule.IMPORT_CELL_NOTE.problem(
            SourcePosition.of(40, 3), cell.pointer(), "22（其中修订16件）", "22");
    Problem organ =
        ImportRule.IMPORT_ORGAN_KIND.problem(SourcePosition.UNKNOWN, "", "某局", "department");
    Document page =
        Jsoup.parse(
            HtmlRenderer.standard().findings(report, Arrays.asList(note, organ), Locale.CHINESE));
    assertEquals("报告有效：未发现错误。 错误 0 项，警告 0 项，提示 2 项。", page.selectFirst(".summary > p").text());
    Element td = page.getElementById("cell-7");
    assertTrue(td.hasClass("info"), td.toString());
    assertEquals("1. " + note.message(Locale.CHINESE), td.attr("title"));
    Element item = page.getElementById("finding-2");
    assertTrue(item.text().contains(organ.message(Locale.CHINESE)), item.text());
    assertTrue(item.text().endsWith("IMPORT-ORGAN-KIND"), item.text());
  }

  @Test
  void aValidReportSaysSoAndMarksNothing() {
    AnnualReport report = ReportFixtures.valid(8);
    ValidationResult result = ReportValidator.standard().validate(report);
    assertTrue(result.violations().isEmpty());
    Document page = Jsoup.parse(HtmlRenderer.standard().findings(report, result, Locale.CHINESE));
    assertEquals("报告有效：未发现错误。 错误 0 项，警告 0 项，提示 0 项。", page.selectFirst(".summary").text());
    assertTrue(page.select(".finding, ol.findings").isEmpty());
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    AnnualReport report = ReportFixtures.valid(8);
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                HtmlRenderer.standard().findings(report, (ValidationResult) null, Locale.CHINESE));
    assertEquals("result", e.getMessage());
  }
}
