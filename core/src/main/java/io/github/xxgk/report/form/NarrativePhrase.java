package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases by which a narrative section ties a stated number to cells of the tables, as data:
 * each phrase is a pattern whose group {@code n} is the figure, the plain words of which every
 * match holds one (the scan tries the pattern only beside them), the words its sentence must (or,
 * failing that, the sentence before) and must not contain, and the readings it may have (each a sum
 * of cells; the figure agrees with the tables when it equals any of them). The data is a table,
 * {@code narrative-phrases.txt} beside this class, one block per constant in the constants' order;
 * the wording around the figures (scope, percentages, fees, the aspects of section 一) is in {@link
 * NarrativeWording}. Patterns apply to one sentence (up to 。；！？ or a line break) and, like the
 * tables, count only in {@link NarrativeWording#COUNT_UNITS} (件, 宗): a count in 条 or 篇 is of
 * published items, not of applications.
 *
 * <p>Precision comes first: a phrase is here only when its words tie the figure to its cells
 * without doubt, and a sentence whose scope may differ from the report's (an office handling
 * applications on behalf of its government) is not read at all, see {@link
 * NarrativeWording#OTHER_SCOPE}.
 */
public enum NarrativePhrase {
  /**
   * Applications newly received (新收): row 一 alone; 申请 may be left to the sentence or the one before
   * ("上年结转政府信息公开申请21件，本年新收434件", 天津市河北区 2024).
   */
  NEWLY_RECEIVED,
  /**
   * Applications received; whether the carried-over ones are included, the sentence rarely says.
   * Not those of one channel ("共收到群众网上申请105件，快递17件，合计122件", 咸阳市秦都区 2024): 网上, 网络, 线上, 线下, 当面, 现场,
   * 信函 or 邮寄 right before 申请, nor a channel's applications (网上申请, 信函申请…) anywhere in the words
   * before the figure ("受理群众网上申请政府信息公开申请0件", 安庆市招商中心 2021).
   */
  RECEIVED,
  /** Applications carried over from the previous year. */
  CARRIED_OVER_FROM_PREVIOUS_YEAR,
  /**
   * Applications carried forward, figure first ("3件结转下年度", or "72件申请按照《条例》顺延到下年度答复" as 上海市人民政府办公厅
   * 2019 words it: tried before {@link #HANDLED_AFTER}, which would read that figure as the
   * applications answered).
   */
  CARRIED_OVER_TO_NEXT_YEAR_AFTER,
  /**
   * Applications carried over, figure first, before a year named by its digits ("31件结转到2025年度继续办理",
   * 桐乡市 2024; "1件结转2023年度继续办理", 杭州市公安局滨江区分局 2022): the phrase sees only 结转 before the year, so
   * either reading, to the next year or from the previous one, agrees. Tried after {@link
   * #CARRIED_OVER_TO_NEXT_YEAR_AFTER}, which claims "3件结转下年度".
   */
  CARRIED_OVER_BEFORE_NAMED_YEAR,
  /**
   * Applications carried forward, figure last ("结转下一年31件", or "转下一年度办理答复的有1件" as 上海市科委 2024 words
   * it: tried before {@link #HANDLED}, which would read that figure as the applications answered).
   */
  CARRIED_OVER_TO_NEXT_YEAR,
  /**
   * Applications carried forward to a year named by its digits ("结转到2025年办理7件", 荆门市东宝区 2024;
   * "结转2023年办理3件", 盐城市生态环境局 2022): the phrase sees only the words after the year, so the sentence
   * must say 结转, and the year is not 本年, 今年, 全年, 当年 or 上年.
   */
  CARRIED_OVER_TO_NAMED_YEAR,
  /**
   * Applications carried over from one named year to another and answered there
   * ("经查，2023年收到，结转至2024年作出答复的政府信息公开申请…件", 国家卫生健康委 2024): carried over from the previous year, or
   * to the next one, as the years' digits say, which the phrase does not read; either reading
   * agrees. Tried before {@link #HANDLED}, which would read the figure as all the applications
   * answered.
   */
  CARRIED_OVER_ACROSS_NAMED_YEAR,
  /**
   * Applications carried over into this year ("含2023年转至今年办理的3件", 盐城市大丰区 2024; 转入本年度): from the
   * previous year. Tried before {@link #DEALT_WITH}, which would read the figure as all those dealt
   * with.
   */
  CARRIED_OVER_INTO_THIS_YEAR,
  /**
   * Applications of natural persons, in a sentence of applications received ("共受理…申请749件，其中自然人申请
   * 741件"): new, or new and carried over, as for {@link #RECEIVED}; a sentence stating outcomes is
   * not read, since its breakdown may be of an outcome.
   */
  NATURAL_PERSONS,
  /** Applications of legal persons and other organisations (the five columns), as above. */
  ORGANISATIONS,
  /**
   * Outcomes （一） and （二） stated together ("予以公开及部分公开42件", 平潭综合实验区 2023; "予以公开或部分公开59件", 南京市高淳区
   * 2022; "予以公开（含部分公开）N件"): tried before each alone, so that the sum is not read as 部分公开 alone.
   */
  DISCLOSED_OR_PARTIALLY,
  /** Outcome （一）: 予以公开, or 同意公开 as some reports word it. */
  DISCLOSED,
  /** Outcome （二）. */
  PARTIALLY_DISCLOSED,
  /** Outcome （三）, all its rows. */
  NOT_DISCLOSED,
  /**
   * Outcome （四）, all its rows, named by the first of its reasons and 等原因 as the form's own wording
   * has it ("因本机关不掌握等原因无法提供的49件", 长春市人民政府办公厅 2024): tried before {@link #UNABLE_TO_PROVIDE}, which
   * leaves a sentence naming one of the reasons unread.
   */
  UNABLE_TO_PROVIDE_FOR_ALL_REASONS,
  /** Outcome （四）, all its rows. */
  UNABLE_TO_PROVIDE,
  /** Outcome （五）, all its rows. */
  NOT_PROCESSED,
  /** Outcome （六）, all its rows. */
  OTHER_HANDLING,
  /**
   * Applications dealt with (办理), figure last: the answered ones (三（七）总计), or those received (一, or
   * 一 + 二), as reports use the word: "办理政府信息公开申请61件，办结54件，结转下一年办理7件" (溧阳市 2025) counts the 7
   * carried forward with the 54 answered; so does 共处理 ("共处理政府信息公开申请19件", 通榆县人民政府办公室 2025), where 处理
   * alone also names one outcome ("另处理重复申请1件"). Tried before {@link #HANDLED}.
   */
  DEALT_WITH,
  /**
   * Applications answered or closed (三（七）总计), figure last (办结, 答复, 依申请公开答复); not 公开答复 alone
   * ("其中公开答复1件"), which is one outcome. Tried after the outcomes, so that an outcome answered
   * ("因无法提供相关信息答复2件") is that outcome. Not 继续办理 either ("结转至2025年继续办理7件"): those are carried
   * forward.
   */
  HANDLED,
  /**
   * Applications answered or closed, figure first ("12件…予以答复"); not 公开答复, nor in a sentence naming
   * an outcome, where such a figure is a part ("1件按无法提供办结，18件按期限答复办结", 东阳市财政局 2024).
   */
  HANDLED_AFTER,
  /** Reconsiderations and lawsuits together: the three totals of table 四. */
  CASES,
  /** Reconsiderations. */
  RECONSIDERATION,
  /** Reconsiderations upheld, in a sentence about reconsiderations only. */
  RECONSIDERATION_UPHELD,
  /** Reconsiderations corrected. */
  RECONSIDERATION_CORRECTED,
  /** Reconsiderations upheld, figure first ("行政复议3件，1件结果维持，2件结果纠正", 临夏市人民政府办公室 2025). */
  RECONSIDERATION_UPHELD_AFTER,
  /** Reconsiderations corrected, figure first ("2件结果纠正"). */
  RECONSIDERATION_CORRECTED_AFTER,
  /** Reconsiderations with another result (其他结果), the figure right after the words. */
  RECONSIDERATION_OTHER,
  /** Reconsiderations pending. */
  RECONSIDERATION_PENDING,
  /** 行政诉讼 brought without reconsideration first ("未经复议直接提起行政诉讼N件"). */
  LITIGATION_WITHOUT_RECONSIDERATION,
  /** Lawsuits, both groups. */
  LITIGATION,
  /** 规章 issued. */
  REGULATIONS_ISSUED,
  /** 行政规范性文件 issued. */
  NORMATIVE_ISSUED,
  /** 规章 repealed. */
  REGULATIONS_REPEALED,
  /** 行政规范性文件 repealed. */
  NORMATIVE_REPEALED,
  /** 规章 in force. */
  REGULATIONS_IN_FORCE,
  /** 行政规范性文件 in force. */
  NORMATIVE_IN_FORCE,
  /** 行政规范性文件 repealed, in a list that names them once before ("制发规范性文件0件，废止0件"). */
  NORMATIVE_REPEALED_LISTED,
  /** 行政规范性文件 in force, in a list that names them once before ("废止0件，现行有效0件"). */
  NORMATIVE_IN_FORCE_LISTED,
  /** 行政许可 decisions. */
  LICENSING_DECISIONS,
  /** 行政处罚 decisions. */
  PUNISHMENT_DECISIONS,
  /** 行政强制 decisions. */
  COERCION_DECISIONS;

  /**
   * Whether a sentence, from {@code start} to {@code end} in a text and holding the indexed words
   * {@code words} ({@link #wordsIn}), is of another scope.
   */
  static boolean otherScope(SentenceScan matchers, String text, int start, int end, long words) {
    return (words & OTHER_SCOPE_BITS) != 0
        || (words & ON_BEHALF_BIT) != 0
            && matchers.find(NarrativeWording.ON_BEHALF, text, start, end);
  }

  /**
   * Whether indexed words {@code words} name cases ({@link NarrativeWording#CASE_WORDS}), which no
   * cell of table 三 holds: those of a sentence up to a figure stated last scope it, those of the
   * whole sentence one stated first.
   */
  static boolean namesCases(long words) {
    return (words & CASE_BITS) != 0;
  }

  /**
   * Whether a sentence holding {@code words} names another kind of request ({@link
   * NarrativeWording#OTHER_REQUEST_WORDS}), so that its figures up to the count after the last of
   * them are not read ({@link SentenceScan#lastOtherRequest}).
   */
  static boolean namesOtherRequests(long words) {
    return (words & OTHER_REQUEST_BITS) != 0;
  }

  /**
   * Whether indexed words {@code run} (the run of text without a digit beside a figure) name
   * applications ({@link NarrativeWording#APPLICATION}): a figure after a count of other requests
   * is read only then ("行政许可3606件，…接收政府信息公开申请13件"), not when it takes its words of applications
   * from the sentence ("共受理政府信息公开申请和行政许可申请30件，办结28件").
   */
  static boolean namesApplications(long run) {
    return (run & APPLICATION_BITS) != 0;
  }

  /**
   * Whether indexed words {@code prefix} (of a sentence up to a figure) name applications for
   * government information as such ({@link NarrativeWording#DISCLOSURE_APPLICATION_WORDS}) and no
   * other request ({@link NarrativeWording#OTHER_REQUEST_WORDS}): words of other requests after the
   * figure then leave it read.
   */
  static boolean namesOnlyDisclosureApplications(long prefix) {
    return (prefix & DISCLOSURE_APPLICATION_BITS) != 0 && (prefix & OTHER_REQUEST_BITS) == 0;
  }

  /**
   * Whether indexed words {@code words} (of a sentence up to a figure stated last, or of the whole
   * sentence for one stated first) compare with another year ({@link
   * NarrativeWording#COMPARISON_WORDS}).
   */
  static boolean compares(long words) {
    return (words & COMPARISON_BITS) != 0;
  }

  /**
   * Whether the words of a sentence up to a figure, {@code prefix}, name applications carried over
   * ({@link NarrativeWording#CARRIED_OVER_WORDS}).
   */
  static boolean carriedOverIn(long prefix) {
    return (prefix & CARRIED_OVER_BITS) != 0;
  }

  /**
   * Whether a sentence holding {@code words} names a channel ({@link
   * NarrativeWording#ONE_CHANNEL_WORDS}), so that its figures after that name may be of that
   * channel alone ({@link NarrativeWording#oneChannelBefore}).
   */
  static boolean namesChannel(long words) {
    return (words & CHANNEL_BITS) != 0;
  }

  // Every plain word the scan looks up, one bit for each class of words used alike (WordIndex): a
  // sentence is read once for all of them.
  private static final WordIndex INDEX;
  private static final long OTHER_SCOPE_BITS;
  private static final long ON_BEHALF_BIT;
  private static final long CHANNEL_BITS;
  private static final long COMPARISON_BITS;
  private static final long CASE_BITS;
  private static final long CARRIED_OVER_BITS;
  private static final long OTHER_REQUEST_BITS;
  private static final long APPLICATION_BITS;
  private static final long DISCLOSURE_APPLICATION_BITS;
  // For each bit of the index, the phrases holding its words that state their figure last, and
  // first.
  private static final long[] LAST_BY_WORD = new long[Long.SIZE];
  private static final long[] FIRST_BY_WORD = new long[Long.SIZE];

  static {
    List<String[]> groups = new ArrayList<>();
    groups.add(NarrativeWording.OTHER_SCOPE_WORDS);
    groups.add(new String[] {"代"});
    groups.add(NarrativeWording.OTHER_REQUEST_WORDS);
    groups.add(new String[] {NarrativeWording.APPLICATION});
    groups.add(NarrativeWording.DISCLOSURE_APPLICATION_WORDS);
    groups.add(NarrativeWording.CASE_WORDS);
    groups.add(NarrativeWording.CARRIED_OVER_WORDS);
    groups.add(NarrativeWording.ONE_CHANNEL_WORDS);
    groups.add(NarrativeWording.COMPARISON_WORDS);
    for (NarrativePhrase phrase : values()) {
      groups.add(phrase.words);
      groups.add(phrase.requires);
      groups.add(phrase.forbids);
      groups.add(phrase.forbidsNear);
    }
    INDEX = new WordIndex(groups);
    OTHER_SCOPE_BITS = INDEX.bits(NarrativeWording.OTHER_SCOPE_WORDS);
    ON_BEHALF_BIT = INDEX.bits("代");
    CHANNEL_BITS = INDEX.bits(NarrativeWording.ONE_CHANNEL_WORDS);
    COMPARISON_BITS = INDEX.bits(NarrativeWording.COMPARISON_WORDS);
    CASE_BITS = INDEX.bits(NarrativeWording.CASE_WORDS);
    CARRIED_OVER_BITS = INDEX.bits(NarrativeWording.CARRIED_OVER_WORDS);
    OTHER_REQUEST_BITS = INDEX.bits(NarrativeWording.OTHER_REQUEST_WORDS);
    APPLICATION_BITS = INDEX.bits(NarrativeWording.APPLICATION);
    DISCLOSURE_APPLICATION_BITS = INDEX.bits(NarrativeWording.DISCLOSURE_APPLICATION_WORDS);
    if (values().length > Long.SIZE) {
      throw new IllegalStateException("more than 64 phrases");
    }
    List<String> names = new ArrayList<>();
    for (NarrativePhrase phrase : values()) {
      names.add(phrase.name());
    }
    if (!names.equals(PhraseTable.names())) {
      throw new IllegalStateException(
          "the table of phrases does not list the constants in order: " + PhraseTable.names());
    }
    for (NarrativePhrase phrase : values()) {
      phrase.requiresBit = INDEX.bits(phrase.requires);
      phrase.forbidsBit = INDEX.bits(phrase.forbids);
      phrase.forbidsNearBit = INDEX.bits(phrase.forbidsNear);
      long[] byWord = phrase.figureFirst ? FIRST_BY_WORD : LAST_BY_WORD;
      for (long w = INDEX.bits(phrase.words); w != 0; w &= w - 1) {
        byWord[Long.numberOfTrailingZeros(w)] |= 1L << phrase.ordinal();
      }
    }
  }

  /** The index of every plain word the scan looks up. */
  static WordIndex index() {
    return INDEX;
  }

  /**
   * The indexed words a text's characters hold between {@code start} and {@code end}, one bit each.
   */
  static long wordsIn(char[] text, int start, int end) {
    return INDEX.in(text, start, end);
  }

  /**
   * The indexed words that start at {@code i} of a text's characters and end by {@code end}, one
   * bit each.
   */
  static long wordsAt(char[] text, int i, int end) {
    return INDEX.at(text, i, end);
  }

  /**
   * The phrases, a bit each by ordinal, that may state a count: those stating their figure last
   * holding one of the indexed words {@code before} its number (the run without a digit that ends
   * there), and those stating it first holding one of those {@code after} it. Every match of a
   * phrase holds one of its words, so no other phrase can state the count.
   */
  static long holding(long before, long after) {
    long phrases = 0;
    for (long b = before; b != 0; b &= b - 1) {
      phrases |= LAST_BY_WORD[Long.numberOfTrailingZeros(b)];
    }
    for (long a = after; a != 0; a &= a - 1) {
      phrases |= FIRST_BY_WORD[Long.numberOfTrailingZeros(a)];
    }
    return phrases;
  }

  /**
   * How far before its number a match of any phrase may start: the longest reach of a phrase's
   * words and gaps (行政复议、行政诉讼 and 30 characters), with room to spare.
   */
  static final int REACH = 64;

  /**
   * Whether the phrase reads a year named by its digits right before its words as the year the
   * applications are carried to or from ({@link #CARRIED_OVER_TO_NAMED_YEAR}, {@link
   * #CARRIED_OVER_ACROSS_NAMED_YEAR}); for any other phrase, such a year other than the report's
   * makes the figure that year's ({@link StatedFigure#namedYear}).
   */
  public boolean readsNamedYear() {
    return this == CARRIED_OVER_TO_NAMED_YEAR || this == CARRIED_OVER_ACROSS_NAMED_YEAR;
  }

  /** Whether the phrase states its figure first ("3件结转下年度") rather than last. */
  boolean figureFirst() {
    return figureFirst;
  }

  private final Pattern pattern;
  private final PhraseShape shape;
  private final boolean figureFirst;
  private final String[] words;
  private final String[] requires;
  private final String[] forbids;
  private final String[] forbidsNear;
  private final List<List<Cell>> readings;
  private final boolean applications;
  private final boolean outcome;
  private final boolean total;
  private long requiresBit;
  private long forbidsBit;
  private long forbidsNearBit;

  // Each constant's data is its row of the table (PhraseTable, narrative-phrases.txt).
  NarrativePhrase() {
    PhraseTable.Row row = PhraseTable.row(name());
    this.pattern = Pattern.compile(row.pattern);
    this.shape = PhraseShape.of(row.pattern);
    this.figureFirst = shape.figureFirst();
    this.words = row.words.clone();
    this.requires = row.requires.clone();
    this.forbids = row.forbids.clone();
    this.forbidsNear = row.forbidsNear.clone();
    this.readings = Collections.unmodifiableList(new ArrayList<>(row.readings));
    this.applications = readings.get(0).get(0).row() instanceof ApplicationRow;
    String first = readings.get(0).get(0).pointer();
    this.outcome = first.startsWith(OUTCOMES) && !first.equals(ANSWERED);
    this.total = first.equals(ANSWERED) || first.equals(RECEIVED_TOTAL);
  }

  /**
   * Whether this phrase states the count of a sentence (from {@code start} to {@code end}) whose
   * number spans {@code number} to {@code numberEnd} and whose unit ends at {@code countEnd}: the
   * pattern's words and gaps read outwards from the number, without running the pattern, in {@code
   * chars}, a copy of the text from {@code base} on ({@link PhraseShape#matches}).
   */
  boolean states(
      char[] chars, int base, int start, int end, int number, int numberEnd, int countEnd) {
    return shape.matches(
        chars, base, Math.max(start, number - REACH), end, number, numberEnd, countEnd);
  }

  /** The pattern; group {@code n} is the stated figure. */
  public Pattern pattern() {
    return pattern;
  }

  /** Whether a sentence holding the indexed words {@code words} has a word that rules this out. */
  boolean forbiddenIn(long words) {
    return (words & forbidsBit) != 0;
  }

  /**
   * Whether the run of text without a digit on the phrase's side of its figure (before it, or after
   * it for a phrase stating its figure first), holding the indexed words {@code near}, has a word
   * that rules this out: "行政复议和行政诉讼各1件" is not one reconsideration, where in "行政复议1件、行政诉讼0件" a
   * figure stands between.
   */
  boolean forbiddenNear(long near) {
    return (near & forbidsNearBit) != 0;
  }

  /**
   * The words none of which the run without a digit on the phrase's side of its figure may hold.
   */
  String[] forbidsNear() {
    return forbidsNear.clone();
  }

  /**
   * Whether a sentence holding the indexed words {@code words} lacks the word of context this
   * phrase requires, which the sentence before it may then give.
   */
  boolean needsContext(long words) {
    return requiresBit != 0 && (words & requiresBit) == 0;
  }

  /**
   * The words of which this phrase's sentence, or the one before it, must hold one; may be none.
   */
  String[] requires() {
    return requires.clone();
  }

  /** The words none of which this phrase's sentence may hold. */
  String[] forbids() {
    return forbids.clone();
  }

  /** Whether the indexed words {@code words} hold the word of context this phrase requires. */
  boolean requiredIn(long words) {
    return (words & requiresBit) != 0;
  }

  private static final String OUTCOMES = "/applications/outcomes/";
  private static final String ANSWERED = "/applications/outcomes/total/total";
  private static final String RECEIVED_TOTAL = "/applications/newlyReceived/total";

  /** Whether the figure is one outcome of table 三 (three (一) to (六)), or several of them. */
  boolean isOutcome() {
    return outcome;
  }

  /**
   * Whether the figure is, first, all the applications received or answered: a total, of which the
   * outcomes after it in its sentence are parts.
   */
  boolean isTotal() {
    return total;
  }

  /** Whether the figure is of applications (table 三), so that other kinds of cases exclude it. */
  public boolean isApplications() {
    return applications;
  }

  /** The sums of cells the figure may state; it agrees with the tables when it equals one. */
  public List<List<Cell>> readings() {
    return readings;
  }
}
