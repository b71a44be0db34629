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
   * and a day of one to three numerals: "一月", "十二月", "三十一日", the month 元月 too) in digits, as well
   * as a date mixing them ("2025年元月13日", "2025年1月十三日"); the same text if none, and null for null.
   * Most lines hold no 月 and are returned at once.
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
      long m = before(years, month, true);
      int monthFrom = (int) (m >> 32);
      int day = years.indexOf(PublishedWording.DAY_SUFFIX, month + 1);
      if (m < 0
          || monthFrom < 5
          || years.charAt(monthFrom - 1) != PublishedWording.YEAR_SUFFIX
          || !isDigits(years, monthFrom - 5, monthFrom - 1)
          || day < 0) {
        continue;
      }
      long d = before(years, day, false);
      if (d < 0
          || (int) (d >> 32) != month + 1
          || isDigits(years, monthFrom, month) && isDigits(years, month + 1, day)) {
        // not a date, or one in digits already
        continue;
      }
      int monthValue = (int) m;
      int dayValue = (int) d;
      if (monthValue < 1 || monthValue > 12 || dayValue < 1 || dayValue > 31) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(years.length());
      }
      out.append(years, copied, monthFrom).append(monthValue).append(PublishedWording.MONTH_SUFFIX);
      out.append(dayValue).append(PublishedWording.DAY_SUFFIX);
      copied = day + 1;
    }
    if (out == null) {
      return years;
    }
    return out.append(years, copied, years.length()).toString();
  }

  /**
   * The month or day whose words end before {@code end}: one or two digits, 1 to 3 numerals, or (a
   * month) 元; its start in the high 32 bits and its value (-1 for a run of numerals writing none)
   * in the low, or -1 when none ends there.
   */
  private static long before(String text, int end, boolean month) {
    int from = end;
    while (from > 0
        && end - from < 2
        && text.charAt(from - 1) >= '0'
        && text.charAt(from - 1) <= '9') {
      from--;
    }
    if (from < end) {
      return (long) from << 32 | Integer.parseInt(text.substring(from, end));
    }
    if (month && end > 0 && text.charAt(end - 1) == PublishedWording.FIRST_MONTH) {
      return (long) (end - 1) << 32 | 1;
    }
    from = numeralsBefore(text, end);
    return from < 0 ? -1 : (long) from << 32 | (value(text, from, end) & 0xffffffffL);
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
