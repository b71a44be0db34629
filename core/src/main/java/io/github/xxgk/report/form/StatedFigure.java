package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number that a narrative section states and that a {@link NarrativePhrase} ties to cells of
 * the tables, with its place in the section: the sentence that states it and the figure itself,
 * each as an offset and a length in the section's text (in UTF-16 units, as Java strings count).
 */
public final class StatedFigure {
  private final NarrativePhrase phrase;
  private final long value;
  private final String text;
  private final int sentenceOffset;
  private final int sentenceEnd;
  private final int offset;
  private final int length;

  private StatedFigure(
      NarrativePhrase phrase, long value, String text, int sentenceOffset, int sentenceEnd, int offset,
      int length) {
    this.phrase = phrase;
    this.value = value;
    this.text = text;
    this.sentenceOffset = sentenceOffset;
    this.sentenceEnd = sentenceEnd;
    this.offset = offset;
    this.length = length;
  }

  /**
   * Every figure a text states, in the order of the text. A number is claimed by the first phrase
   * (in catalogue order) that matches it; sentences of another scope ({@link
   * NarrativePhrase#OTHER_SCOPE}) are skipped whole.
   */
  public static List<StatedFigure> find(String text) {
    List<StatedFigure> found = null;
    int start = 0;
    int previousStart = 0;
    int n = text.length();
    int count = nextCount(text, 0);
    while (start < n && count < n) {
      int end = start;
      while (end < n && NarrativePhrase.SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      if (count < end) {
        found = inSentence(text, start, end, previousStart, found);
        count = nextCount(text, end);
      }
      if (end > start) {
        previousStart = start;
      }
      start = end + 1;
    }
    return found == null ? Collections.<StatedFigure>emptyList() : found;
  }

  /**
   * Where the next count in 件 ends, from {@code from}: a 件 right after a digit (spaces between
   * allowed); the text's length if there is none. Every phrase states such a count, so the
   * sentences without one, most of them, are never matched against the phrases.
   */
  private static int nextCount(String text, int from) {
    for (int i = text.indexOf('\u4ef6', from); i >= 0; i = text.indexOf('\u4ef6', i + 1)) {
      int j = i - 1;
      while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
        j--;
      }
      if (j >= 0 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
        return i;
      }
    }
    return text.length();
  }

  private static List<StatedFigure> inSentence(
      String text, int start, int end, int previousStart, List<StatedFigure> found) {
    // Each pattern runs on the sentence as a region of the section, through one matcher per
    // pattern and thread: no copy of the sentence, no matcher per sentence.
    Matchers matchers = MATCHERS.get();
    if (matchers.find(NarrativePhrase.OTHER_SCOPE, text, start, end)) {
      return found;
    }
    boolean notApplications = matchers.find(NarrativePhrase.NOT_AN_APPLICATION, text, start, end);
    List<StatedFigure> result = found;
    List<StatedFigure> here = null;
    for (NarrativePhrase phrase : NarrativePhrase.values()) {
      if (!phrase.mayMatch(text, start, end) || (notApplications && phrase.isApplications())
          || !phrase.applies(matchers, text, start, end, previousStart)) {
        continue;
      }
      Matcher m = matchers.region(phrase.pattern(), text, start, end);
      while (m.find()) {
        int at = m.start("n");
        if (claimed(here, at)) {
          continue;
        }
        if (here == null) {
          here = new ArrayList<>(4);
        }
        here.add(new StatedFigure(phrase, digits(text, at, m.end("n")), text, start, end, at,
            m.end("n") - at));
      }
    }
    if (here == null) {
      return result;
    }
    here.sort((a, b) -> Integer.compare(a.offset, b.offset));
    if (result == null) {
      result = new ArrayList<>();
    }
    result.addAll(here);
    return result;
  }

  /** Whether a phrase earlier in the catalogue has claimed the number at {@code at}. */
  private static boolean claimed(List<StatedFigure> here, int at) {
    if (here != null) {
      for (StatedFigure figure : here) {
        if (figure.offset == at) {
          return true;
        }
      }
    }
    return false;
  }

  /** The number printed from {@code start} to {@code end}, digits and grouping commas. */
  private static long digits(String text, int start, int end) {
    long value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
      }
    }
    return value;
  }

  private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

  /** One reusable matcher per pattern, for the thread that scans. */
  static final class Matchers {
    private final java.util.Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

    Matcher region(Pattern pattern, String text, int start, int end) {
      Matcher m = matchers.get(pattern);
      if (m == null) {
        m = pattern.matcher(text);
        matchers.put(pattern, m);
      } else {
        m.reset(text);
      }
      return m.region(start, end);
    }

    boolean find(Pattern pattern, String text, int start, int end) {
      return region(pattern, text, start, end).find();
    }
  }

  /** The phrase that tied the figure to its cells. */
  public NarrativePhrase phrase() {
    return phrase;
  }

  /** The number stated. */
  public long value() {
    return value;
  }

  /** The sentence that states it, as printed. */
  public String sentence() {
    return text.substring(sentenceOffset, sentenceEnd);
  }

  /** Where the sentence starts in the section. */
  public int sentenceOffset() {
    return sentenceOffset;
  }

  /** The sentence's length. */
  public int sentenceLength() {
    return sentenceEnd - sentenceOffset;
  }

  /** Where the number starts in the section. */
  public int offset() {
    return offset;
  }

  /** The number's length as printed. */
  public int length() {
    return length;
  }

  @Override
  public String toString() {
    return phrase + "=" + value + "@" + offset;
  }
}
