package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormColumn;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code CELL-BLANK} and {@code CELL-NOT-APPLICABLE}: the cells a published report printed without
 * a number, reported in the largest parts of the form they fill, so that a report that leaves the
 * 规章 row or every 法人或其他组织 column blank gets a few findings, not dozens. Per table, for each kind of
 * mark on its own:
 *
 * <ol>
 *   <li>a table whose every cell is marked: one finding, at the table;
 *   <li>else each row of two or more cells whose every cell is marked: one finding, at the row;
 *   <li>then each column of two or more cells whose every cell is marked, unless rows found so far
 *       hold all of them: one finding, at the table, naming the column;
 *   <li>then every marked cell not in any of those: one finding, at the cell.
 * </ol>
 *
 * Rows come first since a row is an object of the contract with a pointer of its own, and the blank
 * rows of table 二 (规章 when the organ makes no rules) are the common case. A finding's related
 * pointers are the cells it covers. A report without marks costs two emptiness checks.
 */
final class MarkChecks {
  private static final List<List<Cell>> TABLES = new ArrayList<>();
  private static final List<List<List<Cell>>> ROWS = new ArrayList<>();
  private static final List<List<List<Cell>>> COLUMNS = new ArrayList<>();

  static {
    List<List<FormRow>> rows =
        Arrays.<List<FormRow>>asList(
            Arrays.<FormRow>asList(DisclosureItem.values()),
            Arrays.<FormRow>asList(ApplicationRow.values()),
            Arrays.<FormRow>asList(CaseGroup.values()));
    List<List<FormColumn>> columns =
        Arrays.<List<FormColumn>>asList(
            Arrays.<FormColumn>asList(DisclosureColumn.values()),
            Arrays.<FormColumn>asList(ApplicantColumn.values()),
            Arrays.<FormColumn>asList(CaseColumn.values()));
    for (FormTable table : FormTable.values()) {
      TABLES.add(FormCells.of(table));
      ROWS.add(groups(rows.get(table.ordinal()), null));
      COLUMNS.add(groups(null, columns.get(table.ordinal())));
    }
  }

  private MarkChecks() {}

  /** Rows or columns of two or more cells: a part of one cell is reported as that cell. */
  private static List<List<Cell>> groups(List<FormRow> rows, List<FormColumn> columns) {
    List<List<Cell>> groups = new ArrayList<>();
    int size = rows != null ? rows.size() : columns.size();
    for (int i = 0; i < size; i++) {
      List<Cell> cells =
          rows != null ? FormCells.ofRow(rows.get(i)) : FormCells.ofColumn(columns.get(i));
      if (cells.size() >= 2) {
        groups.add(cells);
      }
    }
    return groups;
  }

  static void blank(CheckContext context) {
    Set<Cell> marked = context.report().blankCells();
    if (!marked.isEmpty()) {
      group(context, marked);
    }
  }

  static void notApplicable(CheckContext context) {
    Set<Cell> marked = context.report().notApplicableCells();
    if (!marked.isEmpty()) {
      group(context, marked);
    }
  }

  /** Arguments: the place (cell, row, column or table), how many cells it has, its table. */
  private static void group(CheckContext context, Set<Cell> marked) {
    Set<Cell> covered = new HashSet<>();
    for (FormTable table : FormTable.values()) {
      List<Cell> all = TABLES.get(table.ordinal());
      if (marked.containsAll(all)) {
        context
            .violation(table.pointer())
            .variant("table")
            .related(pointers(all))
            .arguments(table.label(), all.size(), table.label())
            .add();
        continue;
      }
      for (List<Cell> row : ROWS.get(table.ordinal())) {
        if (marked.containsAll(row)) {
          FormRow form = row.get(0).row();
          context
              .violation(table.pointer() + form.pointer())
              .variant("row")
              .related(pointers(row))
              .arguments(form, row.size(), table.label())
              .add();
          covered.addAll(row);
        }
      }
      for (List<Cell> column : COLUMNS.get(table.ordinal())) {
        if (marked.containsAll(column) && !covered.containsAll(column)) {
          context
              .violation(table.pointer())
              .variant("column")
              .related(pointers(column))
              .arguments(column.get(0).column(), column.size(), table.label())
              .add();
          covered.addAll(column);
        }
      }
      for (Cell cell : all) {
        if (marked.contains(cell) && !covered.contains(cell)) {
          context.violation(cell).arguments(cell, 1, table.label()).add();
        }
      }
    }
  }

  private static List<String> pointers(List<Cell> cells) {
    String[] pointers = new String[cells.size()];
    for (int i = 0; i < pointers.length; i++) {
      pointers[i] = cells.get(i).pointer();
    }
    return ViolationBuilder.pointers(pointers);
  }
}
