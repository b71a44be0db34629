package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The end of matching: cells read twice with other numbers dropped; the cells the 2019 template
 * lacks marked blank (with IMPORT-EDITION-2019); each row of the form not found either absent
 * (blank, WARNING) when nothing else on the page could be it, or missing (ERROR), or cut off with
 * the rest of its table's end ({@link CutTables}, ERROR); each table not found, missing.
 */
final class Completion {
  private Completion() {}

  /** Whether a row was refused with a problem naming it where it was printed. */
  private static boolean refusedWhereRead(Match match, FormRow row) {
    if (match.rowsRefusedWithProblem.contains(row)) {
      return true;
    }
    String pointer = row.table().pointer() + row.pointer();
    for (Problem problem : match.problems) {
      if (problem.code() == ImportRule.IMPORT_ROW_SHAPE && problem.pointer().equals(pointer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Completes a match. {@code rowsInDoubt}: rows with numbers were not identified or refused, so a
   * row not found may be among them and is missing rather than absent.
   */
  static void complete(
      Match match,
      Set<Cell> conflicted,
      Set<FormTable> tablesSeen,
      boolean trialDisclosure,
      boolean trialOtherHandling,
      SourcePosition trialAt,
      String trialTable,
      boolean rowsInDoubt,
      Problems problems) {
    for (Cell cell : conflicted) {
      match.cells.clear(cell);
    }
    if (trialAt != null) {
      // a 2019 caption seen, in a table or on a line of one not laid out
      match.problems.add(ImportRule.IMPORT_EDITION_2019.problem(trialAt, trialTable));
    }
    if (trialDisclosure || trialOtherHandling) {
      for (Cell cell : FormCells.all()) {
        boolean disclosure = trialDisclosure && cell.table() == FormTable.PROACTIVE_DISCLOSURE;
        boolean otherHandling =
            trialOtherHandling
                && (cell.row() == ApplicationRow.CORRECTION_OVERDUE
                    || cell.row() == ApplicationRow.FEE_OVERDUE);
        // a row refused where it was printed is not the template's lack: it stays unread
        if ((disclosure || otherHandling)
            && match.cells.of(cell) == null
            && !conflicted.contains(cell)
            && !refusedWhereRead(match, cell.row())) {
          match.cells.set(
              new ReadCell(cell, BigDecimal.ZERO, CellMark.BLANK, "", SourcePosition.UNKNOWN));
        }
      }
    }
    Set<FormRow> missing = new java.util.LinkedHashSet<>();
    // with every cell read (a report read whole), none is missing: the form's 200 are not walked
    if (match.cells.size() < FormCells.SIZE) {
      for (Cell cell : FormCells.all()) {
        if (match.cells.of(cell) == null && !conflicted.contains(cell)) {
          missing.add(cell.row());
        }
      }
    }
    Set<FormRow> cut = CutTables.cut(match, conflicted, tablesSeen, missing, rowsInDoubt, problems);
    for (FormRow row : missing) {
      String pointer = row.table().pointer() + row.pointer();
      if (!tablesSeen.contains(row.table())
          || match.rowsRefusedWithProblem.contains(row)
          || cut.contains(row)) {
        // one fault, one problem: a refused row's own names it where it was read
        continue;
      }
      if (rowsInDoubt
          || match.refusedRows.contains(row)
          || row.table() == FormTable.RECONSIDERATION_AND_LITIGATION) {
        problems.add(
            ImportRule.IMPORT_ROW_MISSING, SourcePosition.UNKNOWN, pointer, row.label().zh());
        continue;
      }
      problems.add(ImportRule.IMPORT_ROW_ABSENT, SourcePosition.UNKNOWN, pointer, row.label().zh());
      for (Cell cell : FormCells.all()) {
        if (cell.row() == row) {
          match.cells.set(
              new ReadCell(cell, BigDecimal.ZERO, CellMark.BLANK, "", SourcePosition.UNKNOWN));
        }
      }
    }
    for (FormTable table : FormTable.values()) {
      if (!tablesSeen.contains(table) && !refusedIn(match, table)) {
        problems.add(
            ImportRule.IMPORT_TABLE_MISSING,
            SourcePosition.UNKNOWN,
            table.pointer(),
            table.label().zh());
      }
    }
  }

  /** Whether a row of the table was found and refused with its own problem: the table was seen. */
  private static boolean refusedIn(Match match, FormTable table) {
    for (FormRow row : match.rowsRefusedWithProblem) {
      if (row.table() == table) {
        return true;
      }
    }
    return false;
  }
}
