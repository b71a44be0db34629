package io.github.xxgk.report.publication.read.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a row caption printed with a slip (a character dropped, doubled or changed: "其他法律行政止公开" for
 * "其他法律行政法规禁止公开") as the form's row it is nearest to, when that is beyond doubt.
 *
 * <p>The rule, explainable in one sentence: a compared caption (see {@link Normalizer#caption}) is
 * taken as row R when it lies within the allowance of one of R's captions and farther than the
 * allowance (at least 1) of every caption of anything else the form prints: other rows, columns,
 * group captions, headings, the 2019 template's captions. The distance is the number of characters
 * inserted, dropped or changed (Levenshtein); a caption of n characters allows n / 4 of them, at
 * most {@value #MAX_DISTANCE} (so short captions such as "其他" allow none). When two targets are
 * that near, the caption is {@link Near#ambiguous}: the reader refuses the row rather than choose.
 * One slip in any caption of at least four characters is therefore read as its own row or refused,
 * never as another row (checked by a property).
 *
 * <p>The same rule reads column headers with a slip ("本年废纸件数" for 本年废止件数, 平潭综合实验区公安局 2021), the
 * columns then being the wanted captions and the rows competing. Built once per kind from {@link
 * LabelIndex}; results are cached per caption (bounded), since hostile pages repeat captions by the
 * thousand.
 */
final class NearCaptions {
  /** The most characters a caption may differ by. */
  static final int MAX_DISTANCE = 3;

  /** Captions longer than this (paragraphs that landed in a cell) are not compared. */
  private static final int LONGEST = 60;

  private static final int CACHE = 4096;

  /** What a caption is near to. */
  static final class Near {
    /** The row it is read as; null when ambiguous. */
    final LabelIndex.Target target;

    /** The catalogue caption it was compared with (the nearest). */
    final String caption;

    /** When ambiguous: the two nearest captions of different targets. */
    final String[] ambiguous;

    private Near(LabelIndex.Target target, String caption, String[] ambiguous) {
      this.target = target;
      this.caption = caption;
      this.ambiguous = ambiguous;
    }
  }

  private static final Near NOTHING = new Near(null, null, null);

  /** One caption the form prints, the thing it names, and whether that is a row. */
  private static final class Known {
    final String key;
    final Object target;
    final boolean row;
    final int allowance;

    Known(String key, Object target, boolean row) {
      this.key = key;
      this.target = target;
      this.row = row;
      this.allowance = allowance(key.length());
    }
  }

  private final List<Known> known = new ArrayList<>();
  private final int longestKey;
  private final Map<String, Near> cache =
      new LinkedHashMap<String, Near>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Near> eldest) {
          return size() > CACHE;
        }
      };

  /**
   * @param wanted the captions that may be read through a slip (the rows, or the columns), with
   *     what each names
   * @param others every other caption the form prints, which only compete
   */
  NearCaptions(Map<String, LabelIndex.Target> wanted, Map<String, Object> others) {
    int longest = 0;
    for (Map.Entry<String, LabelIndex.Target> row : wanted.entrySet()) {
      known.add(new Known(row.getKey(), row.getValue().target, true));
      longest = Math.max(longest, row.getKey().length());
    }
    for (Map.Entry<String, Object> other : others.entrySet()) {
      if (!wanted.containsKey(other.getKey())) {
        known.add(new Known(other.getKey(), other.getValue(), false));
      }
    }
    longestKey = longest;
  }

  /** The allowance of a caption of n characters: n / 4, at most {@value #MAX_DISTANCE}. */
  static int allowance(int length) {
    return Math.min(MAX_DISTANCE, length / 4);
  }

  /**
   * The row a compared caption is near to, or an ambiguity, or null when it is near no row. The
   * caption must not be one the form prints exactly (those are looked up, not compared).
   */
  synchronized Near near(String caption) {
    if (caption.length() < 4 || caption.length() > Math.min(LONGEST, longestKey + MAX_DISTANCE)) {
      return null;
    }
    Near cached = cache.get(caption);
    if (cached == null) {
      cached = compute(caption);
      cache.put(caption, cached);
    }
    return cached == NOTHING ? null : cached;
  }

  private Near compute(String caption) {
    int[] distances = new int[known.size()];
    Known best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < known.size(); i++) {
      Known k = known.get(i);
      distances[i] = distance(caption, k.key, Math.max(k.allowance, 1));
      if (k.row && distances[i] <= k.allowance && distances[i] < bestDistance) {
        best = k;
        bestDistance = distances[i];
      }
    }
    if (best == null) {
      return NOTHING;
    }
    // Anything else the form prints that is as near (within its own allowance, and a short
    // caption within 1) makes the caption ambiguous.
    for (int i = 0; i < known.size(); i++) {
      Known k = known.get(i);
      if (k.target != best.target && distances[i] <= Math.max(k.allowance, 1)) {
        return new Near(null, best.key, new String[] {best.key, k.key});
      }
    }
    return new Near(new LabelIndex.Target(best.target, true, true), best.key, null);
  }

  /**
   * The Levenshtein distance of two strings, or {@code bound + 1} as soon as it must exceed {@code
   * bound} (only the diagonal band of width 2·bound+1 is computed).
   */
  static int distance(String a, String b, int bound) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > bound) {
      return bound + 1;
    }
    int big = bound + 1;
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j <= bound ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - bound);
      int to = Math.min(m, i + bound);
      current[0] = i <= bound ? i : big;
      if (from > 1) {
        current[from - 1] = big;
      }
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
        current[j] = Math.min(d, big);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = big;
      }
      if (rowMin > bound) {
        return big;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[m], big);
  }
}
