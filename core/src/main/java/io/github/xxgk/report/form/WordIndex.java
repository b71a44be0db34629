package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plain words the narrative scan looks up in a sentence (scope, kind, the phrases' words and
 * context), each given one bit, so that one pass over the sentence says which of them it holds: at
 * each character only the words starting with it are compared.
 */
final class WordIndex {
  // A direct table from the low bits of a character to the words starting with a character of
  // those bits: one array load a character, where a binary search over the first characters was
  // 7 % of a report's validation. 512 slots keep the 60-odd first characters mostly apart, so that
  // most characters of a text find an empty slot.
  private static final int SLOTS = 512;

  private final String[] words;
  private final char[][] chars;
  private final int[][] bySlot = new int[SLOTS][];

  WordIndex(List<String[]> groups) {
    List<String> all = new ArrayList<>();
    for (String[] group : groups) {
      for (String word : group) {
        // The scan splits sentences into runs at digits (SentenceScan.words): a word
        // never spans one.
        if (word.isEmpty() || word.chars().anyMatch(c -> c >= '0' && c <= '9')) {
          throw new IllegalArgumentException("an empty word or one with a digit: " + word);
        }
        if (!all.contains(word)) {
          all.add(word);
        }
      }
    }
    if (all.size() > Long.SIZE) {
      throw new IllegalArgumentException("more than 64 words: " + all.size());
    }
    words = all.toArray(new String[0]);
    chars = new char[words.length][];
    for (int w = 0; w < words.length; w++) {
      chars[w] = words[w].toCharArray();
      int slot = words[w].charAt(0) & (SLOTS - 1);
      int[] ids = bySlot[slot] == null ? new int[0] : bySlot[slot];
      ids = Arrays.copyOf(ids, ids.length + 1);
      ids[ids.length - 1] = w;
      bySlot[slot] = ids;
    }
  }

  /** The bits of the given words, all of which must be indexed. */
  long bits(String... of) {
    long bits = 0;
    for (String word : of) {
      int w = Arrays.asList(words).indexOf(word);
      if (w < 0) {
        throw new IllegalArgumentException("not indexed: " + word);
      }
      bits |= 1L << w;
    }
    return bits;
  }

  /**
   * The bits of the indexed words found whole between {@code start} and {@code end} of a text's
   * characters.
   */
  long in(char[] text, int start, int end) {
    long found = 0;
    for (int i = start; i < end; i++) {
      found |= at(text, i, end);
    }
    return found;
  }

  /**
   * The bits of the indexed words that start at {@code i} of a text's characters and end by {@code
   * end}. The scan copies a sentence into an array once: reading a {@code String} a character at a
   * time costs its coder and bounds checks at every one.
   */
  long at(char[] text, int i, int end) {
    char c = text[i];
    int[] ids = bySlot[c & (SLOTS - 1)];
    if (ids == null) {
      return 0;
    }
    long found = 0;
    for (int w : ids) {
      char[] word = chars[w];
      if (word[0] != c || i + word.length > end) {
        continue;
      }
      int k = 1;
      while (k < word.length && text[i + k] == word[k]) {
        k++;
      }
      if (k == word.length) {
        found |= 1L << w;
      }
    }
    return found;
  }
}
