package io.github.xxgk.report.publication.read.match;

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
  /** A value as a run prints it. Compiled once: a page's runs are split a row at a time. */
  private static final Pattern TOKEN = Pattern.compile("\\d+(\\.\\d+)?");

  /** The spaces between values in a run. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

  private RunTogetherValues() {}

  /** The end of the run of numbers (digits, spaces, points) starting at {@code from}. */
  static int numericEnd(String text, int from) {
    int end = from;
    while (end < text.length()
        && (Character.isDigit(text.charAt(end))
            || isSpace(text.charAt(end))
            || text.charAt(end) == '.')) {
      end++;
    }
    return end;
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
    if (digits.length() == cells && digits.chars().allMatch(Character::isDigit)) {
      List<String> each = new ArrayList<>();
      for (char c : digits.toCharArray()) {
        each.add(String.valueOf(c));
      }
      return each;
    }
    return null;
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
