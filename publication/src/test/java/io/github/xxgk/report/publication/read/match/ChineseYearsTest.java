package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates signed in Chinese numerals, read as digits for the date patterns of a signature. */
class ChineseYearsTest {
  private static final String NUMERALS = "〇一二三四五六七八九";

  /**
   * A day written as official documents write it: the year digit by digit, month and day by value.
   */
  private static String written(LocalDate day, char zero) {
    StringBuilder out = new StringBuilder();
    for (char c : String.valueOf(day.getYear()).toCharArray()) {
      out.append(c == '0' ? zero : NUMERALS.charAt(c - '0'));
    }
    return out.append('年')
        .append(value(day.getMonthValue()))
        .append('月')
        .append(value(day.getDayOfMonth()))
        .append('日')
        .toString();
  }

  private static String value(int n) {
    String tens = n < 10 ? "" : n < 20 ? "十" : NUMERALS.charAt(n / 10) + "十";
    return tens + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10)));
  }

  @Test
  void everyDayOfTwoYearsIsReadAsItsDigits() {
    for (LocalDate day = LocalDate.of(2019, 12, 31);
        day.isBefore(LocalDate.of(2022, 1, 2));
        day = day.plusDays(1)) {
      String digits = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
      for (char zero : new char[] {'〇', '零', '\u25cb'}) {
        String printed = written(day, zero);
        assertEquals(digits, ChineseYears.dates(printed), printed);
        assertEquals("某局" + digits + "(此件公开发布)", ChineseYears.dates("某局" + printed + "(此件公开发布)"));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    // not a date's numerals: left as printed
    "二〇二五年十三月一日",
    "二〇二五年一月三十二日",
    "二〇二五年五五月一日",
    "二〇二五年十十月一日",
    "二〇二五年一月",
    "一月十五日",
    "2025年1月13日",
    "收到申请一月三件"
  })
  void whatIsNoDateIsLeftAsItIs(String text) {
    String arabicYear = ChineseYears.arabic(text);
    assertEquals(arabicYear, ChineseYears.dates(text));
  }
}
