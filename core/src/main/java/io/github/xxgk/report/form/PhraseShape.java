package io.github.xxgk.report.form;

import java.util.Arrays;
import java.util.List;

/**
 * A {@link NarrativePhrase}'s pattern compiled once into the parts a figure's neighbourhood is
 * matched against, from the number outwards, without a regular expression or a substring: words
 * (each part a choice of literal strings, the empty one where the part is optional), bounded gaps
 * of characters outside a set, and words that must not come just before. The pattern stays the
 * phrase's one datum; {@link PhraseSyntax} reads it, and refuses any syntax it does not know.
 */
final class PhraseShape {
  private static final String NUMBER_THEN_UNIT = PhraseTable.NUMBER + PhraseTable.UNIT;

  private final Part[] before;
  private final Part[] after;
  private final boolean figureFirst;

  private PhraseShape(Part[] before, Part[] after) {
    this.before = before;
    this.after = after;
    this.figureFirst = before.length == 0;
    link(before, -1);
    link(after, 1);
  }

  // Gives each gap the part that consumes text next in the direction it is matched (backwards
  // before the number, forwards after it), passing over look-behinds, which consume none.
  private static void link(Part[] parts, int step) {
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].kind != Kind.GAP) {
        continue;
      }
      for (int k = i + step; k >= 0 && k < parts.length; k += step) {
        if (parts[k].kind != Kind.NOT_AFTER) {
          parts[i].then = parts[k];
          break;
        }
      }
    }
  }

  /** Reads a phrase's pattern: parts, then the number and its unit, then parts. */
  static PhraseShape of(String pattern) {
    int at = pattern.indexOf(NUMBER_THEN_UNIT);
    if (at < 0 || pattern.indexOf(NUMBER_THEN_UNIT, at + 1) >= 0) {
      throw new IllegalArgumentException("a phrase states one count: " + pattern);
    }
    return new PhraseShape(
        PhraseSyntax.parse(pattern.substring(0, at)),
        PhraseSyntax.parse(pattern.substring(at + NUMBER_THEN_UNIT.length())));
  }

  /** Whether the figure comes before the phrase's words. */
  boolean figureFirst() {
    return figureFirst;
  }

  /**
   * Whether the phrase states the count whose number spans {@code number} to {@code numberEnd} and
   * whose unit ends at {@code countEnd}, within the sentence from {@code start} to {@code end}. The
   * text is read from {@code chars}, a copy of it from {@code base} (by {@link #LOOK_BEHIND} before
   * the sentence at least, for the look-behinds, which see the text before it): positions are the
   * text's, and {@code chars[p - base]} is the character at {@code p}. An array, because a {@code
   * String}'s coder and bounds checks at every character cost more than the comparisons.
   */
  boolean matches(
      char[] chars, int base, int start, int end, int number, int numberEnd, int countEnd) {
    // From here on, positions are the copy's.
    int n = number - base;
    int nEnd = numberEnd - base;
    int cEnd = countEnd - base;
    if (!validNumber(chars, n, nEnd)) {
      return false;
    }
    for (int i = nEnd; i < cEnd - 1; i++) {
      if (!isRegexSpace(chars[i])) {
        return false;
      }
    }
    return figureFirst
        ? forward(after, 0, chars, cEnd, end - base)
        : backward(before, before.length - 1, chars, n, start - base);
  }

  /** The longest look-behind a phrase may use: the scan copies this much before a sentence. */
  static final int LOOK_BEHIND = 2;

  // The number as the pattern reads it: up to 12 digits, or digits grouped by commas in threes.
  private static boolean validNumber(char[] text, int start, int end) {
    int commas = 0;
    for (int i = start; i < end; i++) {
      commas += text[i] == ',' ? 1 : 0;
    }
    if (commas == 0) {
      return end - start <= 12;
    }
    int group = 0;
    boolean first = true;
    for (int i = start; i < end; i++) {
      if (text[i] == ',') {
        if (first ? group < 1 || group > 3 : group != 3) {
          return false;
        }
        first = false;
        group = 0;
      } else {
        group++;
      }
    }
    return group == 3;
  }

  // The pattern's \s, which is narrower than Character.isWhitespace.
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean backward(Part[] parts, int i, char[] text, int pos, int lo) {
    if (i < 0) {
      return true;
    }
    Part part = parts[i];
    switch (part.kind) {
      case NOT_AFTER:
        return notAfter(text, pos, part.chars[0]) && backward(parts, i - 1, text, pos, lo);
      case GAP:
        // Before the next part is tried at each length of the gap, the character it would end
        // with is looked up among its words' last characters: most lengths end there, without a
        // call.
        Part next = part.then;
        for (int len = 0; len <= part.max && pos - len >= lo; len++) {
          if (len > 0 && !part.allows(text[pos - len])) {
            return false;
          }
          if ((next == null || next.mayEnd(text, pos - len, lo))
              && backward(parts, i - 1, text, pos - len, lo)) {
            return true;
          }
        }
        return false;
      default:
        for (char[] word : part.chars) {
          int from = pos - word.length;
          if (from >= lo && holds(text, from, word) && backward(parts, i - 1, text, from, lo)) {
            return true;
          }
        }
        return false;
    }
  }

  private static boolean forward(Part[] parts, int i, char[] text, int pos, int hi) {
    if (i == parts.length) {
      return true;
    }
    Part part = parts[i];
    switch (part.kind) {
      case NOT_AFTER:
        return notAfter(text, pos, part.chars[0]) && forward(parts, i + 1, text, pos, hi);
      case GAP:
        Part next = part.then;
        for (int len = 0; len <= part.max && pos + len <= hi; len++) {
          if (len > 0 && !part.allows(text[pos + len - 1])) {
            return false;
          }
          if ((next == null || next.mayStart(text, pos + len, hi))
              && forward(parts, i + 1, text, pos + len, hi)) {
            return true;
          }
        }
        return false;
      default:
        for (char[] word : part.chars) {
          if (pos + word.length <= hi
              && holds(text, pos, word)
              && forward(parts, i + 1, text, pos + word.length, hi)) {
            return true;
          }
        }
        return false;
    }
  }

  // Whether the text holds the word at {@code at}, which the caller has bounded.
  private static boolean holds(char[] text, int at, char[] word) {
    for (int k = 0; k < word.length; k++) {
      if (text[at + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  // A negative look-behind, which sees the text before the sentence as the regex's transparent
  // bounds do: the copy holds LOOK_BEHIND characters before the sentence, or starts with the text.
  private static boolean notAfter(char[] text, int pos, char[] word) {
    return pos < word.length || !holds(text, pos - word.length, word);
  }

  enum Kind {
    WORDS,
    GAP,
    NOT_AFTER
  }

  /** One part of a phrase: a choice of words, a gap, or a word that must not precede. */
  static final class Part {
    final Kind kind;
    final String[] words;
    // The words' characters, which the matcher compares.
    final char[][] chars;
    final int max;
    final boolean excludesDigits;
    final char[] excluded;
    // For a gap: the part matched next in the gap's direction, null if none (see link).
    Part then;
    // For a choice of words none of which is empty: the first and the last character of each.
    private final char[] firsts;
    private final char[] lasts;

    Part(Kind kind, String[] words, int max, boolean excludesDigits, String excluded) {
      this.kind = kind;
      this.words = words;
      this.chars = words == null ? null : new char[words.length][];
      for (int w = 0; words != null && w < words.length; w++) {
        chars[w] = words[w].toCharArray();
      }
      this.max = max;
      this.excludesDigits = excludesDigits;
      this.excluded = excluded == null ? null : excluded.toCharArray();
      boolean ends = kind == Kind.WORDS && Arrays.stream(words).noneMatch(String::isEmpty);
      this.firsts = ends ? new char[words.length] : null;
      this.lasts = ends ? new char[words.length] : null;
      for (int w = 0; ends && w < words.length; w++) {
        firsts[w] = words[w].charAt(0);
        lasts[w] = words[w].charAt(words[w].length() - 1);
      }
    }

    static Part words(List<String> words) {
      return new Part(Kind.WORDS, words.toArray(new String[0]), 0, false, null);
    }

    boolean allows(char c) {
      if (excludesDigits && c >= '0' && c <= '9') {
        return false;
      }
      for (char x : excluded) {
        if (c == x) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether this part may match backwards from {@code pos} (bounded by {@code lo}): false only
     * when it is a choice of words none of which ends with the character before {@code pos}.
     */
    boolean mayEnd(char[] text, int pos, int lo) {
      return lasts == null || pos > lo && holdsChar(lasts, text[pos - 1]);
    }

    /**
     * Whether this part may match forwards from {@code pos} (bounded by {@code hi}): false only
     * when it is a choice of words none of which starts with the character at {@code pos}.
     */
    boolean mayStart(char[] text, int pos, int hi) {
      return firsts == null || pos < hi && holdsChar(firsts, text[pos]);
    }

    private static boolean holdsChar(char[] chars, char c) {
      for (char x : chars) {
        if (c == x) {
          return true;
        }
      }
      return false;
    }
  }
}
