package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.NarrativeDefects;
import io.github.xxgk.report.testkit.ReportFixtures;
import io.github.xxgk.report.testkit.SplitMix64;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The narrative scan ({@link StatedFigure#find}) gives the figures an oracle of regular expressions
 * gives, on the narratives of the testkit's generated reports (valid, published, and with one
 * stated figure changed), on them with fragments of the phrases inserted, and on the texts of the
 * real reports: each sentence not of another scope is matched against every phrase's pattern, and
 * each count goes to the first phrase, in catalogue order, whose pattern states it. The oracle
 * shares nothing with the scan but the phrases' data; it lives here, in the form's package, because
 * only the testkit generates narratives.
 */
class NarrativeScanOracleProperties {
  private static final String[] REAL = {
    "linfen-yaodu-2024.txt",
    "shuyang-2025.txt",
    "pingtan-caijinju-2024.page.txt",
    "pingtan-gongan-2021.page.txt",
    "pingtan-guanweihui-2020.page.txt",
    "pingtan-haitan-2025.page.txt",
  };

  // Words of the phrases and what surrounds a count, to break and bend the generated sentences.
  private static final String[] FRAGMENTS = {
    "新收", "申请", "共收到", "受理", "上年度结转", "结转下一年", "办结", "答复", "公开", "不", "予以公开", "部分公开", "不予公开",
    "无法提供", "不予处理", "其他处理", "行政复议", "、", "行政诉讼", "维持", "纠正", "其他", "尚未审结", "制发", "规章", "规范性文件",
    "废止", "现行有效", "自然人", "法人或其他组织", "代", "政府", "同比", "投诉", "，", ",", "。", "；", "\n", " ", "\u3000",
    "7", "1,234", "12,34", "0件", "12 件", "3件", "件", "占", "%", "（办公室）", "2宗", "宗",
  };

  @Example
  void realReportsReadAsTheOracleReadsThem() {
    int figures = 0;
    for (String name : REAL) {
      String text = resource("reports/" + name);
      assertTrue(text.length() > 1000, name);
      figures += assertScanIsOracle(text);
    }
    assertTrue(figures >= 9, "figures stated by the real reports: " + figures);
  }

  @Property(tries = 300)
  void generatedNarrativesReadAsTheOracleReadsThem(@ForAll long seed) {
    AnnualReport valid = ReportFixtures.valid(seed);
    assertTrue(assertSectionsAreOracle(valid) >= 24, "the generated overview states its figures");
    assertSectionsAreOracle(ReportFixtures.published(seed));
    assertSectionsAreOracle(
        NarrativeDefects.changeOneFigure(valid, new SplitMix64(seed ^ 0x5DEECE66DL)).report());
  }

  @Property(tries = 500)
  void generatedNarrativesWithInsertionsReadAsTheOracleReadsThem(
      @ForAll long seed,
      @ForAll @Size(max = 12) List<@IntRange(min = 0) Integer> at,
      @ForAll("fragments") List<String> what) {
    AnnualReport report =
        NarrativeDefects.changeOneFigure(ReportFixtures.valid(seed), new SplitMix64(~seed))
            .report();
    StringBuilder text = new StringBuilder(NarrativeSection.OVERVIEW.read(report).orElse(""));
    for (int i = 0; i < Math.min(at.size(), what.size()); i++) {
      text.insert(at.get(i) % (text.length() + 1), what.get(i));
    }
    assertScanIsOracle(text.toString());
  }

  @Provide
  Arbitrary<List<String>> fragments() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12);
  }

  private static int assertSectionsAreOracle(AnnualReport report) {
    int figures = 0;
    for (NarrativeSection section : NarrativeSection.values()) {
      figures += assertScanIsOracle(section.read(report).orElse(""));
    }
    return figures;
  }

  /** Asserts that the scan gives the oracle's figures, and how many there are. */
  private static int assertScanIsOracle(String text) {
    List<String> expected = oracle(text);
    List<String> found = new ArrayList<>();
    for (StatedFigure figure : StatedFigure.find(text)) {
      found.add(
          described(
              figure.phrase(),
              figure.value(),
              figure.offset(),
              figure.length(),
              figure.sentenceOffset(),
              figure.sentenceLength()));
    }
    assertEquals(expected, found, text);
    return found.size();
  }

  private static String described(
      NarrativePhrase phrase, long value, int at, int length, int sentence, int sentenceLength) {
    return String.format(
        "%s=%d@%d+%d in %d+%d", phrase, value, at, length, sentence, sentenceLength);
  }

  private static List<String> oracle(String text) {
    List<NaiveListParts.Found> figures = new ArrayList<>();
    for (int start = 0; start <= text.length(); ) {
      int end = start;
      while (end < text.length() && NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      String sentence = text.substring(start, end);
      if (!NarrativeWording.OTHER_SCOPE.matcher(sentence).find()) {
        // Where each phrase states a count: the number's start, and the figure.
        Map<NarrativePhrase, Map<Integer, NaiveListParts.Found>> stated =
            new java.util.EnumMap<>(NarrativePhrase.class);
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        for (NarrativePhrase phrase : NarrativePhrase.values()) {
          stated.put(phrase, new TreeMap<>());
          if (!admits(phrase, sentence, NaiveSentenceContext.of(text, start), false)) {
            continue;
          }
          Matcher m = phrase.pattern().matcher(text).region(start, end);
          m.useTransparentBounds(true);
          while (m.find()) {
            int number = m.start("n");
            if (wholeNumber(text, number)
                && !(phrase.isApplications() && otherMatter(phrase, text, start, end, number))
                && !comparedBefore(phrase, text, start, end, number)
                && !holdsAny(
                    near(phrase, text, start, end, number, m.end("n")), phrase.forbidsNear())) {
              numbers.add(number);
              stated
                  .get(phrase)
                  .putIfAbsent(
                      number,
                      new NaiveListParts.Found(
                          phrase,
                          Long.parseLong(m.group("n").replace(",", "")),
                          start,
                          end,
                          described(
                              phrase,
                              Long.parseLong(m.group("n").replace(",", "")),
                              number,
                              m.group("n").length(),
                              start,
                              end - start)));
            }
          }
        }
        // Each number, in the order of the text, is claimed by the first phrase stating it; an
        // outcome after 结转 with no total before it is not one.
        Map<Integer, NaiveListParts.Found> claimed = new TreeMap<>();
        boolean totalBefore = false;
        for (int number : numbers) {
          boolean ofCarriedOver =
              !totalBefore
                  && holdsAny(text.substring(start, number), NarrativeWording.CARRIED_OVER_WORDS);
          for (NarrativePhrase phrase : NarrativePhrase.values()) {
            NaiveListParts.Found figure = stated.get(phrase).get(number);
            if (figure != null && !(ofCarriedOver && phrase.isOutcome())) {
              claimed.put(number, figure);
              totalBefore |= phrase.isTotal();
              break;
            }
          }
        }
        figures.addAll(claimed.values());
      }
      start = end + 1;
    }
    return NaiveListParts.kept(text, figures);
  }

  // Whether a sentence may state a figure by the phrase: its kind, the words it must not hold, and
  // its context, in the sentence or the text before it (context).
  private static boolean admits(
      NarrativePhrase phrase, String sentence, String context, boolean notApplications) {
    if (notApplications && phrase.isApplications() || holdsAny(sentence, phrase.forbids())) {
      return false;
    }
    String[] words = phrase.requires();
    return words.length == 0 || holdsAny(sentence, words) || holdsAny(context, words);
  }

  // Whether words comparing with another year come before the figure at number, stated last, or
  // anywhere in its sentence, for one stated first.
  static boolean comparedBefore(
      NarrativePhrase phrase, String text, int start, int end, int number) {
    return holdsAny(
        text.substring(start, phrase.figureFirst() ? end : number),
        NarrativeWording.COMPARISON_WORDS);
  }

  // Whether words of other requests (in the sentence, after the count before the figure), of
  // cases or of one channel (before the figure) scope the figure at number, stated last; for one
  // stated first, any of them.
  static boolean otherMatter(NarrativePhrase phrase, String text, int start, int end, int number) {
    if (phrase.figureFirst()) {
      String sentence = text.substring(start, end);
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
    if (phrase.figureFirst()) {
      int k = numberEnd;
      while (k < end
          && !isDigit(text.charAt(k))
          && NarrativeWording.CLAUSE_MARKS.indexOf(text.charAt(k)) < 0) {
        k++;
      }
      return text.substring(numberEnd, k);
    }
    int k = number;
    while (k > start
        && !isDigit(text.charAt(k - 1))
        && NarrativeWording.CLAUSE_MARKS.indexOf(text.charAt(k - 1)) < 0) {
      k--;
    }
    return text.substring(k, number);
  }

  // A number is read whole: a match may not start inside one ("1234567890123件", "5,3件").
  private static boolean wholeNumber(String text, int number) {
    if (number == 0) {
      return true;
    }
    char before = text.charAt(number - 1);
    return !isDigit(before) && !(before == ',' && number >= 2 && isDigit(text.charAt(number - 2)));
  }

  // The patterns' \d: ASCII digits only, as the scan reads them.
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean holdsAny(String text, String[] words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String resource(String name) {
    try (InputStream in =
        NarrativeScanOracleProperties.class.getClassLoader().getResourceAsStream(name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(name, e);
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
