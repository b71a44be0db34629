package io.github.xxgk.report.publication.render;

/**
 * Writes escaped text. Report text is data: every character that HTML could read as markup is
 * escaped, and the characters HTML5 forbids in text (controls, lone surrogates, noncharacters) are
 * shown as visible stand-ins, so that nothing a report holds can end an element or run as script.
 */
final class Markup {
  /** The first of the Unicode control pictures, ␀ for U+0000. */
  private static final char CONTROL_PICTURES = '\u2400';

  private static final char DELETE_PICTURE = '\u2421';

  private static final char REPLACEMENT = '\uFFFD';

  /**
   * A builder made from a UTF-16 string holds UTF-16 from the start: a page always has Chinese in
   * it, and a builder that began as Latin-1 would copy itself into a second buffer at the first.
   */
  private static final String UTF16 = "\uFFFD";

  private Markup() {}

  /** An empty builder for text with Chinese in it, of a capacity in characters. */
  static StringBuilder builder(int capacity) {
    StringBuilder builder = new StringBuilder(UTF16);
    builder.setLength(0);
    builder.ensureCapacity(capacity);
    return builder;
  }

  /** Appends text escaped for an HTML element's content or a quoted attribute value. */
  static void html(StringBuilder out, CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          i = plain(out, text, i, c);
      }
    }
  }

  /**
   * Appends text for a plain-text page: unchanged but for controls, which become visible stand-ins
   * (a tab or a line break inside a cell would otherwise read as the page's own structure).
   */
  static void text(StringBuilder out, CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      i = plain(out, text, i, text.charAt(i));
    }
  }

  /** Appends one character, or a surrogate pair, and returns the index of its last char. */
  private static int plain(StringBuilder out, CharSequence text, int i, char c) {
    if (c < 0x20) {
      out.append((char) (CONTROL_PICTURES + c));
    } else if (c == 0x7F) {
      out.append(DELETE_PICTURE);
    } else if (c < 0x7F) {
      out.append(c);
    } else if ((c >= 0x80 && c <= 0x9F)
        || c == '\uFFFE'
        || c == '\uFFFF'
        || (c >= '\uFDD0' && c <= '\uFDEF')) {
      out.append(REPLACEMENT);
    } else if (Character.isHighSurrogate(c)) {
      if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        if ((codePoint & 0xFFFE) == 0xFFFE) {
          out.append(REPLACEMENT);
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        return i + 1;
      }
      out.append(REPLACEMENT);
    } else if (Character.isLowSurrogate(c)) {
      out.append(REPLACEMENT);
    } else {
      out.append(c);
    }
    return i;
  }

  /**
   * The paragraphs of a narrative: its lines, split at any line terminator, without the empty ones.
   * The text of each is kept as it is.
   */
  static java.util.List<String> paragraphs(String text) {
    java.util.List<String> paragraphs = new java.util.ArrayList<>();
    for (int[] range : paragraphRanges(text)) {
      paragraphs.add(text.substring(range[0], range[1]));
    }
    return paragraphs;
  }

  /** Where each paragraph of {@link #paragraphs} starts and ends in the text. */
  static java.util.List<int[]> paragraphRanges(String text) {
    java.util.List<int[]> ranges = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isLineBreak(text.charAt(i))) {
        if (!text.substring(start, i).trim().isEmpty()) {
          ranges.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    return ranges;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
