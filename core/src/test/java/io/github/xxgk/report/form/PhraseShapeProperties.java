package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The phrases' compiled shapes ({@link PhraseShape}) say a phrase states a count exactly where its
 * regular expression, run as the scanner ran it before (this class keeps that path as the oracle),
 * does: at every count of every sentence, for every phrase, on real narratives, on real narratives
 * with characters inserted, and on sentences put together from the phrases' words, numbers of every
 * printed form, spaces and punctuation.
 */
class PhraseShapeProperties {
  // The real report of the resources as copied from its page, its sections, and verbatim sentences
  // of other real reports (shared/reports).
  private static final String[] REAL = {
    read("reports/linfen-yaodu-2024.txt"),
    LinfenYaodu2024.OVERVIEW,
    LinfenYaodu2024.PROBLEMS_AND_IMPROVEMENTS,
    LinfenYaodu2024.OTHER_MATTERS,
    "全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件。共办理 718 件，结转下一年 31 件。"
        + "依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件，有力维护了群众合法权益与政府公信力。"
        + "2025 年，累计开展办前主动沟通 49 次，成功推动化解各类争议纠纷 33 件。"
        + "全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。",
    "依申请公开政府信息5条，提交申请的方式为网站申请，已在规定时限内完成回复。" + "2021年共制发政府信息378条，其中，主动公开政府信息125条、依申请公开176条、不予公开77条。",
    "全年受理网络问政182件。2023年度我局共收到依申请信息公开26件，及时回复申请人。",
  };

  // The phrases' words and what sits between them, numbers valid and not, spaces the pattern's \s
  // does not count (U+3000), and the marks that end a sentence or a gap.
  private static final String[] FRAGMENTS = {
    "新收",
    "申请",
    "收到",
    "受理",
    "接收",
    "接到",
    "上年",
    "上年度",
    "上一年",
    "结转",
    "转",
    "顺延",
    "继续",
    "延期",
    "转入",
    "至",
    "到",
    "下年",
    "下一年",
    "度",
    "办结",
    "答复",
    "办理",
    "予以公开",
    "不",
    "部分公开",
    "及",
    "全部",
    "不予公开",
    "无法提供",
    "不予处理",
    "其他处理",
    "行政复议",
    "和",
    "、",
    "行政诉讼",
    "案件",
    "维持",
    "纠正",
    "尚未审结",
    "制发",
    "印发",
    "规章",
    "规范性文件",
    "废止",
    "现行有效",
    "行政许可决定",
    "行政处罚决定",
    "行政强制决定",
    "共",
    "件",
    "件",
    "件",
    "，",
    ",",
    "。",
    "；",
    " ",
    "\u3000",
    "\t",
    "0",
    "7",
    "12",
    "1,234",
    "12,34",
    "1,2345",
    ",5",
    "123456789012",
    "1234567890123",
    "的",
    "信息公开",
    "其中",
    "占",
    "%",
    // Counts as sentences print them, so that short lists hold one often.
    "7件",
    "12 件",
    "1,234件",
    "3\u3000件",
    "0件",
    "5 件",
    "15宗",
    "宗",
    "不予以公开",
    "收到申请",
    "共收到政府信息公开申请",
    // Words of other requests, and those naming applications for government information as such.
    "投诉",
    "信访",
    "依申请",
    "申请公开",
  };

  @Example
  void sentenceEndsAreTheCataloguesMarks() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(
          NarrativeWording.SENTENCE_ENDS.indexOf(c) >= 0,
          StatedFigure.endsSentence(c),
          "U+" + Integer.toHexString(c));
    }
  }

  @Example
  void realNarrativesReadAlike() {
    assertTrue(REAL[0].length() > 1000, "the real page's text is read");
    int stated = 0;
    for (String text : REAL) {
      stated += assertAlike(text);
    }
    // Not vacuous: the real sentences state figures the phrases read (15, 1, 12, 3, 749, 718, 31,
    // 74, 26 …).
    assertTrue(stated >= 9, "counts read by a phrase: " + stated);
  }

  @Property(tries = 400)
  void realNarrativesWithInsertionsReadAlike(
      @ForAll("realText") String text,
      @ForAll("insertions") List<Integer> at,
      @ForAll("fragmentLists") List<String> what) {
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i < Math.min(at.size(), what.size()); i++) {
      b.insert(at.get(i) % (b.length() + 1), what.get(i));
    }
    assertAlike(b.toString());
  }

  @Property(tries = 3000)
  void sentencesOfThePhrasesWordsReadAlike(@ForAll("shortFragmentLists") List<String> fragments) {
    assertAlike(String.join("", fragments));
  }

  /**
   * The scan's filters (the words of the run around each count, the context read only when a phrase
   * needs it) never change what it finds: {@link StatedFigure#find} gives what every phrase's
   * pattern, tried at every count of every sentence with the sentence's words looked up by {@code
   * String.contains}, gives.
   */
  @Property(tries = 1000)
  void findIsEveryPatternAtEveryCount(
      @ForAll("realText") String text,
      @ForAll("insertions") List<Integer> at,
      @ForAll("fragmentLists") List<String> what) {
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i < Math.min(at.size(), what.size()); i++) {
      b.insert(at.get(i) % (b.length() + 1), what.get(i));
    }
    assertFindIsNaive(b.toString());
  }

  @Property(tries = 3000)
  void findOnSentencesOfThePhrasesWordsIsEveryPatternAtEveryCount(
      @ForAll("shortFragmentLists") List<String> fragments) {
    assertFindIsNaive(String.join("", fragments) + "。" + String.join("", fragments));
  }

  @Example
  void findOnRealNarrativesIsEveryPatternAtEveryCount() {
    for (String text : REAL) {
      assertFindIsNaive(text);
    }
  }

  // Whether words of other requests (in the sentence, after the count before the figure), of
  // cases or of one channel (before the figure) scope the figure at number, stated last; for one
  // stated first, any of them.
  private static boolean otherMatter(
      NarrativePhrase phrase, String text, int start, int end, int number) {
    String sentence = text.substring(start, end);
    if (phrase.figureFirst()) {
      return holdsAny(sentence, NarrativeWording.CASE_WORDS)
          || otherRequests(phrase, text, start, end, number)
          || holdsAny(sentence, NarrativeWording.ONE_CHANNEL_WORDS);
    }
    return otherRequests(phrase, text, start, end, number)
        || holdsAny(text.substring(start, number), NarrativeWording.CASE_WORDS)
        || NarrativeWording.oneChannelBefore(text, start, number);
  }

  // The run of text without a digit or a clause mark on the phrase's side of the number.
  static String near(
      NarrativePhrase phrase, String text, int start, int end, int number, int numberEnd) {
    int k = phrase.figureFirst() ? numberEnd : number;
    if (phrase.figureFirst()) {
      while (k < end
          && (text.charAt(k) < '0' || text.charAt(k) > '9')
          && NarrativeWording.CLAUSE_MARKS.indexOf(text.charAt(k)) < 0) {
        k++;
      }
      return text.substring(numberEnd, k);
    }
    while (k > start
        && (text.charAt(k - 1) < '0' || text.charAt(k - 1) > '9')
        && NarrativeWording.CLAUSE_MARKS.indexOf(text.charAt(k - 1)) < 0) {
      k--;
    }
    return text.substring(k, number);
  }

  private static void assertFindIsNaive(String text) {
    List<NaiveListParts.Found> stated = new java.util.ArrayList<>();
    SentenceScan matchers = new SentenceScan();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = start;
      while (end < n && NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      String sentence = text.substring(start, end);
      if (!NarrativeWording.OTHER_SCOPE.matcher(sentence).find()) {
        String context = NaiveSentenceContext.of(text, start);
        int counts = matchers.counts(text, start, end);
        boolean totalBefore = false;
        for (int c = 0; c < counts; c++) {
          int number = matchers.numberStart[c];
          boolean ofCarriedOver =
              !totalBefore
                  && holdsAny(text.substring(start, number), NarrativeWording.CARRIED_OVER_WORDS);
          for (NarrativePhrase phrase : NarrativePhrase.values()) {
            if (phrase.isApplications() && otherMatter(phrase, text, start, end, number)
                || holdsAny(
                    text.substring(start, phrase.figureFirst() ? end : number),
                    NarrativeWording.COMPARISON_WORDS)
                || ofCarriedOver && phrase.isOutcome()
                || holdsAny(sentence, phrase.forbids())
                || holdsAny(
                    near(phrase, text, start, end, number, matchers.numberEnd[c]),
                    phrase.forbidsNear())
                || phrase.requires().length > 0
                    && !holdsAny(sentence, phrase.requires())
                    && !holdsAny(context, phrase.requires())) {
              continue;
            }
            if (byPattern(
                matchers,
                phrase,
                text,
                start,
                end,
                number,
                matchers.numberEnd[c],
                matchers.countEnd[c])) {
              long value =
                  Long.parseLong(text.substring(number, matchers.numberEnd[c]).replace(",", ""));
              stated.add(
                  new NaiveListParts.Found(phrase, value, start, end, phrase + "@" + number));
              totalBefore |= phrase.isTotal();
              break;
            }
          }
        }
      }
      start = end + 1;
    }
    List<String> expected = NaiveListParts.kept(text, stated);
    List<String> found = new java.util.ArrayList<>();
    for (StatedFigure figure : StatedFigure.find(text)) {
      found.add(figure.phrase() + "@" + figure.offset());
    }
    assertEquals(expected, found, text);
    assertDisagreeingIsFindFiltered(text);
  }

  /**
   * {@link StatedFigure#disagreeing} is {@link StatedFigure#find} without the figures that agree:
   * here the even ones, so that a figure's being left out never changes which phrase claims the
   * next number.
   */
  private static void assertDisagreeingIsFindFiltered(String text) {
    List<String> expected = new java.util.ArrayList<>();
    for (StatedFigure figure : StatedFigure.find(text)) {
      if (figure.value() % 2 != 0) {
        expected.add(described(figure));
      }
    }
    List<String> found = new java.util.ArrayList<>();
    for (StatedFigure figure :
        StatedFigure.disagreeing(text, 2L, (two, phrase, value) -> value % two == 0)) {
      found.add(described(figure));
    }
    assertEquals(expected, found, text);
  }

  private static String described(StatedFigure figure) {
    return figure.phrase()
        + "="
        + figure.value()
        + "@"
        + figure.offset()
        + "+"
        + figure.length()
        + " in "
        + figure.sentenceOffset()
        + "+"
        + figure.sentenceLength();
  }

  private static boolean holdsAny(String text, String[] words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<List<String>> shortFragmentLists() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> realText() {
    return Arbitraries.of(REAL);
  }

  @Provide
  Arbitrary<List<Integer>> insertions() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<List<String>> fragmentLists() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40);
  }

  /** At every count of every sentence, every phrase's shape says what its pattern says. */
  private static int assertAlike(String text) {
    char[] chars = text.toCharArray();
    int stated = 0;
    SentenceScan matchers = new SentenceScan();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = start;
      while (end < n && NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      int counts = matchers.counts(text, start, end);
      for (int c = 0; c < counts; c++) {
        int number = matchers.numberStart[c];
        int numberEnd = matchers.numberEnd[c];
        int countEnd = matchers.countEnd[c];
        for (NarrativePhrase phrase : NarrativePhrase.values()) {
          boolean expected =
              byPattern(matchers, phrase, text, start, end, number, numberEnd, countEnd);
          String where = phrase + " at " + number + " in " + text.substring(start, end);
          assertEquals(
              expected, phrase.states(chars, 0, start, end, number, numberEnd, countEnd), where);
          stated += expected ? 1 : 0;
        }
      }
      start = end + 1;
    }
    return stated;
  }

  /** The scanner's former path: the phrase's pattern on a region around the count. */
  private static boolean byPattern(
      SentenceScan matchers,
      NarrativePhrase phrase,
      String text,
      int start,
      int end,
      int number,
      int numberEnd,
      int countEnd) {
    Matcher m;
    if (phrase.figureFirst()) {
      m = matchers.region(phrase.pattern(), text, number, end);
      return m.lookingAt() && m.end("n") == numberEnd && m.start("n") == number;
    }
    m =
        matchers.region(
            phrase.pattern(), text, Math.max(start, number - NarrativePhrase.REACH), countEnd);
    while (m.find()) {
      if (m.end("n") == numberEnd) {
        // The figure the scanner reports starts where the count's number does.
        assertEquals(number, m.start("n"), text);
        return true;
      }
    }
    return false;
  }

  private static String read(String resource) {
    try {
      Path path =
          Paths.get(PhraseShapeProperties.class.getClassLoader().getResource(resource).toURI());
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // Where the last count (a digit, white space, a unit of COUNT_UNITS that starts no word of
  // NOT_UNITS)
  // that ends before number ends; start if there is none. Words of other requests before it are
  // that count's, and do not scope the figure at number.
  static int previousCountEnd(String text, int start, int number) {
    int last = start;
    for (int i = start; i < number; i++) {
      if (NarrativeWording.COUNT_UNITS.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int d = i - 1;
      while (d >= start && Character.isWhitespace(text.charAt(d))) {
        d--;
      }
      boolean notUnit = false;
      for (String word : NarrativeWording.NOT_UNITS) {
        notUnit |= text.startsWith(word, i);
      }
      if (d >= start && text.charAt(d) >= '0' && text.charAt(d) <= '9' && !notUnit) {
        last = i + 1;
      }
    }
    return last;
  }

  // Whether words of other requests scope the figure at number: those after the count before it
  // (unless the sentence up to the figure names applications for government information and no
  // other request), or those before that count when the run of text without a digit beside the
  // figure does not name applications.
  static boolean otherRequests(
      NarrativePhrase phrase, String text, int start, int end, int number) {
    int from = previousCountEnd(text, start, number);
    if (otherRequestIn(text, start, from, end)) {
      String prefix = text.substring(start, number);
      return !holdsAny(prefix, NarrativeWording.DISCLOSURE_APPLICATION_WORDS)
          || holdsAny(prefix, NarrativeWording.OTHER_REQUEST_WORDS);
    }
    if (!otherRequestIn(text, start, start, from)) {
      return false;
    }
    int k = number;
    if (phrase.figureFirst()) {
      int numberEnd = number;
      while (numberEnd < end
          && (text.charAt(numberEnd) >= '0' && text.charAt(numberEnd) <= '9'
              || text.charAt(numberEnd) == ',')) {
        numberEnd++;
      }
      k = numberEnd;
      while (k < end && (text.charAt(k) < '0' || text.charAt(k) > '9')) {
        k++;
      }
      return !text.substring(numberEnd, k).contains(NarrativeWording.APPLICATION);
    }
    while (k > start && (text.charAt(k - 1) < '0' || text.charAt(k - 1) > '9')) {
      k--;
    }
    return !text.substring(k, number).contains(NarrativeWording.APPLICATION);
  }

  // Whether a word of other requests lies from from to to, one that no word of TOPIC_WORDS precedes
  // in its clause (from the last clause mark, or the sentence's start).
  static boolean otherRequestIn(String text, int start, int from, int to) {
    for (String word : NarrativeWording.OTHER_REQUEST_WORDS) {
      for (int i = text.indexOf(word, from);
          i >= 0 && i + word.length() <= to;
          i = text.indexOf(word, i + 1)) {
        int clause = i;
        while (clause > start
            && NarrativeWording.CLAUSE_MARKS.indexOf(text.charAt(clause - 1)) < 0) {
          clause--;
        }
        if (!holdsAny(text.substring(clause, i), NarrativeWording.TOPIC_WORDS)) {
          return true;
        }
      }
    }
    return false;
  }
}
