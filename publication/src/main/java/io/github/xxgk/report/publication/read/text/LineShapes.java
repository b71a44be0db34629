package io.github.xxgk.report.publication.read.text;

import io.github.xxgk.report.form.PublishedWording;

/**
 * The shapes a line of copied text is told by, each a single scan over the line (or a range of the
 * whole text, so that lines are not copied to be looked at): a Markdown heading's mark and table
 * rule, a section's number, a number that does not wrap, a blank line. {@code LineShapesTest}
 * checks them against the regular expressions that define them.
 */
final class LineShapes {
  /**
   * The numerals of a section's number ("三、"), which starts a paragraph rather than wrap a cell.
   */
  private static final String NUMERALS = PublishedWording.NUMERALS;

  private LineShapes() {}

  /** The first {@code c} in {@code text[from, to)}, else -1; never looks past the line. */
  static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The length of a Markdown heading's mark ("## "): one to six '#' and spaces; 0 if none. */
  static int headingMark(String line) {
    return headingMark(line, 0, line.length());
  }

  static int headingMark(String text, int from, int to) {
    int hashes = from;
    while (hashes < to && text.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes == from || hashes - from > 6) {
      return 0;
    }
    int end = hashes;
    while (end < to && isRegexSpace(text.charAt(end))) {
      end++;
    }
    return end > hashes ? end - from : 0;
  }

  /** Whether a line starts with a section's number: numerals and "、", "." or "．". */
  static boolean isSection(String line) {
    int end = 0;
    while (end < line.length() && NUMERALS.indexOf(line.charAt(end)) >= 0) {
      end++;
    }
    if (end == 0 || end == line.length()) {
      return false;
    }
    char mark = line.charAt(end);
    return mark == '\u3001' || mark == '.' || mark == '\uff0e';
  }

  /**
   * Whether a cell is a number, which does not wrap ("1." as numbering does): digits of either
   * width, commas and spaces, then an optional fraction of ASCII digits.
   */
  static boolean isNumber(String text) {
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9'
          || c == ','
          || isRegexSpace(c)
          || c == '\u00a0'
          || c >= '\uff10' && c <= '\uff19')) {
        break;
      }
      i++;
    }
    if (i == 0) {
      return false;
    }
    if (i < length && text.charAt(i) == '.') {
      int fraction = ++i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    return i == length;
  }

  /** The characters of a regular expression's {@code \\s}. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /**
   * Whether a trimmed line is a Markdown table's rule, the line under its header: as the regular
   * expression {@code \|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?} matches the whole line.
   */
  static boolean isMarkdownRule(String line) {
    return isMarkdownRule(line, 0, line.length());
  }

  static boolean isMarkdownRule(String text, int from, int to) {
    int i = from;
    if (i < to && text.charAt(i) == '|') {
      i++;
    }
    while (true) {
      while (i < to && isRegexSpace(text.charAt(i))) {
        i++;
      }
      if (i < to && text.charAt(i) == ':') {
        i++;
      }
      int dashes = i;
      while (i < to && text.charAt(i) == '-') {
        i++;
      }
      if (i - dashes < 2) {
        return false;
      }
      if (i < to && text.charAt(i) == ':') {
        i++;
      }
      while (i < to && isRegexSpace(text.charAt(i))) {
        i++;
      }
      if (i == to) {
        return true;
      }
      if (text.charAt(i) != '|') {
        return false;
      }
      i++;
      if (i == to) {
        return true;
      }
    }
  }

  static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00a0' && c != '\u3000') {
        return false;
      }
    }
    return true;
  }
}
