package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.math.BigDecimal;

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

  final Kind kind;
  final BigDecimal number;

  /** Whether a note or unit was dropped to get the number. */
  final boolean noted;

  /** Whether the unit was 元 where 万元 belongs. */
  final boolean yuan;

  final String printed;

  /** The text as the source printed it. */
  private final String text;

  /** Made once, when first asked for: a cell is compared as a caption from every row it spans. */
  private String compact;

  private String caption;

  private CellText(
      Kind kind,
      BigDecimal number,
      boolean noted,
      boolean yuan,
      String printed,
      String text,
      String compact) {
    this.kind = kind;
    this.number = number;
    this.noted = noted;
    this.yuan = yuan;
    this.printed = printed;
    this.text = text;
    this.compact = compact;
  }

  /** The text {@link Normalizer#compact}. */
  String compact() {
    if (compact == null) {
      compact = Normalizer.compact(text);
    }
    return compact;
  }

  /** The text as a caption ({@link Normalizer#caption}). */
  String caption() {
    if (caption == null) {
      caption = Normalizer.captionOfCompact(compact());
    }
    return caption;
  }

  /** The row of the form this text names as a caption ({@link LabelIndex#row}), or null. */
  LabelIndex.Target row() {
    return LabelIndex.rowOfCaption(caption());
  }

  /** The column of the form this text names as a header ({@link LabelIndex#column}), or null. */
  LabelIndex.Target column() {
    return LabelIndex.columnOfCaption(caption());
  }

  /** What a cell's printed text holds; the text is kept to be compared as a caption when asked. */
  static CellText of(String text) {
    CellText count = plainCount(text);
    if (count != null) {
      return count;
    }
    if (text.length() > 256) {
      return new CellText(Kind.TEXT, null, false, false, text.substring(0, 64), text, null);
    }
    String compact = Normalizer.compact(text);
    if (compact.isEmpty()) {
      return new CellText(Kind.BLANK, BigDecimal.ZERO, false, false, "", text, compact);
    }
    if (compact.length() > 64) {
      return new CellText(Kind.TEXT, null, false, false, compact, text, compact);
    }
    if (isDashes(compact) || PublishedWording.NOT_APPLICABLE_MARKS.contains(compact)) {
      return new CellText(
          Kind.NOT_APPLICABLE, BigDecimal.ZERO, false, false, compact, text, compact);
    }
    char first = compact.charAt(0);
    if (first != '-' && !isDigit(first)) {
      // every number below starts so: a caption is told apart at its first character
      return new CellText(Kind.TEXT, null, false, false, compact, text, compact);
    }
    int length = compact.length();
    if (isNumber(compact, 0, length)) {
      return number(compact, length, text, false, false);
    }
    int note = noteStart(compact);
    if (note > 0 && isNumber(compact, 0, note) && isNote(compact, note)) {
      return number(compact, note, text, true, false);
    }
    if (compact.endsWith(PublishedWording.WAN_YUAN)) {
      int digits = length - PublishedWording.WAN_YUAN.length();
      if (isNumber(compact, 0, digits)) {
        return number(compact, digits, text, true, false);
      }
    }
    for (String unit : PublishedWording.COUNT_UNITS) {
      if (compact.endsWith(unit)) {
        int digits = length - unit.length();
        if (isNumber(compact, 0, digits)) {
          return number(compact, digits, text, true, false);
        }
      }
    }
    if (compact.endsWith(PublishedWording.YUAN)) {
      int digits = length - PublishedWording.YUAN.length();
      if (isNumber(compact, 0, digits)) {
        return number(compact, digits, text, true, true);
      }
    }
    return new CellText(Kind.TEXT, null, false, false, compact, text, compact);
  }

  /**
   * The most common cell, one to 18 ASCII digits between spaces or tabs (which {@link
   * Normalizer#compact} drops), told without folding the text or trying the other shapes; null for
   * any other text.
   */
  private static CellText plainCount(String text) {
    int length = text.length();
    if (length > 256) {
      // as long a text is no value, whatever it holds (below)
      return null;
    }
    int from = 0;
    while (from < length && isSpaceOrTab(text.charAt(from))) {
      from++;
    }
    int to = length;
    while (to > from && isSpaceOrTab(text.charAt(to - 1))) {
      to--;
    }
    if (to == from || to - from > 18) {
      return null;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    String compact = from == 0 && to == length ? text : text.substring(from, to);
    return new CellText(
        Kind.NUMBER, BigDecimal.valueOf(value), false, false, compact, text, compact);
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isDashes(String compact) {
    for (int i = 0; i < compact.length(); i++) {
      if (PublishedWording.NOT_APPLICABLE_DASHES.indexOf(compact.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text[from, to)} is a number as printed: an optional minus, digits (in groups of
   * three after a first group of one to three when separated by commas), and an optional fraction.
   */
  static boolean isNumber(String text, int from, int to) {
    int i = from < to && text.charAt(from) == '-' ? from + 1 : from;
    int start = i;
    while (i < to && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i < to && text.charAt(i) == ',') {
      if (i - start > 3) {
        return false;
      }
      while (i < to && text.charAt(i) == ',') {
        if (i + 3 >= to
            || !isDigit(text.charAt(i + 1))
            || !isDigit(text.charAt(i + 2))
            || !isDigit(text.charAt(i + 3))) {
          return false;
        }
        i += 4;
      }
    }
    if (i < to && text.charAt(i) == '.') {
      int fraction = ++i;
      while (i < to && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    return i == to;
  }

  /** Where a bracketed note starts: the first "(" or "[", else -1. */
  private static int noteStart(String compact) {
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c == '(' || c == '[') {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text from {@code from} is one bracketed note to the end: "(…)" or "[…]". */
  private static boolean isNote(String compact, int from) {
    char open = compact.charAt(from);
    char close = open == '(' ? ')' : ']';
    int last = compact.length() - 1;
    if (last <= from || compact.charAt(last) != close) {
      return false;
    }
    for (int i = from + 1; i < last; i++) {
      // A regular expression's "." stops at line terminators; compact has removed all but NEL.
      if (compact.charAt(i) == '\u0085') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The number printed in {@code compact[0, end)}: an integer of up to 18 digits without a fraction
   * is parsed as a long (the common case), anything else by {@link BigDecimal}.
   */
  private static CellText number(
      String compact, int end, String text, boolean noted, boolean yuan) {
    long value = 0;
    int digits = 0;
    boolean simple = true;
    int i = compact.charAt(0) == '-' ? 1 : 0;
    for (; i < end && simple; i++) {
      char c = compact.charAt(i);
      if (isDigit(c)) {
        value = value * 10 + (c - '0');
        simple = ++digits <= 18;
      } else {
        simple = c == ',';
      }
    }
    BigDecimal number;
    if (simple) {
      number = BigDecimal.valueOf(compact.charAt(0) == '-' ? -value : value);
    } else {
      number = new BigDecimal(compact.substring(0, end).replace(",", ""));
    }
    return new CellText(Kind.NUMBER, number, noted, yuan, compact, text, compact);
  }

  /** Whether the cell can stand in a value column: a number, blank or a mark. */
  boolean isValue() {
    return kind != Kind.TEXT;
  }
}
