package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.form.TraditionalForms;
import java.text.Normalizer.Form;
import java.util.BitSet;

/**
 * Brings printed text to the form in which captions are compared: compatibility forms folded
 * (full-width letters, digits and brackets to ASCII), the traditional forms of the catalogue's
 * characters folded to its simplified ones ({@link TraditionalForms}: "公開" is compared as "公开"),
 * spaces, line breaks and quotes removed, and for captions the numbering in front ("三（三）1.", "（七）",
 * "一、") stripped. What is read as printed (an organ's name, a caption quoted in a problem) is taken
 * from {@link #printed}, which folds no traditional character.
 *
 * <p>Every caption and cell of a page passes through here, so both steps are single scans: the
 * characters printed reports use (ASCII, the unified CJK ideographs, full-width ASCII, the CJK
 * punctuation of captions) are folded by a table of what NFKC does to them, and only text holding
 * any other character goes through {@link java.text.Normalizer}; the numbering is stripped by a
 * hand-written scanner of the five numbering shapes. {@code NormalizerTest} checks both against
 * NFKC and the regular expression they replace.
 */
final class Normalizer {
  /**
   * The numerals of the form's numbering ("三、", "（十）"), as a set of characters: the first character
   * of every caption is tested, and a search of the string cost more than the rest of the test.
   */
  private static final BitSet NUMERALS = characters(PublishedWording.NUMERALS);

  /** {@link #isDropped} of each ASCII character, as a bit set of two words. */
  private static final long[] ASCII_DROPPED = new long[2];

  static {
    for (char c = 0; c < 0x80; c++) {
      if (isDropped(c)) {
        ASCII_DROPPED[c >> 6] |= 1L << c;
      }
    }
  }

  private Normalizer() {}

  /** Text with compatibility forms folded and every space, line break and quote removed. */
  static String compact(String text) {
    return compact(text, Integer.MAX_VALUE);
  }

  /**
   * {@link #compact} but with traditional characters as printed: the same length and positions as
   * {@code compact}'s, so that a name found in compact text is cut from this one where it stands.
   */
  static String printed(String text) {
    return compactFolded(java.text.Normalizer.normalize(text, Form.NFKC), false);
  }

  /** Whether {@link #compact} folds any character of {@code text} from its traditional form. */
  static boolean holdsTraditional(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x4e00 && TraditionalForms.simplified(c) != c) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #compact} when it is at most {@code max} characters long, else null: for a test that
   * only looks at short text (a date line, an organ's name), without folding a long paragraph.
   */
  static String compactAtMost(String text, int max) {
    if (max < text.length() && keepsMore(text, max)) {
      return null;
    }
    return compact(text, max);
  }

  /**
   * Whether more than {@code max} characters are kept before any that needs NFKC, which makes the
   * compact text longer than {@code max} (see {@link #compact(String, int)}): the long paragraphs
   * asked whether they are short are told so by counting, without copying any of them.
   */
  private static boolean keepsMore(String text, int max) {
    int kept = 0;
    for (int i = 0; i < text.length(); i++) {
      int folded = fold(text.charAt(i));
      if (folded == NFKC) {
        // the rest is decided by NFKC, in compact itself
        return false;
      }
      if (folded != DROPPED && ++kept > max) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last character of {@code text[from, to)} that {@link #compact} keeps, as it folds it, and
   * so the last of the compact text of any part of it from {@code from} or later to {@code to} that
   * keeps one; {@link #DROPPED} when it keeps none, {@link #NFKC} when a character after the last
   * kept one is left to NFKC. A character left to NFKC before it changes nothing: what {@code fold}
   * keeps composes with nothing before it, and NFKC folds what follows it (spaces, quotes) to what
   * compact drops.
   */
  static int lastKept(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      int folded = fold(text.charAt(i));
      if (folded != DROPPED) {
        return folded;
      }
    }
    return DROPPED;
  }

  /**
   * The last character of {@link #caption} of {@code text}, found from its end without folding the
   * rest: the caption ends in it or is empty (numbering reaching the end: "1.,"). {@link #DROPPED}
   * when the caption is empty, {@link #NFKC} when a character after it is left to NFKC ({@link
   * #lastKept} tells why one before it changes nothing).
   */
  static int lastOfCaption(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      int folded = fold(text.charAt(i));
      if (folded == NFKC) {
        return NFKC;
      }
      if (folded != DROPPED && !isTrailing((char) folded)) {
        return folded == '\u3001' ? ',' : folded;
      }
    }
    return DROPPED;
  }

  /**
   * The {@code nth} character (from 0) that {@link #compact} keeps of {@code text}, as it folds it:
   * how compact text starts, told without folding the rest. {@link #DROPPED} when it keeps fewer,
   * {@link #NFKC} when a character left to NFKC comes first (NFKC may make characters of it).
   */
  static int kept(String text, int nth) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      int folded = fold(text.charAt(i));
      if (folded == NFKC) {
        return NFKC;
      }
      if (folded != DROPPED && count++ == nth) {
        return folded;
      }
    }
    return DROPPED;
  }

  /** {@link #fold} of a character compact drops. */
  static final int DROPPED = -1;

  /** {@link #fold} of a character only NFKC folds. */
  static final int NFKC = -2;

  /**
   * What compact makes of a character outside NFKC's: itself, its ASCII or its simplified form,
   * {@link #DROPPED}, or {@link #NFKC} for any character whose folding is left to {@link
   * java.text.Normalizer}. ASCII and the ideographs are most of every page: decided without
   * Character's tables.
   */
  private static int fold(char c) {
    if (c < 0x80) {
      return (ASCII_DROPPED[c >> 6] & (1L << c)) != 0 ? DROPPED : c;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      return TraditionalForms.simplified(c);
    } else if (isStable(c)) {
      // none of them is a space: of them, only the quotes are dropped
      return isQuote(c) ? DROPPED : c;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      char folded = (char) (c - 0xfee0);
      return (ASCII_DROPPED[folded >> 6] & (1L << folded)) != 0 ? DROPPED : folded;
    } else if (c == '\u3000' || c == '\u00a0') {
      return DROPPED;
    }
    return NFKC;
  }

  private static String compact(String text, int max) {
    int length = text.length();
    // Each character kept before one that needs NFKC stays one character (composition only joins
    // marks to the character before them), so the count so far never exceeds the final length.
    int capacity = max < length ? max + 1 : length;
    // What is kept is one run of the text, text[runStart, runEnd), until a character is folded or
    // a dropped one falls between kept ones: most cells and captions are such a run (padded with
    // spaces, or not at all) and become a substring, without a buffer copied into a string again.
    int runStart = -1;
    int runEnd = -1;
    char[] out = null;
    int kept = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      int kind = fold(c);
      if (kind == NFKC) {
        String compact = compactFolded(java.text.Normalizer.normalize(text, Form.NFKC), true);
        return compact.length() <= max ? compact : null;
      }
      if (kind == DROPPED) {
        continue;
      }
      char folded = (char) kind;
      if (out == null) {
        if (folded == c && (runStart < 0 || runEnd == i)) {
          runStart = runStart < 0 ? i : runStart;
          runEnd = i + 1;
          if (runEnd - runStart > max) {
            return null;
          }
          continue;
        }
        out = new char[capacity];
        if (runStart >= 0) {
          text.getChars(runStart, runEnd, out, 0);
          kept = runEnd - runStart;
        }
      }
      if (kept == max) {
        return null;
      }
      out[kept++] = folded;
    }
    if (out != null) {
      return new String(out, 0, kept);
    }
    return runStart < 0 ? "" : text.substring(runStart, runEnd);
  }

  private static String compactFolded(String folded, boolean simplified) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!isDropped(c)) {
        out.append(simplified ? TraditionalForms.simplified(c) : c);
      }
    }
    return out.toString();
  }

  /**
   * The punctuation of captions and cells that NFKC leaves as it is and that neither composes with
   * a neighbour nor is a combining mark: the ideographic comma and full stop, the CJK brackets,
   * dashes and box lines, curly quotes and the middle dot.
   */
  static boolean isStable(char c) {
    return c == '\u3001'
        || c == '\u3002'
        || (c >= '\u3008' && c <= '\u3011')
        || c == '\u3014'
        || c == '\u3015'
        || (c >= '\u2012' && c <= '\u2015')
        || c == '\u2018'
        || c == '\u2019'
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u2212'
        || c == '\u2500'
        || c == '\u00b7';
  }

  private static boolean isDropped(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || isQuote(c)
        || c == '\u200b'
        || c == '\ufeff';
  }

  /** A caption as compared: compact, without numbering in front or punctuation at the end. */
  static String caption(String text) {
    return captionOfCompact(compact(text));
  }

  /** {@link #caption} of text that is already {@link #compact}. */
  static String captionOfCompact(String compact) {
    int from = 0;
    for (int guard = 0; guard < 4; guard++) {
      int numbering = numbering(compact, from);
      if (numbering == 0 || from + numbering == compact.length()) {
        break;
      }
      from += numbering;
    }
    int end = compact.length();
    // As a regular expression's "$" would: the end of the text, or before a last NEL (U+0085, a
    // line terminator that is no whitespace and so survives compact).
    int to = end > from && compact.charAt(end - 1) == '\u0085' ? end - 1 : end;
    int kept = to;
    while (to > from && isTrailing(compact.charAt(to - 1))) {
      to--;
    }
    String caption =
        to == kept
            ? compact.substring(from, end)
            : compact.substring(from, to) + compact.substring(kept, end);
    return caption.replace('\u3001', ',');
  }

  private static boolean isTrailing(char c) {
    return c == ':' || c == '\u3002' || c == ';' || c == ',';
  }

  /**
   * The length of the numbering at {@code from}, 0 when there is none. The shapes, tried in this
   * order: numerals before a bracket ("三（"), numerals and a comma or point ("三、"), numerals in
   * brackets with an optional comma or point ("（三）、"), one or two digits and a point, comma or
   * closing bracket ("1." "1）"), or before any character but a digit, point or comma ("1公开"), and
   * one or two digits in brackets ("（1）").
   */
  static int numbering(String text, int from) {
    int length = text.length();
    if (from >= length) {
      return 0;
    }
    char first = text.charAt(from);
    if (isNumeral(first)) {
      int end = from;
      while (end < length && isNumeral(text.charAt(end))) {
        end++;
      }
      if (end < length) {
        char next = text.charAt(end);
        if (next == '(') {
          return end - from;
        }
        if (next == '\u3001' || next == '.' || next == ',') {
          return end + 1 - from;
        }
      }
      return 0;
    }
    if (isDigit(first)) {
      int digits = from + 1 < length && isDigit(text.charAt(from + 1)) ? 2 : 1;
      if (from + digits >= length) {
        return 0;
      }
      char next = text.charAt(from + digits);
      if (next == '.' || next == '\u3001' || next == ',' || next == ')') {
        return digits + 1;
      }
      return isDigit(next) ? 0 : digits;
    }
    if (first == '(' && from + 1 < length) {
      int end = from + 1;
      if (isNumeral(text.charAt(end))) {
        while (end < length && isNumeral(text.charAt(end))) {
          end++;
        }
      } else {
        while (end < length && end < from + 3 && isDigit(text.charAt(end))) {
          end++;
        }
        if (end == from + 1) {
          return 0;
        }
      }
      if (end >= length || text.charAt(end) != ')') {
        return 0;
      }
      end++;
      if (end < length && (text.charAt(end) == '\u3001' || text.charAt(end) == '.')) {
        end++;
      }
      return end - from;
    }
    return 0;
  }

  private static boolean isNumeral(char c) {
    return NUMERALS.get(c);
  }

  /** The characters of a text, as a set. */
  static BitSet characters(String text) {
    BitSet set = new BitSet();
    for (int i = 0; i < text.length(); i++) {
      set.set(text.charAt(i));
    }
    return set;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isQuote(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u2018'
        || c == '\u2019'
        || c == '\u300c'
        || c == '\u300d';
  }
}
