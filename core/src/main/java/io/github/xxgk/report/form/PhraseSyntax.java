package io.github.xxgk.report.form;

import io.github.xxgk.report.form.PhraseShape.Kind;
import io.github.xxgk.report.form.PhraseShape.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a phrase's pattern into the parts of its {@link PhraseShape}: the small part of
 * regular-expression syntax the phrases use, refusing anything else, so that a new phrase cannot
 * silently be read otherwise than written.
 */
final class PhraseSyntax {
  private PhraseSyntax() {}

  // The syntax the phrases use: literal characters, x?, (?:a|b)?, [abc], [^\d…]{0,n}?, (?<!xy), and
  // \( or \) within (?:…).
  static Part[] parse(String pattern) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      List<String> words;
      if (pattern.startsWith("(?<!", i)) {
        int close = pattern.indexOf(')', i);
        String word = pattern.substring(i + 4, close);
        if (word.isEmpty()
            || word.length() > PhraseShape.LOOK_BEHIND
            || !expand(word, pattern).equals(Arrays.asList(word))) {
          throw refused(pattern, i);
        }
        parts.add(new Part(Kind.NOT_AFTER, new String[] {word}, 0, false, null));
        i = close + 1;
        continue;
      } else if (pattern.startsWith("[^", i)) {
        int close = pattern.indexOf(']', i);
        String set = pattern.substring(i + 2, close);
        // Every gap excludes digits: the scan tries a phrase only on the run of text without a
        // digit around a count (SentenceScan.words).
        boolean digits = set.startsWith("\\d");
        String excluded = digits ? set.substring(2) : set;
        int brace = close + 1;
        if (!digits || !pattern.startsWith("{0,", brace) || excluded.indexOf('\\') >= 0) {
          throw refused(pattern, i);
        }
        int closeBrace = pattern.indexOf('}', brace);
        int max = Integer.parseInt(pattern.substring(brace + 3, closeBrace));
        i = closeBrace + 1;
        if (i < pattern.length() && pattern.charAt(i) == '?') {
          i++; // lazy or greedy, a gap matches the same texts
        }
        parts.add(new Part(Kind.GAP, null, max, digits, excluded));
        continue;
      } else if (c == '[') {
        int close = pattern.indexOf(']', i);
        words = new ArrayList<>();
        for (int k = i + 1; k < close; k++) {
          if ("\\^-".indexOf(pattern.charAt(k)) >= 0) {
            throw refused(pattern, k);
          }
          words.add(String.valueOf(pattern.charAt(k)));
        }
        i = close + 1;
      } else if (pattern.startsWith("(?:", i)) {
        int close = pattern.indexOf(')', i);
        words = new ArrayList<>();
        for (String alternative : pattern.substring(i + 3, close).split("\\|", -1)) {
          words.addAll(expand(alternative, pattern));
        }
        i = close + 1;
      } else if ("\\.*+{}()|^$".indexOf(c) >= 0 || c >= '0' && c <= '9') {
        throw refused(pattern, i);
      } else {
        words = new ArrayList<>(Arrays.asList(String.valueOf(c)));
        i++;
      }
      if (i < pattern.length() && pattern.charAt(i) == '?') {
        words.add("");
        i++;
      }
      Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (words.size() == 1 && last != null && last.kind == Kind.WORDS && last.words.length == 1) {
        // Literal characters in a row are one word: fewer steps for the matcher.
        parts.set(parts.size() - 1, Part.words(Arrays.asList(last.words[0] + words.get(0))));
      } else {
        parts.add(Part.words(words));
      }
    }
    return parts.toArray(new Part[0]);
  }

  // An alternative inside (?:…): literal characters, each possibly optional, as every string it
  // matches.
  private static List<String> expand(String alternative, String pattern) {
    List<String> strings = new ArrayList<>(Arrays.asList(""));
    for (int k = 0; k < alternative.length(); k++) {
      char c = alternative.charAt(k);
      // An escaped bracket is the bracket itself: "(含" as half-width text prints it.
      if (c == '\\'
          && k + 1 < alternative.length()
          && "()".indexOf(alternative.charAt(k + 1)) >= 0) {
        c = alternative.charAt(++k);
      } else if ("\\.*+{}()[]|^$?".indexOf(c) >= 0 || c >= '0' && c <= '9') {
        throw refused(pattern, pattern.indexOf(alternative) + k);
      }
      boolean optional = k + 1 < alternative.length() && alternative.charAt(k + 1) == '?';
      List<String> next = new ArrayList<>();
      for (String s : strings) {
        next.add(s + c);
        if (optional) {
          next.add(s);
        }
      }
      strings = next;
      if (optional) {
        k++;
      }
    }
    return strings;
  }

  private static IllegalArgumentException refused(String pattern, int at) {
    return new IllegalArgumentException(
        "a phrase's pattern uses syntax the narrative scanner does not read, at "
            + at
            + ": "
            + pattern);
  }
}
