package io.github.xxgk.report.publication.read.match;

import java.text.Normalizer.Form;
import java.util.regex.Pattern;

/**
 * Brings printed text to the form in which captions are compared: compatibility forms folded
 * (full-width letters, digits and brackets to ASCII), spaces, line breaks and quotes removed, and
 * for captions the numbering in front ("三（三）1.", "（七）", "一、") stripped.
 */
final class Normalizer {
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^(?:[一二三四五六七八九十]+(?=\\()|[一二三四五六七八九十]+[、.,]|\\([一二三四五六七八九十]+\\)[、.]?|\\d{1,2}(?:[.、,]|\\)|(?=[^\\d.,]))|\\(\\d{1,2}\\)[、.]?)");
  private static final Pattern TRAILING = Pattern.compile("[:。;,]+$");

  private Normalizer() {}

  /** Text with compatibility forms folded and every space, line break and quote removed. */
  static String compact(String text) {
    String folded = isPlain(text) ? text : java.text.Normalizer.normalize(text, Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isQuote(c) || c == '\u200b' || c == '\ufeff') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A caption as compared: compact, without numbering in front or punctuation at the end. */
  static String caption(String text) {
    String compact = compact(text);
    for (int guard = 0; guard < 4; guard++) {
      String stripped = NUMBERING.matcher(compact).replaceFirst("");
      if (stripped.equals(compact) || stripped.isEmpty()) {
        break;
      }
      compact = stripped;
    }
    return TRAILING.matcher(compact).replaceFirst("").replace('\u3001', ',');
  }

  /**
   * Whether NFKC would leave the text as it is, judged cheaply: ASCII, the unified CJK ideographs
   * and the CJK punctuation captions use are stable. Saves normalising every paragraph of a page.
   */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !(c >= 0x4e00 && c <= 0x9fff) && c != '\u3001' && c != '\u3002' && c != '\u201c' && c != '\u201d') {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019'
        || c == '\u300c' || c == '\u300d';
  }
}
