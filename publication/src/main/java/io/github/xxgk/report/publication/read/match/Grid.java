package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table with its spans laid out: each row lists, left to right, the cells that cover it, each
 * once, marked when it reaches down from a row above. This is how a merged label (三、本年度办理结果
 * over 22 rows) or a merged value (one 0 over three sub-rows) is seen from every row it covers.
 */
final class Grid {
  /** A cell as seen from one row. */
  static final class Entry {
    final SourceCell cell;
    /** Whether the cell starts in a row above and reaches down into this one. */
    final boolean fromAbove;
    final int column;

    Entry(SourceCell cell, boolean fromAbove, int column) {
      this.cell = cell;
      this.fromAbove = fromAbove;
      this.column = column;
    }
  }

  /** No table of the form is wider than 20 columns; wider spans are page layout or hostile. */
  private static final int MAX_COLUMNS = 256;

  private Grid() {}

  static List<List<Entry>> rows(SourceTable table) {
    List<List<SourceCell>> rows = table.rows();
    List<List<Entry>> out = new ArrayList<>(rows.size());
    // column -> the cell reaching down into it, and how many more rows it covers
    Map<Integer, SourceCell> reaching = new HashMap<>();
    Map<Integer, Integer> remaining = new HashMap<>();
    for (List<SourceCell> row : rows) {
      List<Entry> entries = new ArrayList<>();
      int column = 0;
      int next = 0;
      while (next < row.size() || hasReaching(remaining, column)) {
        Integer left = remaining.get(column);
        if (left != null && left > 0) {
          SourceCell above = reaching.get(column);
          entries.add(new Entry(above, true, column));
          remaining.put(column, left - 1);
          column += Math.min(above.columnSpan(), MAX_COLUMNS);
          continue;
        }
        if (next >= row.size() || column >= MAX_COLUMNS) {
          column++;
          if (column > MAX_COLUMNS) {
            break;
          }
          continue;
        }
        SourceCell cell = row.get(next++);
        entries.add(new Entry(cell, false, column));
        int span = Math.min(cell.columnSpan(), MAX_COLUMNS - column);
        if (cell.rowSpan() > 1) {
          int rowsLeft = Math.min(cell.rowSpan() - 1, rows.size());
          reaching.put(column, cell);
          remaining.put(column, rowsLeft);
        }
        column += Math.max(1, span);
      }
      for (Map.Entry<Integer, Integer> left : remaining.entrySet()) {
        if (left.getValue() <= 0) {
          reaching.remove(left.getKey());
        }
      }
      remaining.values().removeIf(v -> v <= 0);
      out.add(entries);
    }
    return out;
  }

  private static boolean hasReaching(Map<Integer, Integer> remaining, int column) {
    for (Map.Entry<Integer, Integer> left : remaining.entrySet()) {
      if (left.getKey() >= column && left.getValue() > 0) {
        return true;
      }
    }
    return false;
  }
}
