package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;

/**
 * Years and dates written in Chinese numerals, read as digits, in compact text. A title's year
 * ("二〇二二年"): four numerals before 年 and nothing else, so that a title's patterns, which take
 * digits, read its year; the text keeps its length, so what is found in it stands where it was
 * printed. A date as official documents sign with ("二〇二四年一月十五日", "二○二五年十二月三十一日"), made "2024年1月15日"
 * for the date patterns of a signature, which need its place no finer than its line.
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

  /**
   * The text with each date of Chinese numerals (a year as {@link #arabic} reads it, then a month
   * and a day of one to three numerals: "一月", "十二月", "三十一日") in digits; the same text if none, and
   * null for null. Most lines hold no 月 and are returned at once.
   */
  static String dates(String compact) {
    if (compact == null || compact.indexOf(PublishedWording.MONTH_SUFFIX) < 0) {
      return compact;
    }
    String years = arabic(compact);
    StringBuilder out = null;
    int copied = 0;
    for (int month = years.indexOf(PublishedWording.MONTH_SUFFIX);
        month >= 0;
        month = years.indexOf(PublishedWording.MONTH_SUFFIX, month + 1)) {
      int monthFrom = numeralsBefore(years, month);
      int day = years.indexOf(PublishedWording.DAY_SUFFIX, month + 1);
      if (monthFrom < 0
          || monthFrom < 5
          || years.charAt(monthFrom - 1) != PublishedWording.YEAR_SUFFIX
          || !isDigits(years, monthFrom - 5, monthFrom - 1)
          || day < 0
          || numeralsBefore(years, day) != month + 1) {
        continue;
      }
      int m = value(years, monthFrom, month);
      int d = value(years, month + 1, day);
      if (m < 1 || m > 12 || d < 1 || d > 31) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(years.length());
      }
      out.append(years, copied, monthFrom).append(m).append(PublishedWording.MONTH_SUFFIX);
      out.append(d).append(PublishedWording.DAY_SUFFIX);
      copied = day + 1;
    }
    if (out == null) {
      return years;
    }
    return out.append(years, copied, years.length()).toString();
  }

  /** Where the run of 1 to 3 numerals of a month or day ending before {@code end} starts; -1. */
  private static int numeralsBefore(String text, int end) {
    int from = end;
    while (from > 0 && end - from < 3 && numeral(text.charAt(from - 1)) >= 0) {
      from--;
    }
    return from == end ? -1 : from;
  }

  /**
   * The number numerals of a month or day write ("五" 5, "十" 10, "十五" 15, "二十" 20, "三十一" 31); -1 for
   * any other run of them ("五五", "十十").
   */
  private static int value(String text, int from, int to) {
    int ten = -1;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == PublishedWording.CHINESE_TEN) {
        if (ten >= 0) {
          return -1;
        }
        ten = i;
      }
    }
    if (ten < 0) {
      return to - from == 1 ? numeral(text.charAt(from)) : -1;
    }
    int tens = ten == from ? 1 : ten == from + 1 ? numeral(text.charAt(from)) : -1;
    int units = ten == to - 1 ? 0 : ten == to - 2 ? numeral(text.charAt(to - 1)) : -1;
    return tens < 1 || units < 0 || units == 0 && ten < to - 1 ? -1 : tens * 10 + units;
  }

  /** A numeral of a month or day: 一 to 九 their values, 十 ten; -1 for any other character. */
  private static int numeral(char c) {
    if (c == PublishedWording.CHINESE_TEN) {
      return 10;
    }
    int digit = PublishedWording.CHINESE_DIGITS.indexOf(c);
    return digit > 0 ? digit : -1;
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digit(char c) {
    return c == PublishedWording.CHINESE_ZERO || c == PublishedWording.CIRCLE_ZERO
        ? 0
        : PublishedWording.CHINESE_DIGITS.indexOf(c);
  }
}
