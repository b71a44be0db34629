package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceCell;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the form found in a document, as {@link TableRows} recognises them: their value cells
 * are taken in the order the printed header gives, read ({@link ValueCells}) and put into the
 * match, once a row; a row read twice is compared, and refused when it differs. It keeps what the
 * end of matching ({@link Completion}) needs: the cells refused, the tables seen, whether a row may
 * be missing because one could not be read, and the 2019 template's captions seen. Problems are
 * bounded here ({@link FormMatcher#MAX_PROBLEMS}).
 */
final class FormRows {
  final Match match = new Match();

  /** Where the parts of the matcher add their problems: {@link #problem}, made once. */
  final Problems problems = this::problem;

  /**
   * The rows of the form read, with where each was read first: sized for the form's 34 rows, which
   * a report read whole puts, so that the map is not grown twice a read.
   */
  private final Map<FormRow, SourceCell> rowAt = new HashMap<>(64);

  private final Set<Cell> conflicted = new HashSet<>();
  private final Set<FormTable> tablesSeen = EnumSet.noneOf(FormTable.class);

  /** Whether a row with numbers was not identified, or could not be split: any row may be it. */
  boolean unknownRows;

  private boolean shapeErrors;
  boolean trialDisclosure;
  boolean trialOtherHandling;
  private SourcePosition trialAt;

  /** The table where the 2019 template was seen first: its JSON pointer. */
  private String trialTable = "";

  /** How many rows of the form were read. */
  int read() {
    return rowAt.size();
  }

  /** A row of table 三, its value cells {@code row[from..]} in the order of the header printed. */
  void applicationRow(
      ApplicationRow formRow,
      Grid.Entry caption,
      List<Grid.Entry> row,
      int from,
      ApplicantHeader header) {
    int values = row.size() - from;
    if (values != ApplicantColumn.values().length) {
      shape(formRow, caption.cell.position(), ApplicantColumn.values().length, values);
      return;
    }
    List<Cell> targets = header.targets(formRow, problems);
    if (targets == null) {
      // No order can be trusted: the row is refused (said once for the whole header).
      tablesSeen.add(FormTable.APPLICATIONS);
      conflicted.addAll(FormCells.ofRow(formRow));
      return;
    }
    put(formRow, caption.cell, targets, row, from);
  }

  /** A row of table 二, its value cells {@code row[from..]} under the header printed (or none). */
  void disclosureRow(
      DisclosureItem item,
      Grid.Entry caption,
      List<Grid.Entry> row,
      int from,
      List<Object> header) {
    int values = row.size() - from;
    if (header != null && values > header.size() && blankFrom(row, from + header.size())) {
      // blank cells past the header's captions pad the row to the table's width ("行政许可 | 0 | ||"
      // under "信息内容 | 本年处理决定数量 | ||"): they stand under no column of the form
      values = header.size();
    } else if (header != null && header.size() == 1 && values > 1) {
      // one caption over a row of one value printed in one of several cells, the others blank
      // ("行政许可 | | 782 |" under "信息内容 | 本年处理决定数量" spanning them): that cell is the value
      int printed = onlyPrinted(row, from);
      if (printed >= 0) {
        from = printed;
        values = 1;
      }
    }
    List<Cell> targets = DisclosureColumns.targets(item, header, values, problems);
    if (targets == null) {
      shape(item, caption.cell.position(), item.columns().size(), values);
      return;
    }
    put(item, caption.cell, targets, row, from);
  }

  /**
   * The one cell of {@code row[from..]} printed with anything, when every other is printed blank in
   * its own row; -1 otherwise.
   */
  private static int onlyPrinted(List<Grid.Entry> row, int from) {
    int printed = -1;
    for (int i = from; i < row.size(); i++) {
      if (row.get(i).fromAbove) {
        return -1;
      }
      if (row.get(i).text.kind != CellText.Kind.BLANK) {
        if (printed >= 0) {
          return -1;
        }
        printed = i;
      }
    }
    return printed;
  }

  /** Whether every cell of {@code row[from..]} is printed blank in its own row. */
  private static boolean blankFrom(List<Grid.Entry> row, int from) {
    for (int i = from; i < row.size(); i++) {
      if (row.get(i).text.kind != CellText.Kind.BLANK || row.get(i).fromAbove) {
        return false;
      }
    }
    return true;
  }

  /** Rows of table 四, one a group, their value cells {@code row[from..]} in the groups' order. */
  void caseRow(
      List<CaseGroup> groups, SourceCell at, List<Grid.Entry> row, int from, CaseHeader header) {
    if (header.contradicts()) {
      tablesSeen.add(FormTable.RECONSIDERATION_AND_LITIGATION);
      header.tell(problems);
      for (CaseGroup group : groups) {
        for (CaseColumn column : CaseColumn.values()) {
          conflicted.add(FormCells.cases(group, column));
        }
      }
      return;
    }
    int expected = groups.size() * CaseColumn.values().length;
    if (row.size() - from != expected) {
      shape(groups.get(0), at.position(), expected, row.size() - from);
      return;
    }
    int i = from;
    for (CaseGroup group : groups) {
      List<Cell> targets = new ArrayList<>();
      for (CaseColumn column : CaseColumn.values()) {
        targets.add(FormCells.cases(group, column));
      }
      put(group, at, targets, row, i);
      i += targets.size();
    }
  }

  /**
   * Puts the cells read of a form's row: {@code targets[i]} from {@code entries[from + i]}; {@code
   * at}: the cell where the row is printed (its position made only for a problem).
   */
  private void put(
      FormRow row, SourceCell at, List<Cell> targets, List<Grid.Entry> entries, int from) {
    tablesSeen.add(row.table());
    boolean repeated = rowAt.containsKey(row);
    // a row read the first time goes straight into the match; a repeated one is compared first
    List<ReadCell> read = repeated ? new ArrayList<>() : null;
    for (int i = 0; i < targets.size(); i++) {
      Cell cell = targets.get(i);
      if (cell == null) {
        continue;
      }
      Grid.Entry entry = entries.get(from + i);
      ReadCell value = ValueCells.read(cell, entry, entry.text, problems);
      if (value == null) {
        conflicted.add(cell);
      } else if (repeated) {
        read.add(value);
      } else {
        match.cells.set(value);
      }
    }
    if (repeated) {
      boolean same = true;
      for (ReadCell value : read) {
        ReadCell before = match.cells.of(value.cell());
        same &= before != null && before.sameAs(value);
      }
      if (same) {
        problem(
            ImportRule.IMPORT_ROW_REPEATED,
            at.position(),
            row.table().pointer() + row.pointer(),
            rowAt.get(row).position().toString());
      } else {
        problem(
            ImportRule.IMPORT_ROW_DUPLICATE,
            at.position(),
            row.table().pointer() + row.pointer(),
            rowAt.get(row).position().toString());
        for (Cell cell : targets) {
          if (cell != null) {
            conflicted.add(cell);
          }
        }
      }
      return;
    }
    rowAt.put(row, at);
  }

  /**
   * A caption of the 2019 template seen in {@code table}: the edition is 2019, told where it was
   * seen first.
   */
  void trial(SourcePosition at, FormTable table) {
    match.edition = Edition.V2019;
    if (trialAt == null) {
      trialAt = at;
      trialTable = table.pointer();
    }
  }

  /** A row of the form printed with another number of value cells than it has. */
  void shape(FormRow row, SourcePosition at, int expected, int found) {
    shapeErrors = true;
    problem(
        ImportRule.IMPORT_ROW_SHAPE,
        at,
        row.table().pointer() + row.pointer(),
        row.label().zh(),
        expected,
        found);
  }

  /** A table 四 row of values alone as wide as no group or groups of the form. */
  void caseShape(SourcePosition at, int found) {
    shapeErrors = true;
    problem(
        ImportRule.IMPORT_ROW_SHAPE,
        at,
        FormTable.RECONSIDERATION_AND_LITIGATION.pointer(),
        "",
        CaseGroup.values().length * CaseColumn.values().length,
        found);
  }

  /** A caption read as the form's {@code target} though printed otherwise: an INFO. */
  void labelVariant(Grid.Entry printed, Object target) {
    problem(
        ImportRule.IMPORT_LABEL_VARIANT,
        printed.cell.position(),
        "",
        Normalizer.printed(printed.cell.text()),
        LabelIndex.caption(target));
  }

  void problem(ImportRule rule, SourcePosition at, String pointer, Object... arguments) {
    int max = FormMatcher.MAX_PROBLEMS;
    if (match.problems.size() < max) {
      match.problems.add(rule.problem(at, pointer, arguments));
    } else if (match.problems.size() == max) {
      // A hostile page can hold a million broken rows; the list stays small and says it stopped.
      match.problems.add(ImportRule.IMPORT_PROBLEMS_TRUNCATED.problem(at, "", max));
    }
  }

  /** The end of matching ({@link Completion}). */
  void finish() {
    Completion.complete(
        match,
        conflicted,
        tablesSeen,
        trialDisclosure,
        trialOtherHandling,
        trialAt,
        trialTable,
        unknownRows || shapeErrors,
        problems);
  }
}
