package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Header rows repeated atop the next page's part of a table (Word's "repeat as header row"), when
 * fewer rows repeat than a header cell spans: the cell is cut to the rows repeated, and Writer sets
 * the text it no longer holds below it, over the first row of the body ("（本列数据的勾稽关系为：…第四项" in the
 * repeat, "之 和 ）" over the captions below; "自然人" and "总计", which spanned the header's third row,
 * over the first row's values). Such rows are the header again, page furniture: each of their cells
 * prints what the header's cell in the same columns prints, or its beginning, or nothing, and one
 * at least prints it whole. What the cut cells no longer hold is taken off the first row below, in
 * the same columns and in order; when it is not found there whole, or holds a digit (it could be
 * taken off a value), the rows are not taken for a repeated header and the part is read as printed.
 */
final class RepeatedHeaders {
  /** Cells' edges may differ by this much (points) between the two parts. */
  private static final float SAME_EDGE = 6f;

  private RepeatedHeaders() {}

  /**
   * How many rows at the top of {@code below} repeat the top rows of {@code above}, some of their
   * cells cut short; 0 when none do. The text the cut cells lost is taken off the row below them.
   */
  static int cut(RawTable above, RawTable below) {
    List<Object[]> lost = new ArrayList<>();
    // the cells of each part by row, so that a hostile table of many cells costs a row's width
    List<List<RawTable.RawCell>> aboveRows = byRow(above);
    List<List<RawTable.RawCell>> belowRows = byRow(below);
    int repeated = 0;
    while (repeated < below.rows - 1 && repeated < above.rows - 1) {
      List<Object[]> rowLost = new ArrayList<>();
      if (!repeats(aboveRows.get(repeated), belowRows.get(repeated), rowLost)) {
        break;
      }
      lost.addAll(rowLost);
      repeated++;
    }
    if (repeated == 0 || lost.isEmpty()) {
      return 0;
    }
    List<RawTable.RawCell> first = new ArrayList<>(belowRows.get(repeated));
    first.sort((a, b) -> Float.compare(a.left, b.left));
    String[] texts = new String[first.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = first.get(i).text;
    }
    for (Object[] part : lost) {
      if (!takeOff((RawTable.RawCell) part[0], (String) part[1], first, texts)) {
        return 0;
      }
    }
    for (int i = 0; i < texts.length; i++) {
      first.get(i).text = tidy(texts[i]);
    }
    return repeated;
  }

  /** The cells of a part, by the row they start in. */
  private static List<List<RawTable.RawCell>> byRow(RawTable table) {
    List<List<RawTable.RawCell>> rows = new ArrayList<>(table.rows);
    for (int r = 0; r < table.rows; r++) {
      rows.add(new ArrayList<>());
    }
    for (RawTable.RawCell cell : table.cells) {
      if (cell.row >= 0 && cell.row < table.rows) {
        rows.get(cell.row).add(cell);
      }
    }
    return rows;
  }

  /**
   * Whether the cells {@code below} of a row repeat the cells {@code above} of the same row; the
   * text each cut cell lost goes to {@code lost} as {above's cell, the text}.
   */
  private static boolean repeats(
      List<RawTable.RawCell> above, List<RawTable.RawCell> below, List<Object[]> lost) {
    int whole = 0;
    for (RawTable.RawCell cell : below) {
      RawTable.RawCell header = sameCell(above, cell);
      if (header == null) {
        return false;
      }
      String printed = compact(cell.text);
      String full = compact(header.text);
      if (printed.equals(full)) {
        whole += printed.isEmpty() ? 0 : 1;
      } else if (full.startsWith(printed)) {
        lost.add(new Object[] {header, full.substring(printed.length())});
      } else {
        return false;
      }
    }
    return whole > 0;
  }

  private static RawTable.RawCell sameCell(List<RawTable.RawCell> above, RawTable.RawCell cell) {
    for (RawTable.RawCell header : above) {
      if (Math.abs(header.left - cell.left) <= SAME_EDGE
          && Math.abs(header.right - cell.right) <= SAME_EDGE) {
        return header;
      }
    }
    return null;
  }

  /**
   * Takes the characters of {@code text} off the texts of the cells under {@code header}'s columns,
   * in order, left to right; false when they are not all there, or a digit is among them.
   */
  private static boolean takeOff(
      RawTable.RawCell header, String text, List<RawTable.RawCell> cells, String[] texts) {
    int at = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      boolean found = false;
      while (!found && at < cells.size()) {
        RawTable.RawCell cell = cells.get(at);
        int index =
            cell.left >= header.left - SAME_EDGE && cell.right <= header.right + SAME_EDGE
                ? texts[at].indexOf(c)
                : -1;
        if (index >= 0) {
          texts[at] = texts[at].substring(0, index) + texts[at].substring(index + 1);
          found = true;
        } else {
          at++;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** A text with characters taken off: its lines trimmed, the lines left empty dropped. */
  private static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.isEmpty()) {
        out.append(out.length() > 0 ? "\n" : "").append(trimmed);
      }
    }
    return out.toString();
  }
}
