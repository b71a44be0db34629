package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A number that a narrative section states and that a {@link NarrativePhrase} ties to cells of
 * the tables, with its place in the section: the sentence that states it and the figure itself,
 * each as an offset and a length in the section's text (in UTF-16 units, as Java strings count).
 */
public final class StatedFigure {
  private final NarrativePhrase phrase;
  private final long value;
  private final String sentence;
  private final int sentenceOffset;
  private final int offset;
  private final int length;

  private StatedFigure(
      NarrativePhrase phrase, long value, String sentence, int sentenceOffset, int offset, int length) {
    this.phrase = phrase;
    this.value = value;
    this.sentence = sentence;
    this.sentenceOffset = sentenceOffset;
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
    String sentence = text.substring(start, end);
    if (NarrativePhrase.OTHER_SCOPE.matcher(sentence).find()) {
      return found;
    }
    CharSequence context = text.subSequence(previousStart, start);
    boolean notApplications = NarrativePhrase.NOT_AN_APPLICATION.matcher(sentence).find();
    List<StatedFigure> result = found;
    List<Integer> claimed = new ArrayList<>();
    List<StatedFigure> here = new ArrayList<>();
    for (NarrativePhrase phrase : NarrativePhrase.values()) {
      if (!phrase.mayMatch(sentence) || (notApplications && phrase.isApplications())
          || !phrase.applies(sentence, context)) {
        continue;
      }
      Matcher m = phrase.pattern().matcher(sentence);
      while (m.find()) {
        int at = m.start("n");
        if (claimed.contains(at)) {
          continue;
        }
        claimed.add(at);
        String digits = m.group("n").replace(",", "");
        here.add(new StatedFigure(phrase, Long.parseLong(digits), sentence, start, start + at,
            m.end("n") - at));
      }
    }
    if (here.isEmpty()) {
      return result;
    }
    here.sort((a, b) -> Integer.compare(a.offset, b.offset));
    if (result == null) {
      result = new ArrayList<>();
    }
    result.addAll(here);
    return result;
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
    return sentence;
  }

  /** Where the sentence starts in the section. */
  public int sentenceOffset() {
    return sentenceOffset;
  }

  /** The sentence's length. */
  public int sentenceLength() {
    return sentence.length();
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
