package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The values of a row run together: where the run ends, how it splits (spaced tokens, or one digit
 * per cell), and the check on a split of one digit per cell.
 *
 * <p>The check, on a row of table 三 (or table 四's run of fifteen): digits exactly as many as the
 * cells split one per cell only when no cell was left blank: a blank cell beside a number of two
 * digits leaves as many digits too ("1200000" is 12, 0, 0, 0, 0, 0 and a blank 总计 as well as 1, 2,
 * 0, 0, 0, 0, 0). The text cannot tell them apart, but the row's own totals can: the one-digit
 * split is taken only when each 总计 is the sum of the cells before it in its group. This is no split
 * by arithmetic (the split is still the one-digit one, or none); it refuses a split the arithmetic
 * shows wrong. A blank cell can still leave a split that adds up only in rare rows (a blank 总计
 * after 其他 11 with every other cell 0: "0000011"); a report whose published total is wrong is
 * refused with the row rather than read.
 */
final class RunTogetherValues {
  /** The most digits of one number a cut considers: more than any count or amount a cell holds. */
  private static final int MAX_DIGITS = 12;

  /** A value as a run prints it. Compiled once: a page's runs are split a row at a time. */
  private static final Pattern TOKEN = Pattern.compile("\\d+(\\.\\d+)?");

  /** The spaces between values in a run. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

  private RunTogetherValues() {}

  /**
   * The end of the run of numbers (digits, spaces, points) starting at {@code from}, without the
   * year of a paragraph the run touches ("02025年，我局…": the run is "0"): four digits 19xx or 20xx
   * right before {@link PublishedWording#YEAR_SUFFIX}, after at least one other character of the
   * run.
   */
  static int numericEnd(String text, int from) {
    int end = from;
    while (end < text.length()
        && (Character.isDigit(text.charAt(end))
            || isSpace(text.charAt(end))
            || text.charAt(end) == '.')) {
      end++;
    }
    if (end < text.length()
        && text.charAt(end) == PublishedWording.YEAR_SUFFIX
        && end - 4 > from
        && isYear(text, end - 4)) {
      return end - 4;
    }
    return end;
  }

  /** Whether the four characters at {@code at} are a year of this or the last century's digits. */
  private static boolean isYear(String text, int at) {
    for (int i = at; i < at + 4; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return text.startsWith("20", at) || text.startsWith("19", at);
  }

  /**
   * A row's values: its spaced tokens when exactly {@code cells}, else one digit each when the
   * digits are exactly {@code cells}; null otherwise.
   */
  static List<String> split(String run, int cells) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= run.length(); i++) {
      if (i == run.length() || isSpace(run.charAt(i))) {
        if (token.length() > 0) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(run.charAt(i));
      }
    }
    for (String t : tokens) {
      if (!TOKEN.matcher(t).matches()) {
        return null;
      }
    }
    if (tokens.size() == cells) {
      return tokens;
    }
    String digits = String.join("", tokens);
    if (!digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    if (digits.length() == cells) {
      List<String> each = new ArrayList<>();
      for (char c : digits.toCharArray()) {
        each.add(String.valueOf(c));
      }
      return each;
    }
    return digits.length() > cells ? onlySplit(digits, cells) : null;
  }

  /**
   * The one way to cut more digits than {@code cells} into numbers as cells print them (0, or
   * digits not starting with 0: no count is printed "01"), when there is exactly one and it fills
   * every cell; null otherwise. A cut into fewer numbers (a blank cell somewhere) counts as another
   * way, and the spaces are ignored ("20 0 0 0 02" pads cells), so that nothing the text leaves
   * open is decided here: "0012" for three cells is 0, 0, 12 and nothing else, while "3024" (3, 0,
   * 24 or 30, 2, 4) has two ways and is refused.
   */
  static List<String> onlySplit(String digits, int cells) {
    int n = digits.length();
    if (n > cells * MAX_DIGITS) {
      return null;
    }
    int[][] ways = ways(digits, cells);
    int total = 0;
    for (int k = 1; k <= cells; k++) {
      total += ways[n][k];
    }
    if (total != 1 || ways[n][cells] != 1) {
      return null;
    }
    // walk the one way back from the end
    List<String> values = new ArrayList<>();
    int end = n;
    for (int k = cells; k > 0; k--) {
      for (int start = end - 1; start >= 0; start--) {
        int length = end - start;
        boolean number = length == 1 || digits.charAt(start) != '0';
        if (number && length <= MAX_DIGITS && ways[start][k - 1] > 0) {
          values.add(0, digits.substring(start, end));
          end = start;
          break;
        }
      }
    }
    return values;
  }

  /** {@code ways[i][k]}: the ways (counted up to 2) to cut the first i digits into k numbers. */
  private static int[][] ways(String digits, int cells) {
    int n = digits.length();
    int[][] ways = new int[n + 1][cells + 1];
    ways[0][0] = 1;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < cells; k++) {
        if (ways[i][k] == 0) {
          continue;
        }
        int longest = digits.charAt(i) == '0' ? 1 : Math.min(MAX_DIGITS, n - i);
        for (int length = 1; length <= longest; length++) {
          int[] at = ways[i + length];
          at[k + 1] = Math.min(2, at[k + 1] + ways[i][k]);
        }
      }
    }
    return ways;
  }

  /**
   * Whether a split of {@code run} into {@code values} is the only reading the text leaves: spaced
   * tokens, or a cut that no cut into fewer numbers (a blank cell somewhere) matches. False for a
   * run of exactly as many digits as cells that two of them could print as one number ("417": 4, 1,
   * 7 or 4, a blank cell, 17), which only a row's totals can settle.
   */
  static boolean certain(String run, List<String> values) {
    if (values.size() < 2 || SPACES.split(run.trim()).length == values.size()) {
      return true;
    }
    return onlySplit(String.join("", values), values.size()) != null;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\t';
  }

  /**
   * Whether the values split from {@code run} may be taken: spaced tokens, or digits whose every
   * group of {@code width} ends in the sum of the rest of the group.
   */
  static boolean holds(String run, List<String> values, int width) {
    if (SPACES.split(run.trim()).length == values.size()) {
      return true;
    }
    for (int group = 0; group + width <= values.size(); group += width) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = group; i < group + width - 1; i++) {
        sum = sum.add(new BigDecimal(values.get(i)));
      }
      if (sum.compareTo(new BigDecimal(values.get(group + width - 1))) != 0) {
        return false;
      }
    }
    return true;
  }
}
