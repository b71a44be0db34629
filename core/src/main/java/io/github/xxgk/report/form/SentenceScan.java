package io.github.xxgk.report.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link StatedFigure}'s scan keeps for the thread that scans: the counts of the sentence in
 * hand, their words, the sentence's copy, and one reusable matcher per pattern. It keeps the last
 * text scanned until the next scan.
 */
final class SentenceScan {
  private final java.util.Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();
  int[] numberStart = new int[8];
  int[] numberEnd = new int[8];
  int[] countEnd = new int[8];
  // The words of the digit-free run of text before each count's number, and after it.
  long[] before = new long[8];
  long[] after = new long[8];
  // The words of the sentence from its start to each count's number.
  long[] prefix = new long[8];
  // The sentence in hand, copied once (folded to simplified characters) for the word pass and the
  // phrases' shapes from base on (PhraseShape.LOOK_BEHIND characters before it, for the
  // look-behinds), and the one before it.
  char[] chars = new char[256];
  int base;
  private char[] previous = new char[256];

  // The figures claimed so far in the text in hand, for partsFrom: the phrases that claimed one,
  // and those whose list stated two values; for each phrase, the value of the first figure of its
  // list, where that list's first sentence holding one starts, and where the last one ends.
  private long claimed;
  private long parts;
  private final long[] firstValue = new long[Long.SIZE];
  private final int[] firstStart = new int[Long.SIZE];
  private final int[] lastEnd = new int[Long.SIZE];

  /** Starts a text: no figure claimed yet. */
  void startText() {
    claimed = 0;
    parts = 0;
  }

  /**
   * Whether the figure {@code value} that {@code phrase} claims in the sentence from {@code start}
   * to {@code end} is one of parts: its sentence, or the list of sentences joined by semicolons it
   * ends, states another value by the same phrase ("政府新收依申请公开数量为2件…；部门新收依申请公开数量为4件", 荔浦市 2022): two
   * values cannot both be the tables' whole, and the text does not say which is, so none of the
   * list's figures of the phrase is. Returns where the list's first sentence holding one starts, so
   * that those found are dropped; -1 if the figure is not one of parts.
   */
  int partsFrom(String text, NarrativePhrase phrase, long value, int start, int end) {
    int p = phrase.ordinal();
    long bit = 1L << p;
    if ((claimed & bit) == 0 || !oneList(text, lastEnd[p], start)) {
      claimed |= bit;
      parts &= ~bit;
      firstValue[p] = value;
      firstStart[p] = start;
      lastEnd[p] = end;
      return -1;
    }
    lastEnd[p] = end;
    if ((parts & bit) == 0 && firstValue[p] == value) {
      return -1;
    }
    parts |= bit;
    return firstStart[p];
  }

  // Whether the text from the end of a sentence to the start of a later one (or of the same one)
  // ends sentences only by semicolons: they are one list.
  private static boolean oneList(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (StatedFigure.endsSentence(c) && c != '\uff1b' && c != ';') {
        return false;
      }
    }
    return true;
  }

  /**
   * The indexed words of a sentence whose {@link #counts} have been found, in one pass; for each
   * count, the words of the run without a digit that ends where its number starts ({@link #before})
   * and of the one that starts where it ends ({@link #after}), and of the sentence up to its number
   * ({@link #prefix}).
   */
  long words(String text, int start, int end, int counts) {
    java.util.Arrays.fill(before, 0, counts, 0L);
    java.util.Arrays.fill(after, 0, counts, 0L);
    java.util.Arrays.fill(prefix, 0, counts, 0L);
    base = Math.max(0, start - PhraseShape.LOOK_BEHIND);
    int length = end - base;
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    text.getChars(base, end, chars, 0);
    // Folded as copied: the words and the phrases' shapes read a report printed in traditional
    // characters as one in simplified (TraditionalForms), and only the sentences holding a count
    // are copied.
    TraditionalForms.simplify(chars, 0, length);
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
          prefix[nextBefore] = sentence;
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

  /**
   * The indexed words of the clause of count {@code c}'s digit-free run on one side of its number,
   * in the sentence from {@code start} to {@code end}: from its number back to the last digit or
   * clause mark ({@link NarrativeWording#CLAUSE_MARKS}), or, {@code after} it, from its number's
   * end on to the next. Read only when the run's words ({@link #before}, {@link #after}) hold a
   * word a phrase forbids near its figure: a mark between frees the figure of words that belong to
   * another one's clause ("120件做了复议决定，行政诉讼97件").
   */
  long clause(int c, boolean after, int start, int end) {
    int from;
    int to;
    if (after) {
      from = numberEnd[c] - base;
      to = from;
      while (to < end - base && !isDigit(chars[to]) && !NarrativeWording.isClauseMark(chars[to])) {
        to++;
      }
    } else {
      to = numberStart[c] - base;
      from = to;
      while (from > start - base
          && !isDigit(chars[from - 1])
          && !NarrativeWording.isClauseMark(chars[from - 1])) {
        from--;
      }
    }
    return NarrativePhrase.wordsIn(chars, from, to);
  }

  /** The indexed words of the text from {@code start} to {@code end}: the sentence before. */
  long previousWords(String text, int start, int end) {
    int length = end - start;
    if (previous.length < length) {
      previous = new char[Math.max(length, 2 * previous.length)];
    }
    text.getChars(start, end, previous, 0);
    TraditionalForms.simplify(previous, 0, length);
    return NarrativePhrase.wordsIn(previous, 0, length);
  }

  /**
   * Finds the counts of a sentence: a number (digits, grouping commas) then spaces and a unit of
   * {@link NarrativeWording#COUNT_UNITS} that starts no longer word ({@link
   * NarrativeWording#NOT_UNITS}). Where the number starts, ends, and where its unit ends, in the
   * order of the text.
   *
   * @return how many there are
   */
  int counts(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (!NarrativeWording.isCountUnit(text.charAt(i))) {
        continue;
      }
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
      if (k == j || !NarrativeWording.endsCount(text, i)) {
        continue;
      }
      if (n == numberStart.length) {
        numberStart = java.util.Arrays.copyOf(numberStart, 2 * n);
        numberEnd = java.util.Arrays.copyOf(numberEnd, 2 * n);
        countEnd = java.util.Arrays.copyOf(countEnd, 2 * n);
        before = new long[2 * n];
        after = new long[2 * n];
        prefix = new long[2 * n];
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

  /**
   * Where the last word of other requests ({@link NarrativeWording#OTHER_REQUEST_WORDS}) of the
   * sentence in hand, from {@code start} to {@code end}, starts, but for one that names a topic of
   * the applications ({@link NarrativeWording#TOPIC_WORDS} before it in its clause); -1 if there is
   * none. Read in the folded copy, and only for a sentence whose words hold one.
   */
  int lastOtherRequest(int start, int end) {
    // By the word index, as the word pass reads: one load a character, from the end.
    for (int i = end - 1; i >= start; i--) {
      if (NarrativePhrase.namesOtherRequests(NarrativePhrase.wordsAt(chars, i - base, end - base))
          && !namesTopic(start, i)) {
        return i;
      }
    }
    return -1;
  }

  // Whether the clause up to at (from the last clause mark, or start) holds a word of TOPIC_WORDS.
  private boolean namesTopic(int start, int at) {
    for (int k = at - 1; k >= start; k--) {
      if (NarrativeWording.isClauseMark(chars[k - base])) {
        return false;
      }
      for (String word : NarrativeWording.TOPIC_WORDS) {
        if (k + word.length() <= at && holds(k - base, word)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean holds(int from, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (chars[from + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
