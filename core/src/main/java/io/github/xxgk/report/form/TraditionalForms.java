package io.github.xxgk.report.form;

import io.github.xxgk.report.resource.ShippedResource;

/**
 * The traditional forms of the characters that the catalogue's Chinese is written in, so that a
 * report printed in traditional characters ("政府信息公開工作年度報告", "收到和處理政府信息公開申請情況") is matched against
 * the same captions and wording as one printed in simplified characters.
 *
 * <p>The data is {@code traditional-forms.txt} beside this class: one line for every CJK character
 * that occurs in the catalogue (captions, variants, wording, narrative phrases), the simplified
 * character first and its traditional forms after it, or the character alone when it has none. A
 * character outside the catalogue has no entry and is never folded: this is no converter of Chinese
 * text, only of the characters the form's labels are compared in. {@code TraditionalFormsTest}
 * fails when a character of the catalogue is missing from the data.
 */
public final class TraditionalForms {
  /** The first character of the range folded: the CJK Unified Ideographs. */
  private static final char FIRST = '\u4e00';

  /** The last character of the range folded. */
  private static final char LAST = '\u9fff';

  /**
   * For each char value, its simplified form, or itself: 128 KB, so that a character is folded by
   * one load, with no test of its range (digits and marks among ideographs made that branch
   * unpredictable: a table of the range alone, or a bit set of the characters to replace, folded at
   * half this speed).
   */
  private static final char[] SIMPLIFIED = load();

  private TraditionalForms() {}

  /**
   * The simplified form of a character, when it is a traditional form of a character of the
   * catalogue; else the character itself.
   */
  public static char simplified(char c) {
    return SIMPLIFIED[c];
  }

  /**
   * A text with each traditional form of a character of the catalogue replaced by its simplified
   * form; the text itself when it holds none. For the checks that read a whole text rarely (a
   * finding about to be made, a word not found as printed): the narrative scan folds only the
   * sentences it reads, as it copies them ({@link #simplify}).
   */
  public static String simplified(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (simplified(c) != c) {
        char[] chars = text.toCharArray();
        simplify(chars, i, chars.length);
        return new String(chars);
      }
    }
    return text;
  }

  /** Replaces, from {@code from} to {@code to}, each character by its {@link #simplified} form. */
  static void simplify(char[] chars, int from, int to) {
    char[] table = SIMPLIFIED;
    for (int i = from; i < to; i++) {
      chars[i] = table[chars[i]];
    }
  }

  private static char[] load() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int i = 0; i < table.length; i++) {
      table[i] = (char) i;
    }
    String data = ShippedResource.text(TraditionalForms.class, "traditional-forms.txt");
    for (String line : data.split("\n", -1)) {
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      char simplified = line.charAt(0);
      for (int i = 1; i < line.length(); i++) {
        char traditional = line.charAt(i);
        if (traditional >= FIRST && traditional <= LAST) {
          table[traditional] = simplified;
        }
      }
    }
    return table;
  }
}
