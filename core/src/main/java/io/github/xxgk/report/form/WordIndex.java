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
  private final String[] words;
  private final char[] firsts;
  private final int[][] byFirst;
  private long bloom;

  WordIndex(List<String[]> groups) {
    List<String> all = new ArrayList<>();
    for (String[] group : groups) {
      for (String word : group) {
        if (!all.contains(word)) {
          all.add(word);
        }
      }
    }
    if (all.size() > Long.SIZE) {
      throw new IllegalArgumentException("more than 64 words: " + all.size());
    }
    words = all.toArray(new String[0]);
    StringBuilder distinct = new StringBuilder();
    for (String word : words) {
      if (distinct.indexOf(word.substring(0, 1)) < 0) {
        distinct.append(word.charAt(0));
      }
    }
    firsts = distinct.toString().toCharArray();
    Arrays.sort(firsts);
    byFirst = new int[firsts.length][];
    for (int f = 0; f < firsts.length; f++) {
      List<Integer> ids = new ArrayList<>();
      for (int w = 0; w < words.length; w++) {
        if (words[w].charAt(0) == firsts[f]) {
          ids.add(w);
        }
      }
      byFirst[f] = new int[ids.size()];
      for (int k = 0; k < ids.size(); k++) {
        byFirst[f][k] = ids.get(k);
      }
      bloom |= 1L << (firsts[f] & 63);
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

  /** The bits of the indexed words found whole between {@code start} and {@code end} of a text. */
  long in(String text, int start, int end) {
    long found = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if ((bloom >>> (c & 63) & 1) == 0) {
        continue;
      }
      int f = Arrays.binarySearch(firsts, c);
      if (f < 0) {
        continue;
      }
      for (int w : byFirst[f]) {
        String word = words[w];
        if (i + word.length() <= end && text.regionMatches(i, word, 0, word.length())) {
          found |= 1L << w;
        }
      }
    }
    return found;
  }
}
