package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What a printed value cell holds: a number (digits in any width, thousands separators, a note or
 * unit after it), nothing (blank), a not-applicable mark, or text that is no value at all.
 *
 * <p>Not final: a table's cell as seen from its row ({@link Grid.Entry}) is one, so that each of
 * the hundreds of cells of a copied table is read into one object, not an entry and its text.
 */
class CellText {
  enum Kind {
    NUMBER,
    BLANK,
    NOT_APPLICABLE,
    TEXT
  }

  /**
   * {@link PublishedWording#NOT_APPLICABLE_MARKS} as a set: every text cell is looked up, and its
   * hash is the one its caption's lookups use.
   */
  private static final Set<String> NOT_APPLICABLE_MARKS =
      new HashSet<>(PublishedWording.NOT_APPLICABLE_MARKS);

  /**
   * The longest of {@link #NOT_APPLICABLE_MARKS}: a longer text (every caption) is told no mark
   * without hashing it for the set, which its caption, another string most often, would not reuse.
   */
  private static final int LONGEST_MARK = longest(PublishedWording.NOT_APPLICABLE_MARKS);

  /**
   * {@link PublishedWording#NOT_APPLICABLE_DASHES} as a set: the first character of every text cell
   * is tested.
   */
  private static final BitSet DASHES =
      Normalizer.characters(PublishedWording.NOT_APPLICABLE_DASHES);

  /** The texts of the ten digits, by value. */
  private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

  // Set once, while the text is read in the constructor (by set), never changed after.
  Kind kind;
  BigDecimal number;

  /** Whether a note or unit was dropped to get the number. */
  boolean noted;

  /** Whether the unit was 元 where 万元 belongs. */
  boolean yuan;

  String printed;

  /** The text as the source printed it. */
  private final String text;

  /** Made once, when first asked for: a cell is compared as a caption from every row it spans. */
  private String compact;

  private String caption;

  /** The caption's {@link LabelIndex#meaning}, looked up once for the row and the column asked. */
  private LabelIndex.Meaning meaning;

  /** Reads what a cell's printed text holds; the text is kept to be compared as a caption. */
  CellText(String text) {
    this.text = text;
    read();
  }

  /** What {@code read} holds, for another look at the same cell (from a row it spans). */
  CellText(CellText read) {
    this.text = read.text;
    set(read.kind, read.number, read.noted, read.yuan, read.printed, read.compact);
    this.caption = read.caption;
    this.meaning = read.meaning;
  }

  private void set(
      Kind kind, BigDecimal number, boolean noted, boolean yuan, String printed, String compact) {
    this.kind = kind;
    this.number = number;
    this.noted = noted;
    this.yuan = yuan;
    this.printed = printed;
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

  /** What the text names exactly as a caption ({@link LabelIndex#meaning}). */
  LabelIndex.Meaning meaning() {
    if (meaning == null) {
      meaning = LabelIndex.meaning(caption());
    }
    return meaning;
  }

  /** The row of the form this text names as a caption ({@link LabelIndex#row}), or null. */
  LabelIndex.Target row() {
    return LabelIndex.rowOf(meaning(), caption());
  }

  /** The column of the form this text names as a header ({@link LabelIndex#column}), or null. */
  LabelIndex.Target column() {
    return LabelIndex.columnOf(meaning(), caption());
  }

  /** What a cell's printed text holds; the text is kept to be compared as a caption when asked. */
  static CellText of(String text) {
    return new CellText(text);
  }

  private void read() {
    if (plainCount()) {
      return;
    }
    if (text.length() > 256) {
      set(Kind.TEXT, null, false, false, text.substring(0, 64), null);
      return;
    }
    String compact = Normalizer.compact(text);
    if (compact.isEmpty()) {
      set(Kind.BLANK, BigDecimal.ZERO, false, false, "", compact);
      return;
    }
    if (compact.length() > 64) {
      set(Kind.TEXT, null, false, false, compact, compact);
      return;
    }
    if (isDashes(compact)
        || compact.length() <= LONGEST_MARK && NOT_APPLICABLE_MARKS.contains(compact)) {
      set(Kind.NOT_APPLICABLE, BigDecimal.ZERO, false, false, compact, compact);
      return;
    }
    char first = compact.charAt(0);
    if (first != '-' && !isDigit(first)) {
      // every number below starts so: a caption is told apart at its first character
      set(Kind.TEXT, null, false, false, compact, compact);
      return;
    }
    int length = compact.length();
    if (isNumber(compact, 0, length)) {
      numberIfOne(compact, length, false, false);
      return;
    }
    int note = noteStart(compact);
    if (note > 0 && isNumber(compact, 0, note) && isNote(compact, note)) {
      numberIfOne(compact, note, true, false);
      return;
    }
    if (compact.endsWith(PublishedWording.WAN_YUAN)) {
      int digits = length - PublishedWording.WAN_YUAN.length();
      if (isNumber(compact, 0, digits)) {
        numberIfOne(compact, digits, true, false);
        return;
      }
    }
    for (String unit : PublishedWording.COUNT_UNITS) {
      if (compact.endsWith(unit)) {
        int digits = length - unit.length();
        if (isNumber(compact, 0, digits)) {
          numberIfOne(compact, digits, true, false);
          return;
        }
      }
    }
    if (compact.endsWith(PublishedWording.YUAN)) {
      int digits = length - PublishedWording.YUAN.length();
      if (isNumber(compact, 0, digits)) {
        numberIfOne(compact, digits, true, true);
        return;
      }
    }
    set(Kind.TEXT, null, false, false, compact, compact);
  }

  /**
   * {@link #number} when the printed text's digits are one number's ({@link #oneNumber}), else
   * text: a circled, raised or lowered digit is a note's mark that NFKC would make a digit of the
   * number ("0①", "70¹": 1 and 701), and digits apart are two numbers as much as one ("2 1": 21).
   * Asked only of text that has a number's shape: captions numbered "1." are not scanned for it.
   */
  private void numberIfOne(String compact, int end, boolean noted, boolean yuan) {
    if (oneNumber(text)) {
      number(compact, end, noted, yuan);
    } else {
      set(Kind.TEXT, null, false, false, compact, compact);
    }
  }

  /**
   * The most common cell, one to 18 ASCII digits between spaces or tabs (which {@link
   * Normalizer#compact} drops), told without folding the text or trying the other shapes; false
   * (nothing set) for any other text.
   */
  private boolean plainCount() {
    int length = text.length();
    if (length > 256) {
      // as long a text is no value, whatever it holds (below)
      return false;
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
      return false;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    String compact;
    if (from == 0 && to == length) {
      compact = text;
    } else if (to - from == 1) {
      // a padded digit ("| 0 |"), most cells of a Markdown table: shared, not copied out
      compact = DIGITS[(int) value];
    } else {
      compact = text.substring(from, to);
    }
    set(Kind.NUMBER, BigDecimal.valueOf(value), false, false, compact, compact);
    return true;
  }

  private static int longest(Iterable<String> texts) {
    int longest = 0;
    for (String text : texts) {
      longest = Math.max(longest, text.length());
    }
    return longest;
  }

  /**
   * Whether the text's digits can be one number's: no digit that is not one of a number (Unicode's
   * other numbers: ①, ⑴, ⒈, ¹, ₁…, as footnotes are marked, which NFKC folds to the digits they
   * show), and no digits set apart by a space or a line break ("2 1", "1\n4", "4500 .00": two
   * cells' values run into one, or one number with a stray space; which, the text does not say).
   */
  private static boolean oneNumber(String text) {
    boolean digitBefore = false;
    boolean apart = false;
    boolean separatorBefore = false;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      boolean separator = false;
      if (isAnyDigit(c)) {
        if (apart) {
          return false;
        }
        digitBefore = true;
      } else if (Character.getType(c) == Character.OTHER_NUMBER) {
        return false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        apart = digitBefore;
      } else if (isSeparator(c) && digitBefore && !separatorBefore) {
        // a decimal point or a thousands separator is inside a number: digits set apart around
        // it ("4500 .00", "1, 234") are as much two numbers as "2 1" is
        separator = true;
      } else {
        digitBefore = false;
        apart = false;
      }
      separatorBefore = separator;
    }
    return true;
  }

  private static boolean isSeparator(int c) {
    return c == '.' || c == ',' || c == '\uff0e' || c == '\uff0c';
  }

  private static boolean isAnyDigit(int c) {
    return c >= '0' && c <= '9' || c >= '\uff10' && c <= '\uff19';
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isDashes(String compact) {
    for (int i = 0; i < compact.length(); i++) {
      if (!DASHES.get(compact.charAt(i))) {
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
  private void number(String compact, int end, boolean noted, boolean yuan) {
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
    set(Kind.NUMBER, number, noted, yuan, compact, compact);
  }

  /** Whether the cell can stand in a value column: a number, blank or a mark. */
  boolean isValue() {
    return kind != Kind.TEXT;
  }
}
