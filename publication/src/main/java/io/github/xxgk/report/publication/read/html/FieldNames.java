package io.github.xxgk.report.publication.read.html;

import io.github.xxgk.report.form.PublishedWording;
import java.util.BitSet;

/**
 * Sets a metadata field's name apart from its value when only markup does ({@code
 * <strong>名称</strong>沭阳县…}, {@code <span>发布机构</span>…}): at the end of an inline element whose text
 * so far is nothing but such a name ({@link PublishedWording#METADATA_FIELD_NAME}), a space is
 * appended, as a browser's reader sees the two apart.
 */
final class FieldNames {
  /** The most characters of a field name with its spacing. */
  static final int LENGTH = 12;

  /**
   * Every character the pattern can match: the names' own characters, U+00A0, U+3000 and the
   * full-width colon stand in its text as themselves (every character of it beyond ASCII is such a
   * literal); of ASCII it matches only {@code \s} and the colon. Held to the pattern by {@code
   * FieldNamesProperties}.
   */
  private static final BitSet CHARACTERS =
      characters(PublishedWording.METADATA_FIELD_NAME.pattern());

  private FieldNames() {}

  /**
   * Appends a space when the text is a field name and nothing else. Nearly every short text an
   * inline element ends is a number, a caption or spacing: one holding a character no field name
   * holds, or no letter (every alternative of the pattern holds a name, of letters), is passed
   * without running the pattern, whose matcher (made anew each call) cost a tenth of reading a
   * Word-exported page, where every cell's digits stand in a span or two.
   */
  static void setOff(StringBuilder text) {
    int length = text.length();
    if (length == 0 || length > LENGTH) {
      return;
    }
    boolean letter = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!CHARACTERS.get(c)) {
        return;
      }
      letter |= Character.isLetter(c);
    }
    if (letter && PublishedWording.METADATA_FIELD_NAME.matcher(text).matches()) {
      text.append(' ');
    }
  }

  private static BitSet characters(String pattern) {
    BitSet characters = new BitSet();
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) >= 0x80) {
        characters.set(pattern.charAt(i));
      }
    }
    for (char c : " \t\n\u000b\f\r:".toCharArray()) {
      characters.set(c);
    }
    return characters;
  }
}
