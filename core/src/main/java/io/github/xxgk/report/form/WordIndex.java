package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The plain words the narrative scan looks up in a sentence (scope, kind, the phrases' words and
 * context), so that one pass over the sentence says which of them it holds: at each character only
 * the words starting with it are compared. Every use of a word is "any of these words" (a phrase's
 * words, what it requires or forbids, a scope), so words that belong to exactly the same groups are
 * interchangeable and share one bit: the index holds any number of words in one {@code long}, up to
 * 64 such classes.
 */
final class WordIndex {
  // A direct table from the low bits of a character to the words starting with a character of
  // those bits: one array load a character, where a binary search over the first characters was
  // 7 % of a report's validation. 512 slots keep the 60-odd first characters mostly apart, so that
  // most characters of a text find an empty slot.
  private static final int SLOTS = 512;

  private final String[] words;
  private final char[][] chars;
  // Each word's bit: that of its class, the words in exactly the same groups.
  private final long[] bit;
  private final int[][] bySlot = new int[SLOTS][];

  WordIndex(List<String[]> groups) {
    List<String> all = new ArrayList<>();
    // For each word, the groups holding it: its class.
    List<BitSet> memberships = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String word : groups.get(g)) {
        // The scan splits sentences into runs at digits (SentenceScan.words): a word
        // never spans one.
        if (word.isEmpty() || word.chars().anyMatch(c -> c >= '0' && c <= '9')) {
          throw new IllegalArgumentException("an empty word or one with a digit: " + word);
        }
        int w = all.indexOf(word);
        if (w < 0) {
          all.add(word);
          memberships.add(new BitSet());
          w = all.size() - 1;
        }
        memberships.get(w).set(g);
      }
    }
    List<BitSet> classes = new ArrayList<>();
    words = all.toArray(new String[0]);
    chars = new char[words.length][];
    bit = new long[words.length];
    for (int w = 0; w < words.length; w++) {
      int kind = classes.indexOf(memberships.get(w));
      if (kind < 0) {
        classes.add(memberships.get(w));
        kind = classes.size() - 1;
      }
      if (kind >= Long.SIZE) {
        throw new IllegalArgumentException(
            "more than 64 classes of words (words in the same groups): " + all);
      }
      bit[w] = 1L << kind;
      chars[w] = words[w].toCharArray();
      int slot = words[w].charAt(0) & (SLOTS - 1);
      int[] ids = bySlot[slot] == null ? new int[0] : bySlot[slot];
      ids = Arrays.copyOf(ids, ids.length + 1);
      ids[ids.length - 1] = w;
      bySlot[slot] = ids;
    }
  }

  /** How many classes of words (bits) the index uses. */
  int classes() {
    long all = 0;
    for (long b : bit) {
      all |= b;
    }
    return Long.bitCount(all);
  }

  /** How many words the index holds. */
  int size() {
    return words.length;
  }

  /**
   * The bits of the given words, all of which must be indexed: a word's bit is shared by the words
   * of its class.
   */
  long bits(String... of) {
    long bits = 0;
    for (String word : of) {
      int w = Arrays.asList(words).indexOf(word);
      if (w < 0) {
        throw new IllegalArgumentException("not indexed: " + word);
      }
      bits |= bit[w];
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
        found |= bit[w];
      }
    }
    return found;
  }
}
