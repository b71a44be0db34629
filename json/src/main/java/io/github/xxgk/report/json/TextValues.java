package io.github.xxgk.report.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** What a JSON string must be beyond JSON: Unicode text, a date; and keys as pointer segments. */
final class TextValues {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private TextValues() {}

  /** The date of a text {@code YYYY-MM-DD}, or null when it is none. */
  static LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Whether a string is Unicode text: an escaped lone surrogate is valid JSON but cannot be written
   * as UTF-8, so it would break the round trip.
   */
  static boolean isUnicode(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if ((text.charAt(i) & 0xF800) == 0xD800) {
        // Rare: a surrogate; the rest is checked on a copy, the text before it had none.
        char[] rest = text.substring(i).toCharArray();
        return isUnicode(rest, 0, rest.length);
      }
    }
    return true;
  }

  /** {@link #isUnicode(String)} on the parser's own buffer, without a copy. */
  static boolean isUnicode(char[] text, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      // One test for the common case, which is no surrogate at all (U+D800 to U+DFFF).
      if ((c & 0xF800) != 0xD800) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Escapes a key as a JSON Pointer segment (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
