package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaperTest {

  @Test
  void everyValueCellIsPrintedOnceAndEveryGridPositionIsCoveredOnce() {
    Set<Cell> printed = new HashSet<>();
    for (PaperTable table : Paper.tables()) {
      int[][] cover = new int[table.rowCount()][table.columnCount()];
      for (PaperCell cell : table.cells()) {
        for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
          for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
            cover[r][c]++;
          }
        }
        cell.cell().ifPresent(value -> assertTrue(printed.add(value), value.pointer()));
        assertEquals(cell.kind() == PaperCell.Kind.VALUE, cell.cell().isPresent(), cell.toString());
        assertEquals(
            cell.kind() != PaperCell.Kind.VALUE, cell.label().isPresent(), cell.toString());
      }
      for (int[] row : cover) {
        for (int n : row) {
          assertEquals(1, n, table.table().toString());
        }
      }
      for (Cell cell : FormCells.of(table.table())) {
        assertEquals(cell, table.valueOf(cell).cell().get());
      }
    }
    assertEquals(FormCells.SIZE, printed.size());
  }

  @Test
  void theCaptionsAroundEachValueAreItsRowAndColumnCaptions() {
    for (PaperTable table : Paper.tables()) {
      for (Cell cell : FormCells.of(table.table())) {
        PaperCell paper = table.valueOf(cell);
        Set<Label> around = new HashSet<>();
        for (PaperCell caption : table.headersOf(paper)) {
          around.add(caption.label().get());
        }
        for (PaperCell caption : table.rowLabelsOf(paper)) {
          around.add(caption.label().get());
        }
        around.remove(PaperLayouts.APPLICANTS);
        Set<Label> expected = new HashSet<>(cell.rowLabels());
        expected.addAll(cell.columnLabels());
        assertEquals(expected, around, cell.pointer());
      }
    }
  }

  @Test
  void tableThreeIsPrintedUnderAThreeRowHeaderWithItsNoteInTheCorner() {
    PaperTable table = Paper.table(FormTable.APPLICATIONS);
    assertEquals(3 + 25, table.rowCount());
    assertEquals(3 + 7, table.columnCount());
    PaperCell note = table.rows().get(0).get(0);
    assertEquals(PaperCell.Kind.NOTE, note.kind());
    assertEquals(3, note.rowSpan());
    assertEquals(3, note.columnSpan());
    assertEquals(Paper.balanceNote(), table.note().get());
    assertEquals("申请人情况", table.rows().get(0).get(1).label().get().zh());
    assertEquals(7, table.rows().get(0).get(1).columnSpan());
    PaperCell secret =
        table.valueOf(
            FormCells.applications(ApplicationRow.STATE_SECRET, ApplicantColumn.NATURAL_PERSON));
    assertEquals(7, secret.row());
    assertEquals(3, secret.column());
    List<String> labels = new ArrayList<>();
    for (PaperCell label : table.rowLabelsOf(secret)) {
      labels.add(label.label().get().zh() + "/" + label.rowSpan());
    }
    assertEquals(java.util.Arrays.asList("三、本年度办理结果/22", "（三）不予公开/8", "1.属于国家秘密/1"), labels);
    PaperCell total =
        table.valueOf(
            FormCells.applications(
                ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, ApplicantColumn.TOTAL));
    assertEquals(27, total.row());
    assertEquals(9, total.column());
    assertEquals(3, table.rows().get(27).get(0).columnSpan());
    for (int r = 0; r < table.rowCount(); r++) {
      assertEquals(r < 3, table.isHeaderRow(r), "row " + r);
    }
  }

  @Test
  void tableFourIsOneRowOfFifteenValuesUnderThreeHeaderRows() {
    PaperTable table = Paper.table(FormTable.RECONSIDERATION_AND_LITIGATION);
    assertEquals(4, table.rowCount());
    assertEquals(15, table.columnCount());
    assertEquals(15, table.rows().get(3).size());
    assertEquals(5, table.rows().get(0).get(0).columnSpan());
    assertEquals("行政诉讼", table.rows().get(0).get(1).label().get().zh());
    assertEquals(10, table.rows().get(0).get(1).columnSpan());
    assertEquals(2, table.rows().get(1).get(0).rowSpan());
    PaperCell pending =
        table.valueOf(
            FormCells.cases(CaseGroup.LITIGATION_AFTER_RECONSIDERATION, CaseColumn.PENDING));
    assertEquals(3, pending.row());
    assertEquals(13, pending.column());
    assertTrue(table.rowLabelsOf(pending).isEmpty());
    assertTrue(!table.note().isPresent());
  }

  @Test
  void tableTwoIsFourBlocksEachWithItsCaptionAndColumnHeaders() {
    PaperTable table = Paper.table(FormTable.PROACTIVE_DISCLOSURE);
    assertEquals(4 * 2 + 6, table.rowCount());
    assertEquals(4, table.columnCount());
    int headerRows = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      headerRows += table.isHeaderRow(r) ? 1 : 0;
    }
    assertEquals(8, headerRows);
    PaperCell fee =
        table.valueOf(FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN));
    assertEquals(13, fee.row());
    assertEquals(1, fee.column());
    assertEquals(3, fee.columnSpan());
    List<String> headers = new ArrayList<>();
    for (PaperCell header : table.headersOf(fee)) {
      headers.add(header.label().get().zh());
    }
    assertEquals(java.util.Arrays.asList("第二十条第（八）项", "本年收费金额（单位：万元）"), headers);
    assertThrows(
        IllegalArgumentException.class,
        () -> table.valueOf(FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.TOTAL)));
  }

  @Test
  void titleAndDateAreWrittenAsTheReportPrintsThem() {
    assertEquals("2024年政府信息公开工作年度报告", Paper.title(2024).zh());
    assertEquals("2025年1月13日", Paper.date(LocalDate.of(2025, 1, 13)).zh());
    assertEquals("2025-01-13", Paper.date(LocalDate.of(2025, 1, 13)).en());
  }
}
