package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A table with its spans laid out: each row lists, left to right, the cells that cover it, each
 * once, marked when it reaches down from a row above. This is how a merged label (三、本年度办理结果 over 22
 * rows) or a merged value (one 0 over three sub-rows) is seen from every row it covers.
 */
final class Grid {
  /**
   * A cell as seen from one row: what it holds (the entry is a {@link CellText}, so that a cell is
   * one object however many a copied table has), where it stands, and whether it comes from above.
   */
  static final class Entry extends CellText {
    final SourceCell cell;

    /** Whether the cell starts in a row above and reaches down into this one. */
    final boolean fromAbove;

    final int column;

    /**
     * What the cell holds, read once for every row the cell spans: this entry itself in the row
     * where the cell starts, that row's entry in the rows it reaches down to (which shares the
     * captions folded there).
     */
    final CellText text;

    /** The cell in the row where it starts, its text read. */
    Entry(SourceCell cell, int column) {
      super(cell.text());
      this.cell = cell;
      this.fromAbove = false;
      this.column = column;
      this.text = this;
    }

    /** The cell of {@code above} reaching down into a row below, at {@code column}. */
    Entry(Entry above, int column) {
      super(above.text);
      this.cell = above.cell;
      this.fromAbove = true;
      this.column = column;
      this.text = above.text;
    }
  }

  /** No table of the form is wider than 20 columns; wider spans are page layout or hostile. */
  private static final int MAX_COLUMNS = 256;

  private Grid() {}

  static List<List<Entry>> rows(SourceTable table) {
    List<List<SourceCell>> rows = table.rows();
    List<List<Entry>> out = new ArrayList<>(rows.size());
    // By column: the cell reaching down into it, and how many more rows it covers. Cells are only
    // placed left of MAX_COLUMNS, so the arrays cover every column that can hold one. They are made
    // with the first cell that spans rows: copied text and most tables have none.
    Entry[] reaching = null;
    int[] remaining = null;
    int lastReaching = -1;
    // the rightmost column a cell ever reached down from: no column right of it needs looking at
    int widestReach = -1;
    for (List<SourceCell> row : rows) {
      List<Entry> entries = new ArrayList<>(row.size());
      int column = 0;
      int next = 0;
      // Columns right of the one being filled are not changed while a row is laid out, so the
      // rightmost column still reached from above is known at the row's start.
      int reachedUpTo = lastReaching;
      while (next < row.size() || column <= reachedUpTo) {
        if (column <= reachedUpTo && remaining[column] > 0) {
          Entry above = reaching[column];
          entries.add(new Entry(above, column));
          remaining[column]--;
          column += Math.min(above.cell.columnSpan(), MAX_COLUMNS);
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
        Entry entry = new Entry(cell, column);
        entries.add(entry);
        int span = Math.min(cell.columnSpan(), MAX_COLUMNS - column);
        if (cell.rowSpan() > 1) {
          if (reaching == null) {
            reaching = new Entry[MAX_COLUMNS];
            remaining = new int[MAX_COLUMNS];
          }
          reaching[column] = entry;
          remaining[column] = Math.min(cell.rowSpan() - 1, rows.size());
          widestReach = Math.max(widestReach, column);
        }
        column += Math.max(1, span);
      }
      lastReaching = -1;
      for (int c = widestReach; c >= 0 && lastReaching < 0; c--) {
        if (remaining[c] > 0) {
          lastReaching = c;
        }
      }
      out.add(entries);
    }
    return out;
  }

  /**
   * Whether the row prints nothing of its own: every cell it holds is blank, and the rest reach
   * into it from above (a boundary in one column only, such as a shaded cell's edge, makes a grid
   * row of the spanning cells beside it). What they print was read in their first row; taken again,
   * a caption and values from above would be a row of numbers under no caption of its own.
   */
  static boolean nothingOfItsOwn(List<Entry> row) {
    boolean above = false;
    for (Entry entry : row) {
      if (entry.fromAbove) {
        above = true;
      } else if (entry.text.kind != CellText.Kind.BLANK) {
        return false;
      }
    }
    return above;
  }
}
