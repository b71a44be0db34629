package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a printed value cell holds: a number (digits in any width, thousands separators, a note or
 * unit after it), nothing (blank), a not-applicable mark, or text that is no value at all.
 */
final class CellText {
  enum Kind {
    NUMBER,
    BLANK,
    NOT_APPLICABLE,
    TEXT
  }

  private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final Pattern DASHES = Pattern.compile("[/\\-\u2014\u2013\u2015\u2012\u2212\u2500\uff0d]+");
  /** A number followed by a bracketed note: "22(其中修订16件)". */
  private static final Pattern NOTED = Pattern.compile("(" + NUMBER.pattern() + ")(\\(.*\\)|\\[.*\\])");

  final Kind kind;
  final BigDecimal number;
  /** Whether a note or unit was dropped to get the number. */
  final boolean noted;
  /** Whether the unit was 元 where 万元 belongs. */
  final boolean yuan;
  final String printed;

  private CellText(Kind kind, BigDecimal number, boolean noted, boolean yuan, String printed) {
    this.kind = kind;
    this.number = number;
    this.noted = noted;
    this.yuan = yuan;
    this.printed = printed;
  }

  static CellText of(String text) {
    if (text.length() > 256) {
      return new CellText(Kind.TEXT, null, false, false, text.substring(0, 64));
    }
    String compact = Normalizer.compact(text);
    if (compact.isEmpty()) {
      return new CellText(Kind.BLANK, BigDecimal.ZERO, false, false, "");
    }
    if (compact.length() > 64) {
      return new CellText(Kind.TEXT, null, false, false, compact);
    }
    if (DASHES.matcher(compact).matches() || PublishedWording.NOT_APPLICABLE.contains(compact)) {
      return new CellText(Kind.NOT_APPLICABLE, BigDecimal.ZERO, false, false, compact);
    }
    if (NUMBER.matcher(compact).matches()) {
      return number(compact, compact, false, false);
    }
    Matcher noted = NOTED.matcher(compact);
    if (noted.matches()) {
      return number(noted.group(1), compact, true, false);
    }
    if (compact.endsWith(PublishedWording.WAN_YUAN)) {
      String digits = compact.substring(0, compact.length() - PublishedWording.WAN_YUAN.length());
      if (NUMBER.matcher(digits).matches()) {
        return number(digits, compact, true, false);
      }
    }
    for (String unit : PublishedWording.COUNT_UNITS) {
      if (compact.endsWith(unit)) {
        String digits = compact.substring(0, compact.length() - unit.length());
        if (NUMBER.matcher(digits).matches()) {
          return number(digits, compact, true, false);
        }
      }
    }
    if (compact.endsWith(PublishedWording.YUAN)) {
      String digits = compact.substring(0, compact.length() - PublishedWording.YUAN.length());
      if (NUMBER.matcher(digits).matches()) {
        return number(digits, compact, true, true);
      }
    }
    return new CellText(Kind.TEXT, null, false, false, compact);
  }

  private static CellText number(String digits, String printed, boolean noted, boolean yuan) {
    return new CellText(Kind.NUMBER, new BigDecimal(digits.replace(",", "")), noted, yuan, printed);
  }

  /** Whether the cell can stand in a value column: a number, blank or a mark. */
  boolean isValue() {
    return kind != Kind.TEXT;
  }
}
