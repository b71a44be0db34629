package io.github.xxgk.report.cli;

/**
 * Makes text from the input safe to print: nothing the data holds can start a line, move the
 * cursor, reorder what a terminal shows or pass for another field. Every C0 and C1 control, DEL,
 * the line and paragraph separators, the bidirectional controls, U+FEFF and lone surrogates become
 * {@code \}{@code uXXXX}.
 */
final class Escape {
  private Escape() {}

  /** Whether the character is printed as an escape. */
  static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF'
        || Character.isSurrogate(c);
  }

  /** The text with every unsafe character escaped; the same string when there is none. */
  static String text(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (unsafe(c)) {
        appendEscape(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A file name as the first field of a text line: escaped, and quoted when it holds a colon, a
   * quote, an escape or leading or trailing space, so that it cannot pass for {@code FILE:LINE}.
   */
  static String fileName(String name) {
    String escaped = text(name);
    boolean quote =
        escaped != name
            || name.isEmpty()
            || name.indexOf(':') >= 0
            || name.indexOf('"') >= 0
            || Character.isWhitespace(name.charAt(0))
            || Character.isWhitespace(name.charAt(name.length() - 1));
    if (!quote) {
      return name;
    }
    return '"' + escaped.replace("\"", "\\\"") + '"';
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  private static void appendEscape(StringBuilder out, char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    for (int pad = hex.length(); pad < 4; pad++) {
      out.append('0');
    }
    out.append(hex);
  }
}
