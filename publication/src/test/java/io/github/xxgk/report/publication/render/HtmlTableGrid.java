package io.github.xxgk.report.publication.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A test's own reader of an HTML table: it places every {@code th} and {@code td} on the grid by
 * the HTML table model (each cell takes the next column that no earlier rowspan covers). It knows
 * nothing of the form, so a test can compare what it reads with positions it states itself.
 */
final class HtmlTableGrid {
  /** A cell of the table and the rectangle it covers. */
  static final class Placed {
    final Element element;
    final int row;
    final int column;
    final int rowSpan;
    final int columnSpan;

    Placed(Element element, int row, int column, int rowSpan, int columnSpan) {
      this.element = element;
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.columnSpan = columnSpan;
    }
  }

  final List<Placed> cells = new ArrayList<>();
  private final Map<Long, Placed> byTopLeft = new HashMap<>();
  int rows;
  int columns;

  HtmlTableGrid(Element table) {
    List<boolean[]> taken = new ArrayList<>();
    int r = 0;
    for (Element tr : table.select("> tbody > tr, > thead > tr, > tr")) {
      int c = 0;
      for (Element cell : tr.children()) {
        if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
          continue;
        }
        int rowSpan = span(cell, "rowspan");
        int columnSpan = span(cell, "colspan");
        while (taken(taken, r, c)) {
          c++;
        }
        for (int i = r; i < r + rowSpan; i++) {
          for (int j = c; j < c + columnSpan; j++) {
            while (taken.size() <= i) {
              taken.add(new boolean[64]);
            }
            if (taken.get(i)[j]) {
              throw new AssertionError("cells overlap at " + i + "," + j + ": " + cell);
            }
            taken.get(i)[j] = true;
          }
        }
        Placed placed = new Placed(cell, r, c, rowSpan, columnSpan);
        cells.add(placed);
        byTopLeft.put(key(r, c), placed);
        columns = Math.max(columns, c + columnSpan);
        c += columnSpan;
      }
      r++;
    }
    rows = Math.max(r, taken.size());
  }

  /** The cell whose top-left corner is at a grid position, or null. */
  Placed at(int row, int column) {
    return byTopLeft.get(key(row, column));
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }

  private static boolean taken(List<boolean[]> taken, int r, int c) {
    return r < taken.size() && taken.get(r)[c];
  }

  private static int span(Element cell, String attribute) {
    String value = cell.attr(attribute);
    return value.isEmpty() ? 1 : Integer.parseInt(value);
  }
}
