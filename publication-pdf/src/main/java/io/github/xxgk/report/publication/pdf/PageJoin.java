package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.form.PublishedWording;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A table printed across a page break is one table. The part on the next page continues the table
 * when nothing but page furniture stands between the two parts and both span the same width. A
 * header repeated at the top of the next part is dropped (also when its cells are cut short: {@link
 * RepeatedHeaders}); a spanning label cell cut by the break (its text on one side, an empty cell of
 * the same columns on the other, one of them spanning rows) is one cell again, and so is a value
 * cell spanning rows cut by the break (and a caption cut inside such values, its rest the only cell
 * of its own below the break). A row cut in two (browsers split a tall row across pages; Word may
 * too) is one row again when no column holds a value on both sides.
 */
final class PageJoin {
  /** The two parts' outer edges may differ by this much (points). */
  private static final float SAME_EDGE = 6f;

  /** Quotation marks that open or close a quotation in a caption (《》 a document's title). */
  private static final String OPENING_QUOTES = "“‘《「『〈";

  private static final String CLOSING_QUOTES = "”’》」』〉";

  private PageJoin() {}

  static boolean continues(RawTable above, RawTable below) {
    return below.firstPage == above.lastPage + 1
        && Math.abs(above.left - below.left) <= SAME_EDGE
        && Math.abs(above.right - below.right) <= SAME_EDGE;
  }

  /** Appends {@code below} to {@code above}. */
  static void join(RawTable above, RawTable below) {
    int repeated = repeatedHeader(above, below);
    if (repeated == 0) {
      repeated = RepeatedHeaders.cut(above, below);
    }
    List<RawTable.RawCell> moved = new ArrayList<>();
    for (RawTable.RawCell cell : below.cells) {
      if (cell.row < repeated) {
        continue;
      }
      cell.row += above.rows - repeated;
      cell.rowEnd = Math.max(cell.row + 1, cell.rowEnd + above.rows - repeated);
      moved.add(cell);
    }
    int seam = above.rows;
    if (cutRow(above, moved, seam)) {
      above.cells.addAll(moved);
      above.rows += below.rows - repeated - 1;
      above.lastPage = below.lastPage;
      return;
    }
    int valueEnd = -1;
    for (Iterator<RawTable.RawCell> it = moved.iterator(); it.hasNext(); ) {
      RawTable.RawCell lower = it.next();
      if (lower.row != seam) {
        continue;
      }
      RawTable.RawCell upper = sameColumns(above, lower, seam);
      // a cut caption spans rows on at least one side; two one-row cells are two rows
      if (upper != null
          && (upper.rowEnd - upper.row > 1 || lower.rowEnd - lower.row > 1)
          && (cutLabel(upper.text, lower.text) || cutValue(upper, lower))) {
        if (cutValue(upper, lower)) {
          valueEnd = Math.max(valueEnd, lower.rowEnd);
        }
        upper.rowEnd = lower.rowEnd;
        if (upper.text.isEmpty()) {
          upper.text = lower.text;
        }
        it.remove();
      }
    }
    if (valueEnd >= 0) {
      captionCutInSpan(above, moved, seam, valueEnd);
    }
    above.cells.addAll(moved);
    above.rows += below.rows - repeated;
    above.lastPage = below.lastPage;
  }

  /**
   * Inside values spanning rows cut by the break (their cells joined again, down to {@code
   * valueEnd}), a caption cut by it: the one cell of the first row below that no span continues
   * goes on from the one-row caption above it ("2.申请人逾期未按收费通知要求缴纳" | "费用、行政机关不再处理其政府信息公开申请", the
   * values of （六）1–3 spanning three rows) and ends within the values' span. It is that caption's
   * rest: the caption reaches down to where its rest ends, and the rows it reaches below the break
   * hold nothing of their own (the matcher passes over such rows). Where the break fell between two
   * rows of the span instead, the two captions joined are one the form does not print, and the
   * matcher refuses the row.
   */
  private static void captionCutInSpan(
      RawTable above, List<RawTable.RawCell> moved, int seam, int valueEnd) {
    RawTable.RawCell lower = null;
    for (RawTable.RawCell cell : moved) {
      if (cell.row == seam) {
        if (lower != null) {
          return;
        }
        lower = cell;
      }
    }
    if (lower == null || lower.rowEnd > valueEnd) {
      return;
    }
    RawTable.RawCell upper = sameColumns(above, lower, seam);
    if (upper != null
        && upper.rowEnd - upper.row == 1
        && isLabel(upper.text)
        && isLabel(lower.text)
        && continues(upper.text, lower.text)) {
      upper.text = upper.text + "\n" + lower.text;
      upper.rowEnd = lower.rowEnd;
      moved.remove(lower);
    }
  }

  /**
   * A row cut in two by the page break: every cell of the first row below continues a cell of the
   * same columns above, a caption is cut (text on both sides) or the row below is wholly empty
   * under a row of values (Word and Writer break a tall row of table 四 so), and no column holds a
   * number on both sides (a row of its own would). The halves' texts are joined and the rows below
   * move up by one. When a wrong pairing is possible the joined label is one the form does not
   * know, so the row is refused, never misread.
   */
  private static boolean cutRow(RawTable above, List<RawTable.RawCell> moved, int seam) {
    List<RawTable.RawCell[]> pairs = new ArrayList<>();
    boolean cutCaption = false;
    boolean textBelow = false;
    boolean valueAbove = false;
    for (RawTable.RawCell lower : moved) {
      if (lower.row != seam) {
        continue;
      }
      RawTable.RawCell upper = sameColumns(above, lower, seam);
      // a value above whose empty rest below spans rows: the break fell between the rows of a
      // value cell spanning rows, not inside one row
      if (upper == null
          || lower.rowEnd - lower.row > 1
              && lower.text.isEmpty()
              && !upper.text.isEmpty()
              && !isLabel(upper.text)) {
        return false;
      }
      if (!upper.text.isEmpty()
          && !lower.text.isEmpty()
          && (!isLabel(upper.text) || !isLabel(lower.text))) {
        return false;
      }
      // the caption itself is cut: its start above, its end below
      if (!upper.text.isEmpty() && !lower.text.isEmpty()) {
        if (!continues(upper.text, lower.text)) {
          return false;
        }
        cutCaption = true;
      }
      textBelow |= !lower.text.isEmpty();
      valueAbove |= !upper.text.isEmpty() && !isLabel(upper.text);
      pairs.add(new RawTable.RawCell[] {upper, lower});
    }
    // a row of values above whose cells go on empty below: no row of the form is printed without
    // a caption of its own but table 四's values, which are the row above
    if (pairs.isEmpty() || !cutCaption && (textBelow || !valueAbove)) {
      return false;
    }
    for (RawTable.RawCell[] pair : pairs) {
      RawTable.RawCell upper = pair[0];
      RawTable.RawCell lower = pair[1];
      upper.text =
          upper.text.isEmpty()
              ? lower.text
              : lower.text.isEmpty() ? upper.text : upper.text + "\n" + lower.text;
      upper.rowEnd = lower.rowEnd - 1;
      moved.remove(lower);
    }
    for (RawTable.RawCell cell : moved) {
      cell.row -= 1;
      cell.rowEnd -= 1;
    }
    return true;
  }

  /**
   * Whether the text below can go on from the text above within one caption: the form's captions
   * are Chinese and wrap between any two ideographs, but a text that starts with its own numbering
   * ("2.", "（三）", "四、") starts a row (while a numbering alone above, or one whose bracket is still
   * open, goes on with the caption's words below), and two texts that are not both Chinese at the
   * break are two cells (without this, any row whose values are blank on one side of a break would
   * be taken for the rest of the row above).
   */
  private static boolean continues(String upper, String lower) {
    String above = upper.trim();
    String below = lower.trim();
    if (above.isEmpty() || below.isEmpty()) {
      return false;
    }
    int last = hanBeside(above, above.length() - 1, CLOSING_QUOTES, -1);
    int first = hanBeside(below, 0, OPENING_QUOTES, 1);
    return (unclosedBracket(above) || (isHan(last) || isNumberingOnly(above)) && isHan(first))
        && !startsWithNumbering(below);
  }

  /**
   * The character at {@code i}, or past a quotation mark there the one beside it in direction
   * {@code step}: a quotation mark belongs to the Chinese words it encloses ("3.危及“三安全一稳定”" cut
   * before its opening quote), so the break falls between Chinese text either way.
   */
  private static int hanBeside(String text, int i, String quotes, int step) {
    int j = quotes.indexOf(text.charAt(i)) >= 0 ? i + step : i;
    return j >= 0 && j < text.length() ? text.charAt(j) : text.charAt(i);
  }

  /** "（四": a caption does not end inside its brackets, so the break fell inside it. */
  private static boolean unclosedBracket(String text) {
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        open++;
      } else if ((c == '）' || c == ')') && open > 0) {
        open--;
      }
    }
    return open > 0;
  }

  /**
   * "（四）", "1.", "三、": a caption's numbering alone is no caption, so the words below it are its
   * rest (a spanning label such as "（四）无法提供" cut by the break right after its numbering).
   */
  private static boolean isNumberingOnly(String text) {
    if (text.charAt(0) == '（' || text.charAt(0) == '(') {
      int i = 1;
      while (i < text.length() && isNumeral(text.charAt(i))) {
        i++;
      }
      return i > 1 && i == text.length() - 1 && "）)".indexOf(text.charAt(i)) >= 0;
    }
    int i = 0;
    while (i < text.length() && isNumeral(text.charAt(i))) {
      i++;
    }
    return i > 0 && i == text.length() - 1 && ".．、".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** "1." "２．" "三、" "（六）" "(1)": the numbering a caption of the form starts with. */
  private static boolean startsWithNumbering(String text) {
    char first = text.charAt(0);
    if (first == '（' || first == '(') {
      return true;
    }
    int i = 0;
    while (i < text.length() && isNumeral(text.charAt(i))) {
      i++;
    }
    return i > 0 && i < text.length() && ".．、,，".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isNumeral(char c) {
    return Character.isDigit(c) || PublishedWording.NUMERALS.indexOf(c) >= 0;
  }

  private static RawTable.RawCell sameColumns(RawTable above, RawTable.RawCell lower, int seam) {
    for (RawTable.RawCell cell : above.cells) {
      if (cell.rowEnd == seam
          && Math.abs(cell.left - lower.left) <= SAME_EDGE
          && Math.abs(cell.right - lower.right) <= SAME_EDGE) {
        return cell;
      }
    }
    return null;
  }

  /** One side empty and the other a label: a cell cut in two by the page break. */
  private static boolean cutLabel(String upper, String lower) {
    return upper.isEmpty() != lower.isEmpty() && isLabel(upper.isEmpty() ? lower : upper);
  }

  /**
   * A value cell spanning rows, cut by the break: its value above, its empty rest below spanning
   * the remaining rows. One spanning cell again, it goes to the matcher as the HTML reader's
   * spanning cells do (a spanning value other than 0 cannot be split, and is refused there).
   */
  private static boolean cutValue(RawTable.RawCell upper, RawTable.RawCell lower) {
    return !upper.text.isEmpty() && lower.text.isEmpty() && lower.rowEnd - lower.row > 1;
  }

  private static boolean isLabel(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** How many rows at the top of {@code below} repeat the top rows of {@code above}. */
  private static int repeatedHeader(RawTable above, RawTable below) {
    int repeated = 0;
    while (repeated < below.rows && repeated < above.rows - 1) {
      String a = rowText(above, repeated);
      if (a.isEmpty() || !a.equals(rowText(below, repeated))) {
        break;
      }
      repeated++;
    }
    return repeated;
  }

  private static String rowText(RawTable table, int row) {
    StringBuilder text = new StringBuilder();
    for (RawTable.RawCell cell : table.cells) {
      if (cell.row == row) {
        text.append(cell.text).append('|');
      }
    }
    return text.toString().replaceAll("[|]+$", "");
  }
}
