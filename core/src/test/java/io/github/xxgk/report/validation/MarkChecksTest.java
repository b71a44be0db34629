package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.ReportsWithCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** CELL-BLANK and CELL-NOT-APPLICABLE, and how they group the marked cells. */
class MarkChecksTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /**
   * The real report with every cell 0, so that any cell may be marked; it validates clean once the
   * sentence stating its figures (15 received …), which the zeros would contradict, is left out.
   */
  private static AnnualReport.Builder zeros() {
    String figures = "2024年，区政府办公室全年共受理答复政府信息公开申请15件，其中上年度结转1件，12件在规定时限内依法依规予以答复，3件结转下年度继续办理。";
    return new CellGrid()
        .fill(
            AnnualReport.builder()
                .from(LinfenYaodu2024.report())
                .overview(LinfenYaodu2024.OVERVIEW.replace(figures, "")));
  }

  private static List<Cell> legalPersonColumns() {
    List<Cell> cells = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
      if (column != ApplicantColumn.NATURAL_PERSON) {
        cells.addAll(FormCells.ofColumn(column));
      }
    }
    return cells;
  }

  private static List<String> pointers(List<Cell> cells) {
    List<String> pointers = new ArrayList<>();
    for (Cell cell : cells) {
      pointers.add(cell.pointer());
    }
    return pointers;
  }

  @Test
  void theUnmarkedZeroReportIsClean() {
    assertEquals(new ArrayList<Problem>(), VALIDATOR.validate(zeros().build()).violations());
  }

  @Test
  void aSingleBlankCellIsOneWarningAtTheCellInTheFormsTerms() {
    Cell cell =
        FormCells.applications(ApplicationRow.STATE_SECRET, ApplicantColumn.RESEARCH_INSTITUTION);
    ValidationResult result = VALIDATOR.validate(zeros().addBlankCells(cell).build());
    assertEquals(1, result.violations().size(), result.toString());
    Problem v = result.violations().get(0);
    assertEquals(Rules.CELL_BLANK, v.ruleId());
    assertEquals(Severity.WARNING, v.severity());
    assertEquals(cell.pointer(), v.pointer());
    assertTrue(result.isValid(), "a warning does not make a report invalid");
    String en = v.message(Locale.ENGLISH);
    assertTrue(en.contains("Research institutions") && en.contains("is blank"), en);
    assertTrue(
        v.message(Locale.CHINESE).contains("属于国家秘密") && v.message(Locale.CHINESE).contains("科研机构"),
        v.message(Locale.CHINESE));
    assertTrue(v.message(Locale.CHINESE).contains("留空"), v.message(Locale.CHINESE));
  }

  @Test
  void aNotApplicableCellIsOneInfo() {
    Cell fee = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
    ValidationResult result = VALIDATOR.validate(zeros().addNotApplicableCells(fee).build());
    Problem v = result.violations().get(0);
    assertEquals(1, result.violations().size(), result.toString());
    assertEquals(Rules.CELL_NOT_APPLICABLE, v.ruleId());
    assertEquals(Severity.INFO, v.severity());
    assertEquals(fee.pointer(), v.pointer());
    assertTrue(v.message(Locale.CHINESE).contains("不适用"), v.message(Locale.CHINESE));
  }

  @Test
  void aBlankRowIsOneFindingAtTheRowNamingItsCells() {
    List<Cell> row = FormCells.ofRow(DisclosureItem.REGULATIONS);
    ValidationResult result = VALIDATOR.validate(zeros().addAllBlankCells(row).build());
    assertEquals(1, result.violations().size(), result.toString());
    Problem v = result.violations().get(0);
    assertEquals("/proactiveDisclosure/regulations", v.pointer());
    assertEquals(pointers(row), v.relatedPointers());
    assertEquals(Rules.CELL_BLANK + ".row", v.messageKey());
    assertTrue(
        v.message(Locale.CHINESE).contains("规章") && v.message(Locale.CHINESE).contains("3 个单元格"),
        v.message(Locale.CHINESE));
    assertTrue(v.message(Locale.ENGLISH).contains("All 3 cells of row"), v.message(Locale.ENGLISH));
  }

  @Test
  void twoBlankRowsOfTableTwoAreTwoRowsNotThreeColumns() {
    ValidationResult result =
        VALIDATOR.validate(
            zeros()
                .addAllBlankCells(FormCells.ofRow(DisclosureItem.REGULATIONS))
                .addAllBlankCells(FormCells.ofRow(DisclosureItem.NORMATIVE_DOCUMENTS))
                .build());
    assertEquals(2, result.violations().size(), result.toString());
    assertEquals("/proactiveDisclosure/regulations", result.violations().get(0).pointer());
    assertEquals("/proactiveDisclosure/normativeDocuments", result.violations().get(1).pointer());
  }

  @Test
  void blankLegalPersonColumnsAreOneFindingPerColumn() {
    ValidationResult result =
        VALIDATOR.validate(zeros().addAllBlankCells(legalPersonColumns()).build());
    assertEquals(5, result.violations().size(), result.toString());
    Set<String> related = new HashSet<>();
    for (Problem v : result.violations()) {
      assertEquals(Rules.CELL_BLANK + ".column", v.messageKey());
      assertEquals(FormTable.APPLICATIONS.pointer(), v.pointer());
      assertEquals(ApplicationRow.values().length, v.relatedPointers().size());
      related.addAll(v.relatedPointers());
    }
    assertEquals(new HashSet<>(pointers(legalPersonColumns())), related);
    String zh = result.violations().get(0).message(Locale.CHINESE);
    assertTrue(zh.contains("法人或其他组织／商业企业") && zh.contains("25 个单元格"), zh);
  }

  @Test
  void aWholeBlankRowAmongBlankColumnsIsReportedToo() {
    ValidationResult result =
        VALIDATOR.validate(
            zeros()
                .addAllBlankCells(legalPersonColumns())
                .addAllBlankCells(FormCells.ofRow(ApplicationRow.STATE_SECRET))
                .build());
    assertEquals(6, result.violations().size(), result.toString());
    assertEquals(
        "/applications/outcomes/notDisclosed/stateSecret", result.violations().get(0).pointer());
  }

  @Test
  void aWholeTableIsOneFinding() {
    List<Cell> table = FormCells.of(FormTable.RECONSIDERATION_AND_LITIGATION);
    ValidationResult result = VALIDATOR.validate(zeros().addAllNotApplicableCells(table).build());
    assertEquals(1, result.violations().size(), result.toString());
    Problem v = result.violations().get(0);
    assertEquals(Rules.CELL_NOT_APPLICABLE + ".table", v.messageKey());
    assertEquals("/reconsiderationAndLitigation", v.pointer());
    assertEquals(pointers(table), v.relatedPointers());
    assertTrue(
        v.message(Locale.ENGLISH).contains("All 15 cells of table"), v.message(Locale.ENGLISH));
  }

  @Test
  void aRowOfMixedMarksIsReportedCellByCell() {
    List<Cell> row = FormCells.ofRow(ApplicationRow.NEWLY_RECEIVED);
    ValidationResult result =
        VALIDATOR.validate(
            zeros()
                .addAllBlankCells(row.subList(0, 3))
                .addAllNotApplicableCells(row.subList(3, 7))
                .build());
    assertEquals(3, result.byRule(Rules.CELL_BLANK).size(), result.toString());
    assertEquals(4, result.byRule(Rules.CELL_NOT_APPLICABLE).size(), result.toString());
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return ReportsWithCells.reports(0, 1_000);
  }

  /** Every marked cell is named by exactly the findings of its kind, and nothing else is. */
  @Property(tries = 300)
  void theFindingsCoverExactlyTheMarkedCells(@ForAll("reports") AnnualReport report) {
    ValidationResult result = VALIDATOR.validate(report);
    assertEquals(
        pointers(new ArrayList<>(report.blankCells())), covered(result.byRule(Rules.CELL_BLANK)));
    assertEquals(
        pointers(new ArrayList<>(report.notApplicableCells())),
        covered(result.byRule(Rules.CELL_NOT_APPLICABLE)));
  }

  /** The cells the findings name, in catalogue order; a cell found alone is not in a group too. */
  private static List<String> covered(List<Problem> findings) {
    Set<String> singles = new HashSet<>();
    Set<String> grouped = new HashSet<>();
    for (Problem v : findings) {
      if (v.relatedPointers().isEmpty()) {
        assertTrue(singles.add(v.pointer()), v.toString());
      } else {
        assertTrue(v.relatedPointers().size() >= 2, v.toString());
        grouped.addAll(v.relatedPointers());
      }
    }
    for (String single : singles) {
      assertFalse(grouped.contains(single), single);
    }
    List<String> all = new ArrayList<>();
    for (Cell cell : FormCells.all()) {
      if (singles.contains(cell.pointer()) || grouped.contains(cell.pointer())) {
        all.add(cell.pointer());
      }
    }
    return all;
  }
}
