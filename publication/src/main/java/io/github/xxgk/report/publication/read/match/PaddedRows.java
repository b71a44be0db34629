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

  /** By the column of a row's last text: the furthest value cell after it that is not blank. */
  private final Map<Integer, Integer> furthestValue = new HashMap<>();

  PaddedRows(List<List<Grid.Entry>> rows) {
    for (List<Grid.Entry> row : rows) {
      int lastText = -1;
      for (int i = row.size() - 1; i >= 0 && lastText < 0; i--) {
        if (row.get(i).text.kind == CellText.Kind.TEXT) {
          lastText = i;
        }
      }
      int furthest = 0;
      for (int i = lastText + 1; i < row.size(); i++) {
        if (row.get(i).text.kind != CellText.Kind.BLANK) {
          furthest = i - lastText;
        }
      }
      furthestValue.merge(lastText, furthest, Math::max);
    }
  }

  /**
   * How many of a table-三 row's value cells are its own: {@code entries.size()} unless the row has
   * more than seven and every one past the seventh is blank padding (see the class comment).
   */
  int values(int caption, List<Grid.Entry> entries) {
    if (entries.size() <= VALUES || furthestValue.getOrDefault(caption, 0) > VALUES) {
      return entries.size();
    }
    for (int i = VALUES; i < entries.size(); i++) {
      if (entries.get(i).text.kind != CellText.Kind.BLANK || entries.get(i).fromAbove) {
        return entries.size();
      }
    }
    return VALUES;
  }
}
