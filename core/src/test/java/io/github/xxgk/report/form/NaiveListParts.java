package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures a naive scan keeps of those its phrases state, computed the slow, obvious way: the
 * specification the naive scans of {@code PhraseShapeProperties} (here) and testkit's {@code
 * NarrativeScanOracleProperties} (through test-fixtures) hold the real scan to. A phrase's figures
 * in a list of sentences joined by semicolons (or in one sentence), when they are not all of one
 * value, are parts of which none is the tables' whole: none is kept.
 */
public final class NaiveListParts {
  private NaiveListParts() {}

  /** A figure a phrase states, in the sentence from {@code start} to {@code end}. */
  public static final class Found {
    final NarrativePhrase phrase;
    final long value;
    final int start;
    final int end;
    final String described;

    /** A figure, described as the scan under test describes it. */
    public Found(NarrativePhrase phrase, long value, int start, int end, String described) {
      this.phrase = phrase;
      this.value = value;
      this.start = start;
      this.end = end;
      this.described = described;
    }
  }

  /** The descriptions of the figures kept, in the order found. */
  public static List<String> kept(String text, List<Found> found) {
    boolean[] dropped = new boolean[found.size()];
    for (NarrativePhrase phrase : NarrativePhrase.values()) {
      List<Integer> list = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i).phrase != phrase) {
          continue;
        }
        if (!list.isEmpty() && !oneList(text, found.get(list.get(list.size() - 1)), found.get(i))) {
          drop(found, list, dropped);
          list.clear();
        }
        list.add(i);
      }
      drop(found, list, dropped);
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (!dropped[i]) {
        kept.add(found.get(i).described);
      }
    }
    return kept;
  }

  // The figures of one list are dropped when their values differ.
  private static void drop(List<Found> found, List<Integer> list, boolean[] dropped) {
    for (int i : list) {
      if (found.get(i).value != found.get(list.get(0)).value) {
        for (int k : list) {
          dropped[k] = true;
        }
        return;
      }
    }
  }

  // Whether the text between the two figures' sentences ends sentences only by semicolons.
  private static boolean oneList(String text, Found earlier, Found later) {
    if (later.start <= earlier.end) {
      return true;
    }
    for (char c : text.substring(earlier.end, later.start).toCharArray()) {
      if (NarrativeWording.SENTENCE_ENDS.indexOf(c) >= 0 && c != ';' && c != '\uff1b') {
        return false;
      }
    }
    return true;
  }
}
