package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;

/**
 * Years a title writes in Chinese numerals ("二〇二二年") read as digits ("2022年"), in compact text:
 * four numerals before 年 and nothing else, so that a title's patterns, which take digits, read its
 * year; the text keeps its length, so what is found in it stands where it was printed.
 */
final class ChineseYears {
  private ChineseYears() {}

  /** The text with each year of four Chinese numerals before 年 in digits; the same text if none. */
  static String arabic(String compact) {
    int year = compact.indexOf(PublishedWording.YEAR_SUFFIX);
    if (year < 4) {
      return compact;
    }
    char[] chars = null;
    for (; year >= 0; year = compact.indexOf(PublishedWording.YEAR_SUFFIX, year + 1)) {
      if (year < 4 || year > 4 && digit(compact.charAt(year - 5)) >= 0) {
        continue;
      }
      boolean numerals = true;
      for (int i = year - 4; i < year && numerals; i++) {
        numerals = digit(compact.charAt(i)) >= 0;
      }
      if (numerals) {
        if (chars == null) {
          chars = compact.toCharArray();
        }
        for (int i = year - 4; i < year; i++) {
          chars[i] = (char) ('0' + digit(compact.charAt(i)));
        }
      }
    }
    return chars == null ? compact : new String(chars);
  }

  private static int digit(char c) {
    return c == PublishedWording.CHINESE_ZERO ? 0 : PublishedWording.CHINESE_DIGITS.indexOf(c);
  }
}
