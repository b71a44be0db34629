package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number that a narrative section states and that a {@link NarrativePhrase} ties to cells of the
 * tables, with its place in the section: the sentence that states it and the figure itself, each as
 * an offset and a length in the section's text (in UTF-16 units, as Java strings count).
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
      NarrativePhrase phrase,
      long value,
      String text,
      int sentenceOffset,
      int sentenceEnd,
      int offset,
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
   * NarrativeWording#OTHER_SCOPE}) are skipped whole.
   */
  public static List<StatedFigure> find(String text) {
    return find(text, null, null);
  }

  /**
   * Decides, for a rule comparing stated figures with the tables, whether a figure agrees, so that
   * {@link #disagreeing} builds no object for it.
   *
   * @param <C> what the decision reads, such as the cells of the report being checked
   */
  @FunctionalInterface
  public interface Agreement<C> {
    /**
     * Whether the figure {@code value} stated by {@code phrase} agrees with what {@code with} says.
     */
    boolean agrees(C with, NarrativePhrase phrase, long value);
  }

  /**
   * The figures of {@link #find} that do not agree by {@code agreement}, in the order of the text:
   * the same scan, but a figure is made only for a disagreement, so that a text whose figures all
   * agree costs no allocation. A number is still claimed by its first phrase whether it agrees or
   * not.
   */
  public static <C> List<StatedFigure> disagreeing(
      String text, C with, Agreement<? super C> agreement) {
    return find(text, with, java.util.Objects.requireNonNull(agreement, "agreement"));
  }

  private static <C> List<StatedFigure> find(String text, C with, Agreement<? super C> agreement) {
    // Only the sentences holding a count are delimited: from each count's 件 back and forth to the
    // marks around it; the rest of the text is passed over by the search for the next 件.
    List<StatedFigure> found = null;
    int n = text.length();
    for (int count = nextCount(text, 0); count < n; ) {
      int start = count;
      while (start > 0 && !endsSentence(text.charAt(start - 1))) {
        start--;
      }
      int end = count;
      while (end < n && !endsSentence(text.charAt(end))) {
        end++;
      }
      found = inSentence(text, start, end, found, with, agreement);
      count = nextCount(text, end);
    }
    return found == null ? Collections.<StatedFigure>emptyList() : found;
  }

  /** Whether a character is one of {@link NarrativeWording#SENTENCE_ENDS}. */
  static boolean endsSentence(char c) {
    switch (c) {
      case '\u3002':
      case '\uff1b':
      case ';':
      case '\uff01':
      case '\uff1f':
      case '!':
      case '?':
      case '\n':
        return true;
      default:
        return false;
    }
  }

  /** Where the last sentence that is not empty before {@code start} starts; 0 if there is none. */
  private static int previousStart(String text, int start) {
    int end = start - 1;
    while (end > 0 && endsSentence(text.charAt(end - 1))) {
      end--;
    }
    if (end <= 0) {
      return 0;
    }
    int previous = end;
    while (previous > 0 && !endsSentence(text.charAt(previous - 1))) {
      previous--;
    }
    return previous;
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

  private static <C> List<StatedFigure> inSentence(
      String text,
      int start,
      int end,
      List<StatedFigure> found,
      C with,
      Agreement<? super C> agreement) {
    // A phrase is read outwards from each count of the sentence (its number followed by 件), by its
    // compiled shape (PhraseShape): no regular expression, no copy of the sentence. One pass over
    // the sentence finds its words, and for each count the words of the run of text without a
    // digit on either side of its number: every gap of a phrase excludes digits, so a phrase
    // stating the count lies within that run, and only the phrases holding a word of the run are
    // tried, in catalogue order.
    Matchers matchers = MATCHERS.get();
    int counts = matchers.counts(text, start, end);
    if (counts == 0) {
      return found;
    }
    long words = matchers.words(text, start, end, counts);
    if (NarrativePhrase.otherScope(matchers, text, start, end, words)) {
      return found;
    }
    boolean notApplications = NarrativePhrase.notAnApplication(words);
    boolean previousRead = false;
    long previousWords = 0;
    List<StatedFigure> result = found;
    for (int c = 0; c < counts; c++) {
      int number = matchers.numberStart[c];
      int numberEnd = matchers.numberEnd[c];
      // A number is claimed by the first phrase, in catalogue order, that states it.
      for (long candidates = NarrativePhrase.holding(matchers.before[c], matchers.after[c]);
          candidates != 0;
          candidates &= candidates - 1) {
        NarrativePhrase phrase = PHRASES[Long.numberOfTrailingZeros(candidates)];
        if (notApplications && phrase.isApplications() || phrase.forbiddenIn(words)) {
          continue;
        }
        if (phrase.needsContext(words)) {
          if (!previousRead) {
            previousWords = matchers.previousWords(text, previousStart(text, start), start);
            previousRead = true;
          }
          if (!phrase.requiredIn(previousWords)) {
            continue;
          }
        }
        if (phrase.states(
            matchers.chars, matchers.base, start, end, number, numberEnd, matchers.countEnd[c])) {
          long value = digits(text, number, numberEnd);
          if (agreement != null && agreement.agrees(with, phrase, value)) {
            break;
          }
          if (result == null) {
            result = new ArrayList<>(4);
          }
          result.add(new StatedFigure(phrase, value, text, start, end, number, numberEnd - number));
          break;
        }
      }
    }
    return result;
  }

  private static final NarrativePhrase[] PHRASES = NarrativePhrase.values();

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

  static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

  /**
   * One reusable matcher per pattern, for the thread that scans, and the counts of the sentence in
   * hand. It keeps the last text scanned until the next scan.
   */
  static final class Matchers {
    private final java.util.Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();
    int[] numberStart = new int[8];
    int[] numberEnd = new int[8];
    int[] countEnd = new int[8];
    // The words of the digit-free run of text before each count's number, and after it.
    long[] before = new long[8];
    long[] after = new long[8];
    // The sentence in hand, copied once for the word pass and the phrases' shapes from base on
    // (PhraseShape.LOOK_BEHIND characters before it, for the look-behinds), and the one before it.
    char[] chars = new char[256];
    int base;
    private char[] previous = new char[256];

    /**
     * The indexed words of a sentence whose {@link #counts} have been found, in one pass; for each
     * count, the words of the run without a digit that ends where its number starts ({@link
     * #before}) and of the one that starts where it ends ({@link #after}).
     */
    long words(String text, int start, int end, int counts) {
      java.util.Arrays.fill(before, 0, counts, 0L);
      java.util.Arrays.fill(after, 0, counts, 0L);
      base = Math.max(0, start - PhraseShape.LOOK_BEHIND);
      int length = end - base;
      if (chars.length < length) {
        chars = new char[Math.max(length, 2 * chars.length)];
      }
      text.getChars(base, end, chars, 0);
      char[] sentenceChars = chars;
      long sentence = 0;
      long run = 0;
      int runStart = start;
      int nextBefore = 0;
      int nextAfter = 0;
      for (int i = start; i <= end; i++) {
        if (i < end) {
          char c = sentenceChars[i - base];
          if (c < '0' || c > '9') {
            run |= NarrativePhrase.wordsAt(sentenceChars, i - base, length);
            continue;
          }
        }
        // A run ends at a digit or at the sentence's end.
        sentence |= run;
        while (nextBefore < counts && numberStart[nextBefore] <= i) {
          if (numberStart[nextBefore] == i) {
            before[nextBefore] = run;
          }
          nextBefore++;
        }
        while (nextAfter < counts && numberEnd[nextAfter] <= runStart) {
          if (numberEnd[nextAfter] == runStart) {
            after[nextAfter] = run;
          }
          nextAfter++;
        }
        run = 0;
        runStart = i + 1;
      }
      return sentence;
    }

    /** The indexed words of the text from {@code start} to {@code end}: the sentence before. */
    long previousWords(String text, int start, int end) {
      int length = end - start;
      if (previous.length < length) {
        previous = new char[Math.max(length, 2 * previous.length)];
      }
      text.getChars(start, end, previous, 0);
      return NarrativePhrase.wordsIn(previous, 0, length);
    }

    /**
     * Finds the counts of a sentence: a number (digits, grouping commas) then spaces and 件. Where
     * the number starts, ends, and where its 件 ends, in the order of the text.
     *
     * @return how many there are
     */
    int counts(String text, int start, int end) {
      int n = 0;
      for (int i = text.indexOf('\u4ef6', start);
          i >= 0 && i < end;
          i = text.indexOf('\u4ef6', i + 1)) {
        int j = i;
        while (j > start && Character.isWhitespace(text.charAt(j - 1))) {
          j--;
        }
        int k = j;
        while (k > start
            && (isDigit(text.charAt(k - 1))
                || text.charAt(k - 1) == ',' && k - 1 > start && isDigit(text.charAt(k - 2)))) {
          k--;
        }
        if (k == j) {
          continue;
        }
        if (n == numberStart.length) {
          numberStart = java.util.Arrays.copyOf(numberStart, 2 * n);
          numberEnd = java.util.Arrays.copyOf(numberEnd, 2 * n);
          countEnd = java.util.Arrays.copyOf(countEnd, 2 * n);
          before = new long[2 * n];
          after = new long[2 * n];
        }
        numberStart[n] = k;
        numberEnd[n] = j;
        countEnd[n] = i + 1;
        n++;
      }
      return n;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    Matcher region(Pattern pattern, String text, int start, int end) {
      Matcher m = matchers.get(pattern);
      if (m == null) {
        m = pattern.matcher(text);
        matchers.put(pattern, m);
      } else {
        m.reset(text);
      }
      // Transparent: a look-behind at the region's start sees the text before it (不予以公开).
      return m.region(start, end).useTransparentBounds(true);
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
