package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Empty cells that pad the rows of a table 三 to the table's width: a converter that puts a caption
 * spanning two caption columns ("一、本年新收…" over "三、" and "（一）予以公开") into the first one leaves the
 * row's seven values followed by an empty cell ("| 一、本年新收… | 32 | 2 | 0 | 0 | 0 | 0 | 34 | |").
 * Such a row is read as its seven values only when the blank cannot be a value: no row of the same
 * table captioned in the same column holds anything in the columns after its seventh value. Where
 * one does, the blank is a cell of that column, and the row keeps its shape error.
 */
final class PaddedRows {
  private static final int VALUES = ApplicantColumn.values().length;

  private final List<List<Grid.Entry>> rows;

  /**
   * By the column of a row's caption (its last text before a number): the furthest cell after it
   * that is not blank. Worked out only when a row has more cells than seven.
   */
  private Map<Integer, Integer> furthest;

  /** See {@link #unpaddedWidth()}; -1 until worked out. */
  private int unpaddedWidth = -1;

  PaddedRows(List<List<Grid.Entry>> rows) {
    this.rows = rows;
  }

  private Map<Integer, Integer> furthest() {
    if (furthest == null) {
      furthest = new HashMap<>();
      for (List<Grid.Entry> row : rows) {
        int caption = -1;
        for (int i = 0; i < row.size() && row.get(i).text.kind != CellText.Kind.NUMBER; i++) {
          if (row.get(i).text.kind == CellText.Kind.TEXT) {
            caption = i;
          }
        }
        int last = 0;
        for (int i = caption + 1; i < row.size(); i++) {
          if (row.get(i).text.kind != CellText.Kind.BLANK) {
            last = i - caption;
          }
        }
        furthest.merge(caption, last, Math::max);
      }
    }
    return furthest;
  }

  /**
   * How many of a table-三 row's value cells ({@code row[from..]}) are its own: all of them unless
   * the row has more than seven and every one past the seventh is blank padding (see the class
   * comment).
   */
  int values(int caption, List<Grid.Entry> row, int from) {
    int values = row.size() - from;
    if (values <= VALUES) {
      return values;
    }
    for (int i = from + VALUES; i < row.size(); i++) {
      if (row.get(i).text.kind != CellText.Kind.BLANK || row.get(i).fromAbove) {
        return values;
      }
    }
    if (width(row) > unpaddedWidth()) {
      // wider than every row of seven values or fewer: a cell too many (a stray number, a value
      // printed twice) before a blank total, not a converter's padding, which keeps the table's
      // width
      return values;
    }
    return furthest().getOrDefault(caption, 0) > VALUES ? values : VALUES;
  }

  /** The columns a laid-out row reaches to. */
  private static int width(List<Grid.Entry> row) {
    if (row.isEmpty()) {
      return 0;
    }
    Grid.Entry last = row.get(row.size() - 1);
    return last.column + Math.max(1, last.cell.columnSpan());
  }

  /**
   * The width of the widest row with at most seven cells after its caption (headers included), or
   * no limit when every row has more. Worked out only when a row has more cells than seven.
   */
  private int unpaddedWidth() {
    if (unpaddedWidth < 0) {
      int widest = 0;
      boolean any = false;
      for (List<Grid.Entry> row : rows) {
        int caption = -1;
        for (int i = 0; i < row.size() && row.get(i).text.kind != CellText.Kind.NUMBER; i++) {
          if (row.get(i).text.kind == CellText.Kind.TEXT) {
            caption = i;
          }
        }
        if (row.size() - caption - 1 <= VALUES) {
          widest = Math.max(widest, width(row));
          any = true;
        }
      }
      unpaddedWidth = any ? widest : Integer.MAX_VALUE;
    }
    return unpaddedWidth;
  }
}
