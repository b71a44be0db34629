package io.github.xxgk.report.publication.read.match;

import java.util.List;

/**
 * Rows of the form printed outside a table's rows, as converters leave them: a caption on a line of
 * its own with its value ("行政许可 0"), or a row of values whose caption went elsewhere ("| 1 | 0 | 0
 * | 0 | 0 | 0 | 1 |"). They are not read, but a row of the form not found may be one of them: it is
 * then missing, never absent.
 */
final class LooseRows {
  /** The longest line that is a caption and its value. */
  private static final int LENGTH = 80;

  private LooseRows() {}

  /**
   * Whether a paragraph is a row's caption followed by numbers, spaced or between bars ("行政许可 0",
   * "行政规范性文件 | 5 | 1 | 25").
   */
  static boolean captionWithNumber(String text) {
    int last = text.length() - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    // most paragraphs end in a word or a stop: not folded
    if (last < 0 || !(Character.isDigit(text.charAt(last)) || text.charAt(last) == '|')) {
      return false;
    }
    String compact = Normalizer.compactAtMost(text, LENGTH);
    if (compact == null) {
      return false;
    }
    int end = compact.length();
    while (end > 0
        && (Character.isDigit(compact.charAt(end - 1))
            || compact.charAt(end - 1) == '.'
            || compact.charAt(end - 1) == '|')) {
      end--;
    }
    return end > 0
        && end < compact.length()
        && LabelIndex.ROWS.get(Normalizer.captionOfCompact(compact.substring(0, end))) != null;
  }

  /** Whether a row of cells without a caption holds a number. */
  static boolean hasNumber(List<Grid.Entry> row) {
    for (Grid.Entry entry : row) {
      if (entry.text.kind == CellText.Kind.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cell of the row's own holding words also holds a line of numbers alone ("0 0 0 0 0 0
   * 0" between a caption's lines).
   */
  static boolean numbersAmongWords(List<Grid.Entry> row) {
    for (Grid.Entry entry : row) {
      if (!entry.fromAbove && entry.text.kind == CellText.Kind.TEXT) {
        String text = entry.cell.text();
        int start = 0;
        while (start <= text.length()) {
          int end = text.indexOf('\n', start);
          if (end < 0) {
            end = text.length();
          }
          if (numbersAlone(text, start, end)) {
            return true;
          }
          start = end + 1;
        }
      }
    }
    return false;
  }

  private static boolean numbersAlone(String text, int start, int end) {
    boolean digit = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return digit;
  }
}
