package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases by which a narrative section ties a stated number to cells of the tables, as data:
 * each phrase is a pattern whose group {@code n} is the figure, the plain words of which every
 * match holds one (the scan tries the pattern only beside them), the words its sentence must (or,
 * failing that, the sentence before) and must not contain, and the readings it may have (each a sum
 * of cells; the figure agrees with the tables when it equals any of them). The wording around the
 * figures (scope, percentages, fees, the aspects of section 一) is in {@link NarrativeWording}; the
 * class is long because its constants are the data. Patterns apply to one sentence (up to 。；！？ or a
 * line break) and, like the tables, count only 件: a count in 条 or 篇 is of published items, not of
 * applications.
 *
 * <p>Precision comes first: a phrase is here only when its words tie the figure to its cells
 * without doubt, and a sentence whose scope may differ from the report's (an office handling
 * applications on behalf of its government) is not read at all, see {@link
 * NarrativeWording#OTHER_SCOPE}.
 */
public enum NarrativePhrase {
  /** Applications newly received (新收): row 一 alone. */
  NEWLY_RECEIVED(
      "新收[^\\d，,。；]{0,16}?申请[^\\d，,。；]{0,6}?" + NUMBER.N + "件",
      "新收",
      "",
      "",
      readings(sum(app(ApplicationRow.NEWLY_RECEIVED)))),
  /**
   * Applications received; whether the carried-over ones are included, the sentence rarely says.
   */
  RECEIVED(
      "(?:收到|受理|接收|接到)[^\\d，,。；]{0,24}?申请[^\\d，,。；]{0,6}?" + NUMBER.N + "件",
      "收到|受理|接收|接到",
      "",
      "",
      readings(
          sum(app(ApplicationRow.NEWLY_RECEIVED)),
          sum(
              app(ApplicationRow.NEWLY_RECEIVED),
              app(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR)))),
  /** Applications carried over from the previous year. */
  CARRIED_OVER_FROM_PREVIOUS_YEAR(
      "(?:上年度?|上一年度?)(?:结转|转入)[^\\d，,。；]{0,8}?" + NUMBER.N + "件",
      "上年|上一年",
      "申请",
      "",
      readings(sum(app(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR)))),
  /** Applications carried forward, figure first ("3件结转下年度"). */
  CARRIED_OVER_TO_NEXT_YEAR_AFTER(
      NUMBER.N + "件[^\\d，,。；]{0,6}?(?:结转|转入)(?:至|到)?下一?年",
      "下年|下一年",
      "申请",
      "",
      readings(sum(app(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR)))),
  /** Applications carried forward, figure last ("结转下一年31件"). */
  CARRIED_OVER_TO_NEXT_YEAR(
      "(?:结转|转入)(?:至|到)?下一?年度?[^\\d，,。；]{0,6}?" + NUMBER.N + "件",
      "下年|下一年",
      "申请",
      "",
      readings(sum(app(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR)))),
  /**
   * Applications of natural persons, in a sentence of applications received ("共受理…申请749件，其中自然人申请
   * 741件"): new, or new and carried over, as for {@link #RECEIVED}; a sentence stating outcomes is
   * not read, since its breakdown may be of an outcome.
   */
  NATURAL_PERSONS(
      "自然人[^\\d，,。；]{0,6}?" + NUMBER.N + "件",
      "自然人",
      "收到|受理|接收|接到|新收",
      Holder.OUTCOME_WORDS,
      readings(
          sum(applicant(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON)),
          sum(
              applicant(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON),
              applicant(
                  ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR,
                  ApplicantColumn.NATURAL_PERSON)))),
  /** Applications of legal persons and other organisations (the five columns), as above. */
  ORGANISATIONS(
      "法人或其他组织[^\\d，,。；]{0,6}?" + NUMBER.N + "件",
      "法人或其他组织",
      "收到|受理|接收|接到|新收",
      Holder.OUTCOME_WORDS,
      readings(
          sum(organisations(ApplicationRow.NEWLY_RECEIVED)),
          sum(
              organisations(
                  ApplicationRow.NEWLY_RECEIVED, ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR)))),
  /**
   * Applications answered or closed (三（七）总计), figure last; not 公开答复 ("其中公开答复1件"), which is one
   * outcome.
   */
  HANDLED(
      "(?<!公开)(?:办结|答复|办理)[^\\d，,。；]{0,10}?" + NUMBER.N + "件",
      "办结|答复|办理",
      "申请",
      "",
      readings(sum(app(ApplicationRow.OUTCOMES_TOTAL)))),
  /** Applications answered or closed, figure first ("12件…予以答复"); not 公开答复. */
  HANDLED_AFTER(
      NUMBER.N + "件[^\\d，,。；]{0,14}?(?<!公开)(?:办结|答复)",
      "办结|答复",
      "申请",
      "",
      readings(sum(app(ApplicationRow.OUTCOMES_TOTAL)))),
  /** Outcome （一）: 予以公开, or 同意公开 as some reports word it. */
  DISCLOSED(
      "(?<!不)(?:予以|同意)公开[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "予以公开|同意公开",
      "申请",
      "",
      readings(sum(app(ApplicationRow.DISCLOSED)))),
  /** Outcome （二）. */
  PARTIALLY_DISCLOSED(
      "部分公开[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "部分公开",
      "申请",
      "",
      readings(sum(app(ApplicationRow.PARTIALLY_DISCLOSED)))),
  /** Outcome （三）, all its rows. */
  NOT_DISCLOSED(
      "不予公开[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "不予公开",
      "申请",
      "",
      readings(sum(rows(ApplicationRow.STATE_SECRET, ApplicationRow.ADMINISTRATIVE_INQUIRIES)))),
  /** Outcome （四）, all its rows. */
  UNABLE_TO_PROVIDE(
      "无法提供[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "无法提供",
      "申请",
      "",
      readings(sum(rows(ApplicationRow.NOT_HELD, ApplicationRow.UNCLEAR_AFTER_CORRECTION)))),
  /** Outcome （五）, all its rows. */
  NOT_PROCESSED(
      "不予处理[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "不予处理",
      "申请",
      "",
      readings(
          sum(
              rows(
                  ApplicationRow.PETITIONS_AND_COMPLAINTS, ApplicationRow.CONFIRMATION_REQUESTS)))),
  /** Outcome （六）, all its rows. */
  OTHER_HANDLING(
      "其他处理[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "其他处理",
      "申请",
      "",
      readings(sum(rows(ApplicationRow.CORRECTION_OVERDUE, ApplicationRow.OTHER_HANDLING_OTHER)))),
  /** Reconsiderations and lawsuits together: the three totals of table 四. */
  CASES(
      "行政复议[、和及与]行政诉讼[^\\d。；]{0,30}?" + NUMBER.N + "件",
      "行政诉讼",
      "",
      "",
      readings(
          sum(
              cases(CaseGroup.RECONSIDERATION, CaseColumn.TOTAL),
              cases(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION, CaseColumn.TOTAL),
              cases(CaseGroup.LITIGATION_AFTER_RECONSIDERATION, CaseColumn.TOTAL)))),
  /** Reconsiderations. */
  RECONSIDERATION(
      "行政复议(?:案件|申请)?[^\\d，,。；、]{0,6}?" + NUMBER.N + "件",
      "行政复议",
      "",
      "诉讼",
      readings(sum(cases(CaseGroup.RECONSIDERATION, CaseColumn.TOTAL)))),
  /** Reconsiderations upheld, in a sentence about reconsiderations only. */
  RECONSIDERATION_UPHELD(
      "维持[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "维持",
      "行政复议",
      "诉讼",
      readings(sum(cases(CaseGroup.RECONSIDERATION, CaseColumn.UPHELD)))),
  /** Reconsiderations corrected. */
  RECONSIDERATION_CORRECTED(
      "纠正[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "纠正",
      "行政复议",
      "诉讼",
      readings(sum(cases(CaseGroup.RECONSIDERATION, CaseColumn.CORRECTED)))),
  /** Reconsiderations with another result (其他结果), the figure right after the words. */
  RECONSIDERATION_OTHER(
      "其他(?:结果)?" + NUMBER.N + "件",
      "其他",
      "行政复议",
      "诉讼",
      readings(sum(cases(CaseGroup.RECONSIDERATION, CaseColumn.OTHER)))),
  /** Reconsiderations pending. */
  RECONSIDERATION_PENDING(
      "尚未审结[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "尚未审结",
      "行政复议",
      "诉讼",
      readings(sum(cases(CaseGroup.RECONSIDERATION, CaseColumn.PENDING)))),
  /** Lawsuits, both groups. */
  LITIGATION(
      "行政诉讼(?:案件)?[^\\d，,。；、]{0,6}?" + NUMBER.N + "件",
      "行政诉讼",
      "",
      "复议",
      readings(
          sum(
              cases(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION, CaseColumn.TOTAL),
              cases(CaseGroup.LITIGATION_AFTER_RECONSIDERATION, CaseColumn.TOTAL)))),
  /** 规章 issued. */
  REGULATIONS_ISSUED(
      "(?:制发|出台|印发|制定)[^\\d，,。；]{0,4}?规章[^\\d，,。；]{0,2}?" + NUMBER.N + "件",
      "规章",
      "",
      "",
      readings(sum(doc(DisclosureItem.REGULATIONS, DisclosureColumn.ISSUED)))),
  /** 行政规范性文件 issued. */
  NORMATIVE_ISSUED(
      "(?:制发|出台|印发|制定)[^\\d，,。；]{0,4}?规范性文件[^\\d，,。；]{0,2}?" + NUMBER.N + "件",
      "规范性文件",
      "",
      "",
      readings(sum(doc(DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED)))),
  /** 规章 repealed. */
  REGULATIONS_REPEALED(
      "废止[^\\d，,。；]{0,4}?规章[^\\d，,。；]{0,2}?" + NUMBER.N + "件",
      "废止",
      "",
      "",
      readings(sum(doc(DisclosureItem.REGULATIONS, DisclosureColumn.REPEALED)))),
  /** 行政规范性文件 repealed. */
  NORMATIVE_REPEALED(
      "废止[^\\d，,。；]{0,4}?规范性文件[^\\d，,。；]{0,2}?" + NUMBER.N + "件",
      "废止",
      "",
      "",
      readings(sum(doc(DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED)))),
  /** 规章 in force. */
  REGULATIONS_IN_FORCE(
      "现行有效[^\\d，,。；]{0,4}?规章[^\\d，,。；]{0,2}?" + NUMBER.N + "件",
      "现行有效",
      "",
      "",
      readings(sum(doc(DisclosureItem.REGULATIONS, DisclosureColumn.IN_FORCE)))),
  /** 行政规范性文件 in force. */
  NORMATIVE_IN_FORCE(
      "现行有效[^\\d，,。；]{0,4}?规范性文件[^\\d，,。；]{0,2}?" + NUMBER.N + "件",
      "现行有效",
      "",
      "",
      readings(sum(doc(DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE)))),
  /** 行政许可 decisions. */
  LICENSING_DECISIONS(
      "行政许可决定[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "行政许可决定",
      "",
      "",
      readings(sum(doc(DisclosureItem.LICENSING, DisclosureColumn.DECISIONS)))),
  /** 行政处罚 decisions. */
  PUNISHMENT_DECISIONS(
      "行政处罚决定[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "行政处罚决定",
      "",
      "",
      readings(sum(doc(DisclosureItem.PUNISHMENT, DisclosureColumn.DECISIONS)))),
  /** 行政强制 decisions. */
  COERCION_DECISIONS(
      "行政强制决定[^\\d，,。；]{0,4}?" + NUMBER.N + "件",
      "行政强制决定",
      "",
      "",
      readings(sum(doc(DisclosureItem.COERCION, DisclosureColumn.DECISIONS))));

  /**
   * Whether a sentence, from {@code start} to {@code end} in a text and holding the indexed words
   * {@code words} ({@link #wordsIn}), is of another scope.
   */
  static boolean otherScope(
      StatedFigure.Matchers matchers, String text, int start, int end, long words) {
    return (words & OTHER_SCOPE_BITS) != 0
        || (words & ON_BEHALF_BIT) != 0
            && matchers.find(NarrativeWording.ON_BEHALF, text, start, end);
  }

  /**
   * Whether a sentence holding {@code words} counts something other than applications ({@link
   * NarrativeWording#NOT_AN_APPLICATION}).
   */
  static boolean notAnApplication(long words) {
    return (words & NOT_AN_APPLICATION_BITS) != 0;
  }

  // Every plain word the scan looks up, one bit each: a sentence is read once for all of them.
  private static final WordIndex INDEX;
  private static final long OTHER_SCOPE_BITS;
  private static final long ON_BEHALF_BIT;
  private static final long NOT_AN_APPLICATION_BITS;
  // For each indexed word, the phrases holding it that state their figure last, and first.
  private static final long[] LAST_BY_WORD = new long[Long.SIZE];
  private static final long[] FIRST_BY_WORD = new long[Long.SIZE];

  static {
    List<String[]> groups = new ArrayList<>();
    groups.add(NarrativeWording.OTHER_SCOPE_WORDS);
    groups.add(new String[] {"代"});
    groups.add(NarrativeWording.NOT_AN_APPLICATION_WORDS);
    for (NarrativePhrase phrase : values()) {
      groups.add(phrase.words);
      groups.add(phrase.requires);
      groups.add(phrase.forbids);
    }
    INDEX = new WordIndex(groups);
    OTHER_SCOPE_BITS = INDEX.bits(NarrativeWording.OTHER_SCOPE_WORDS);
    ON_BEHALF_BIT = INDEX.bits("代");
    NOT_AN_APPLICATION_BITS = INDEX.bits(NarrativeWording.NOT_AN_APPLICATION_WORDS);
    if (values().length > Long.SIZE) {
      throw new IllegalStateException("more than 64 phrases");
    }
    for (NarrativePhrase phrase : values()) {
      phrase.requiresBit = INDEX.bits(phrase.requires);
      phrase.forbidsBit = INDEX.bits(phrase.forbids);
      long[] byWord = phrase.figureFirst ? FIRST_BY_WORD : LAST_BY_WORD;
      for (long w = INDEX.bits(phrase.words); w != 0; w &= w - 1) {
        byWord[Long.numberOfTrailingZeros(w)] |= 1L << phrase.ordinal();
      }
    }
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
  private final List<List<Cell>> readings;
  private final boolean applications;
  private long requiresBit;
  private long forbidsBit;

  NarrativePhrase(
      String pattern, String words, String requires, String forbids, List<List<Cell>> readings) {
    this.pattern = Pattern.compile(pattern);
    this.shape = PhraseShape.of(pattern);
    this.figureFirst = shape.figureFirst();
    this.words = words.split("\\|");
    this.requires = requires.isEmpty() ? new String[0] : requires.split("\\|");
    this.forbids = forbids.isEmpty() ? new String[0] : forbids.split("\\|");
    this.readings = readings;
    this.applications = readings.get(0).get(0).row() instanceof ApplicationRow;
  }

  /**
   * Whether this phrase states the count of a sentence (from {@code start} to {@code end}) whose
   * number spans {@code number} to {@code numberEnd} and whose 件 ends at {@code countEnd}: the
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

  /** Whether the figure is of applications (table 三), so that other kinds of cases exclude it. */
  public boolean isApplications() {
    return applications;
  }

  /** The sums of cells the figure may state; it agrees with the tables when it equals one. */
  public List<List<Cell>> readings() {
    return readings;
  }

  // A holder, because an enum's constructor arguments cannot read its own static fields.
  static final class NUMBER {
    static final String N = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,12})\\s*";
  }

  // A holder, as NUMBER: the words of outcomes and of handling, which make a breakdown by applicant
  // ambiguous.
  private static final class Holder {
    static final String OUTCOME_WORDS = "予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|办结|答复";
  }

  private static Cell applicant(ApplicationRow row, ApplicantColumn column) {
    return FormCells.applications(row, column);
  }

  private static Cell[] organisations(ApplicationRow... rows) {
    List<Cell> cells = new ArrayList<>();
    for (ApplicationRow row : rows) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        if (column != ApplicantColumn.NATURAL_PERSON && column != ApplicantColumn.TOTAL) {
          cells.add(applicant(row, column));
        }
      }
    }
    return cells.toArray(new Cell[0]);
  }

  private static Cell app(ApplicationRow row) {
    return FormCells.applications(row, ApplicantColumn.TOTAL);
  }

  private static Cell[] rows(ApplicationRow first, ApplicationRow last) {
    List<Cell> cells = new ArrayList<>();
    for (int i = first.ordinal(); i <= last.ordinal(); i++) {
      cells.add(app(ApplicationRow.values()[i]));
    }
    return cells.toArray(new Cell[0]);
  }

  private static Cell cases(CaseGroup group, CaseColumn column) {
    return FormCells.cases(group, column);
  }

  private static Cell doc(DisclosureItem item, DisclosureColumn column) {
    return FormCells.disclosure(item, column);
  }

  private static List<Cell> sum(Cell... cells) {
    return Collections.unmodifiableList(Arrays.asList(cells));
  }

  @SafeVarargs
  private static List<List<Cell>> readings(List<Cell>... sums) {
    return Collections.unmodifiableList(Arrays.asList(sums));
  }
}
