package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
   * NarrativeWording#OTHER_SCOPE}) are skipped whole. Figures of one phrase that a sentence, or a
   * list of sentences joined by semicolons, states with different values are parts, none of them
   * the tables' whole, and none is returned.
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
    // Only the sentences holding a count are delimited: from each count's unit back and forth to
    // the marks around it; the rest of the text is passed over by the search for the next unit.
    List<StatedFigure> found = null;
    SentenceScan scan = SCANS.get();
    scan.startText();
    int n = text.length();
    // Where the next 宗 is (n: none): 件 is looked up at each count, 宗, which few reports use,
    // once for the text and again only when a count has passed it.
    int other = unitAfter(text, OTHER_UNIT, 0);
    for (int count = nextCount(text, 0, other); count < n; ) {
      int start = count;
      while (start > 0 && !endsSentence(text.charAt(start - 1))) {
        start--;
      }
      int end = count;
      while (end < n && !endsSentence(text.charAt(end))) {
        end++;
      }
      found = inSentence(scan, text, start, end, found, with, agreement);
      if (other < end) {
        other = unitAfter(text, OTHER_UNIT, end);
      }
      count = nextCount(text, end, other);
    }
    return found == null ? Collections.<StatedFigure>emptyList() : found;
  }

  // NarrativeWording.COUNT_UNITS: 件, the unit of most counts, and the other one.
  private static final char UNIT = NarrativeWording.COUNT_UNITS.charAt(0);
  private static final char OTHER_UNIT = NarrativeWording.COUNT_UNITS.charAt(1);

  // Where the next count in `unit` ends, from `from`: the unit right after a digit (spaces
  // between allowed) that starts no longer word (NarrativeWording.NOT_UNITS); the text's length if
  // there is none.
  private static int unitAfter(String text, char unit, int from) {
    for (int i = text.indexOf(unit, from); i >= 0; i = text.indexOf(unit, i + 1)) {
      int j = i - 1;
      while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
        j--;
      }
      if (j >= 0
          && text.charAt(j) >= '0'
          && text.charAt(j) <= '9'
          && NarrativeWording.endsCount(text, i)) {
        return i;
      }
    }
    return text.length();
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

  /**
   * Where the next count ends, from {@code from}: a unit of {@link NarrativeWording#COUNT_UNITS}
   * right after a digit, {@code other} being where the next count in 宗 ends; the text's length if
   * there is none. Every phrase states such a count, so the sentences without one, most of them,
   * are never matched against the phrases.
   */
  private static int nextCount(String text, int from, int other) {
    return Math.min(unitAfter(text, UNIT, from), other);
  }

  private static <C> List<StatedFigure> inSentence(
      SentenceScan scan,
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
    int counts = scan.counts(text, start, end);
    if (counts == 0) {
      return found;
    }
    long words = scan.words(text, start, end, counts);
    if (NarrativePhrase.otherScope(scan, text, start, end, words)) {
      return found;
    }
    // Words of cases or of one channel scope the figures after them: a figure stated last is read
    // against the sentence up to it, one stated first against the whole sentence. Words of other
    // requests scope every figure up to the count after the last of them, a total before them
    // ("共收到各类申请30件，其中…信访…") or the count they name, but not a figure after a count of their
    // own ("行政许可3606件，行政处罚499件，接收政府信息公开申请13件", 乌鲁木齐高新区 2022), nor one before them
    // whose sentence names only applications for government information up to it
    // ("共受理政府信息公开申请21件，办结21件，受理政府信息公开申请投诉件1件", 保山市人民政府办公室 2024).
    boolean cases = NarrativePhrase.namesCases(words);
    int otherRequest =
        NarrativePhrase.namesOtherRequests(words) ? scan.lastOtherRequest(start, end) : -1;
    boolean channels = NarrativePhrase.namesChannel(words);
    // Words comparing with another year scope the figures after them, as words of cases do.
    boolean compares = NarrativePhrase.compares(words);
    // Outcomes stated after 结转 with no total before them are of the applications carried over.
    boolean totalBefore = false;
    boolean previousRead = false;
    long previousWords = 0;
    List<StatedFigure> result = found;
    for (int c = 0; c < counts; c++) {
      int number = scan.numberStart[c];
      int numberEnd = scan.numberEnd[c];
      // Words of other requests after the count before this one are this count's, unless they come
      // after it and the sentence up to it names only applications for government information;
      // those before it leave it read if its own words name applications.
      boolean otherRequests =
          otherRequest >= 0
              && (c == 0 || otherRequest >= scan.countEnd[c - 1])
              && (otherRequest < scan.countEnd[c]
                  || !NarrativePhrase.namesOnlyDisclosureApplications(scan.prefix[c]));
      boolean afterOtherRequests =
          otherRequest >= 0 && c > 0 && otherRequest < scan.countEnd[c - 1];
      boolean casesBefore = NarrativePhrase.namesCases(scan.prefix[c]);
      boolean oneChannel = channels && NarrativeWording.oneChannelBefore(text, start, number);
      boolean ofCarriedOver = !totalBefore && NarrativePhrase.carriedOverIn(scan.prefix[c]);
      // A number is claimed by the first phrase, in catalogue order, that states it.
      for (long candidates = NarrativePhrase.holding(scan.before[c], scan.after[c]);
          candidates != 0;
          candidates &= candidates - 1) {
        NarrativePhrase phrase = PHRASES[Long.numberOfTrailingZeros(candidates)];
        long run = phrase.figureFirst() ? scan.after[c] : scan.before[c];
        boolean other =
            (phrase.figureFirst() ? cases || channels : casesBefore || oneChannel)
                || otherRequests
                || afterOtherRequests && !NarrativePhrase.namesApplications(run);
        if (other && phrase.isApplications()
            || compares && NarrativePhrase.compares(phrase.figureFirst() ? words : scan.prefix[c])
            || phrase.forbiddenIn(words)
            || phrase.forbiddenNear(phrase.figureFirst() ? scan.after[c] : scan.before[c])
                && phrase.forbiddenNear(scan.clause(c, phrase.figureFirst(), start, end))
            || ofCarriedOver && phrase.isOutcome()) {
          continue;
        }
        if (phrase.needsContext(words)) {
          if (!previousRead) {
            int from = SentenceBounds.previousStart(text, start);
            previousWords = scan.previousWords(text, from, start);
            // A sentence of another scope lends no context
            // ("2022年上半年…共受理政府信息公开申请267件…。其中同意公开或部分公开共81件",
            // 上海市普陀区 2022): the figures it introduces are of its scope.
            if (NarrativePhrase.otherScope(scan, text, from, start, previousWords)) {
              previousWords = 0;
            }
            previousRead = true;
          }
          if (!phrase.requiredIn(previousWords)) {
            continue;
          }
        }
        if (phrase.states(scan.chars, scan.base, start, end, number, numberEnd, scan.countEnd[c])) {
          totalBefore |= phrase.isTotal();
          long value = digits(text, number, numberEnd);
          int partsFrom = scan.partsFrom(text, phrase, value, start, end);
          if (partsFrom >= 0) {
            dropParts(result, phrase, partsFrom);
            break;
          }
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

  // Drops the figures found by a phrase from a list's first sentence holding one on: they are
  // parts (SentenceScan.partsFrom).
  private static void dropParts(List<StatedFigure> found, NarrativePhrase phrase, int from) {
    if (found == null) {
      return;
    }
    for (java.util.Iterator<StatedFigure> i = found.iterator(); i.hasNext(); ) {
      StatedFigure figure = i.next();
      if (figure.phrase == phrase && figure.sentenceOffset >= from) {
        i.remove();
      }
    }
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

  private static final ThreadLocal<SentenceScan> SCANS = ThreadLocal.withInitial(SentenceScan::new);

  /**
   * Whether the figure may count more than the report's organ: its sentence, or an earlier clause
   * of the list closed by semicolons that it ends ("2024年全市新受理政府信息公开申请1681件…；答复政府信息公开申请1641件", 三亚市
   * 2024), names an area or a system of organs ({@link NarrativeWording#WIDER_SCOPE_WORDS}), or,
   * for a phrase that takes its words of context from the sentence before, that sentence does
   * ("全区共收到申请30件。其中予以公开10件").
   */
  public boolean ofWiderScope() {
    if (NarrativeWording.namesWiderScope(
        text, SentenceBounds.listStart(text, sentenceOffset), sentenceEnd)) {
      return true;
    }
    char[] chars = text.toCharArray();
    TraditionalForms.simplify(chars, sentenceOffset, sentenceEnd);
    long words = NarrativePhrase.wordsIn(chars, sentenceOffset, sentenceEnd);
    return phrase.needsContext(words)
        && NarrativeWording.namesWiderScope(
            text, SentenceBounds.previousStart(text, sentenceOffset), sentenceOffset);
  }

  /**
   * The year that the words stating the figure start with, named by its digits ("结转至2024年答复1件",
   * 闽侯县人民政府办公室 2023; "转2025年办理37件", 北京市通州区西集镇 2024): the run of text without a digit before the
   * number starts with 年 right after four digits. 0 if there is none, or if the phrase states its
   * figure first.
   */
  public int namedYear() {
    return phrase.figureFirst() ? 0 : SentenceBounds.yearBefore(text, sentenceOffset, offset);
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
