package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a table cut short by the copy from a report that leaves a row out. A report leaves out a
 * row here and there (table 二's 规章, table 三's （六）2 and 3) and prints the rest of its table; a copy
 * that stops inside a table, or loses the second half of a table split at a page break, leaves out
 * the table's end. So the rows not printed after the last row printed of a table are cut off, not
 * absent, when they are several, or when no later table of the form was read (the document ends in
 * the table): one IMPORT-TABLE-CUT, an ERROR, where the table stops, instead of an absent row's
 * blank cells for each. One row missing at the end of a table followed by the later tables stays
 * absent: nothing in the source tells it from a row left out.
 */
final class CutTables {
  private CutTables() {}

  /**
   * Reports each table whose end is cut off and returns its rows that were not printed, which are
   * then neither absent nor missing. Rows in doubt (other rows could not be identified) are
   * missing, never cut: the end of the table may be among them.
   */
  static Set<FormRow> cut(
      Match match,
      Set<Cell> conflicted,
      Set<FormTable> tablesSeen,
      Set<FormRow> missing,
      boolean rowsInDoubt,
      Problems problems) {
    if (rowsInDoubt || missing.isEmpty()) {
      return Collections.emptySet();
    }
    Set<FormRow> cut = new LinkedHashSet<>();
    for (FormTable table : FormTable.values()) {
      if (!tablesSeen.contains(table) || table == FormTable.RECONSIDERATION_AND_LITIGATION) {
        // table 四's rows are never absent: a row not read there is missing already
        continue;
      }
      List<FormRow> rows = rows(table);
      int last = rows.size() - 1;
      while (last >= 0 && !printed(rows.get(last), match, conflicted, missing)) {
        last--;
      }
      List<FormRow> tail = rows.subList(last + 1, rows.size());
      if (tail.isEmpty() || (tail.size() == 1 && laterTableSeen(table, tablesSeen))) {
        continue;
      }
      problems.add(
          ImportRule.IMPORT_TABLE_CUT,
          lastReadAt(rows.subList(0, last + 1), match),
          table.pointer() + tail.get(0).pointer(),
          table.label().zh(),
          tail.size(),
          tail.get(0).label().zh());
      cut.addAll(tail);
    }
    return cut;
  }

  /** The table's rows in the form's order. */
  private static List<FormRow> rows(FormTable table) {
    Set<FormRow> rows = new LinkedHashSet<>();
    for (Cell cell : FormCells.of(table)) {
      rows.add(cell.row());
    }
    return new ArrayList<>(rows);
  }

  /** Whether the source printed the row: a cell of it was read, or it was read and refused. */
  private static boolean printed(
      FormRow row, Match match, Set<Cell> conflicted, Set<FormRow> missing) {
    if (!missing.contains(row)
        || match.refusedRows.contains(row)
        || match.rowsRefusedWithProblem.contains(row)) {
      return true;
    }
    for (Cell cell : FormCells.ofRow(row)) {
      if (match.cells.of(cell) != null || conflicted.contains(cell)) {
        return true;
      }
    }
    return false;
  }

  private static boolean laterTableSeen(FormTable table, Set<FormTable> tablesSeen) {
    for (FormTable seen : tablesSeen) {
      if (seen.ordinal() > table.ordinal()) {
        return true;
      }
    }
    return false;
  }

  /** Where the last cell of the table's printed rows was read: where the table stops. */
  private static SourcePosition lastReadAt(List<FormRow> printed, Match match) {
    SourcePosition at = SourcePosition.UNKNOWN;
    for (FormRow row : printed) {
      for (Cell cell : FormCells.ofRow(row)) {
        ReadCell read = match.cells.of(cell);
        if (read != null && read.position().isKnown()) {
          at = read.position();
        }
      }
    }
    return at;
  }
}
