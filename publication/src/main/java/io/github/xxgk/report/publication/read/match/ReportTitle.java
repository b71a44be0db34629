package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.util.regex.Matcher;

/**
 * A report's title (标题) read from compact text: the organ, before the year or after it ("某局2024年政府
 * 信息公开工作年度报告", "2024年某局…", "某局政府信息公开工作年度报告（2024年）"), and the year.
 */
final class ReportTitle {
  /** The longest title. */
  static final int TITLE_LENGTH = 160;

  /** The organ; null when the title prints none. */
  final String organ;

  final String year;

  /** Where the year starts in the compact text read. */
  final int yearAt;

  /** Where the title's words end in the text read. */
  final int end;

  /**
   * Whether words before the organ present the report ("根据《条例》规定，现公布…"): a preface's sentence, not
   * a title.
   */
  final boolean presented;

  /**
   * Whether the organ is the subject of words presenting the title ("沟赵办事处向社会公布2021年度…"): a
   * preface's sentence naming the organ.
   */
  final boolean presentedBy;

  private ReportTitle(String organ, Matcher matcher, int yearGroup, String words) {
    this.organ = organ;
    this.presentedBy =
        organ != null
            && (words.contains(PublishedWording.TO_THE_PUBLIC_WORDS)
                    && PublishedWording.PRESENTED_BY.matcher(clauseWords(words)).matches()
                || PublishedWording.WRITTEN_BY.matcher(clauseWords(words)).matches());
    this.presented = presentedBy || presents(words);
    this.year = matcher.group(yearGroup);
    this.yearAt = matcher.start(yearGroup);
    this.end = matcher.end();
  }

  /**
   * The title read from a copy of its text with {@code cut} characters taken out after the year.
   */
  private ReportTitle(ReportTitle read, int cut) {
    this.organ = read.organ;
    this.presentedBy = read.presentedBy;
    this.presented = read.presented;
    this.year = read.year;
    this.yearAt = read.yearAt;
    this.end = read.end + cut;
  }

  /**
   * The title in compact text, the organ before the year or after it; null when the text is no
   * title.
   */
  static ReportTitle of(String compact) {
    if (!compact.contains(PublishedWording.TITLE_WORDS) || !holdsYear(compact)) {
      // every paragraph before the tables is asked, and each clause of the preface's sentences:
      // most hold neither the title's words nor the four digits of its year, which all three need
      return null;
    }
    Matcher title = PublishedWording.TITLE.matcher(compact);
    if (title.find()) {
      String words = title.group(1);
      return new ReportTitle(words.isEmpty() ? null : organ(words), title, 2, afterField(words));
    }
    ReportTitle again = organAgain(compact);
    if (again != null) {
      return again;
    }
    Matcher yearFirst = PublishedWording.TITLE_YEAR_FIRST.matcher(compact);
    // only with an organ's name after the year, not words of a sentence ("2024年，本局编制…"); without
    // 政府 before 信息公开, only a name ending as an organ's ("2022年全县信息公开…" is none)
    if (yearFirst.find() && Metadata.organLineOfCompact(yearFirst.group(2)) != null) {
      String organ = withoutRepeat(named(yearFirst.group(2)));
      if (yearFirst.group(3) != null || organ != null && OrganName.is(organ)) {
        return new ReportTitle(organ, yearFirst, 1, yearFirst.group(2));
      }
    }
    Matcher yearAfter = PublishedWording.TITLE_YEAR_AFTER.matcher(compact);
    if (yearAfter.find() && Metadata.organLineOfCompact(yearAfter.group(1)) != null) {
      return new ReportTitle(
          named(yearAfter.group(1)),
          yearAfter,
          yearAfter.group(2) != null ? 2 : 3,
          yearAfter.group(1));
    }
    return null;
  }

  /**
   * A title naming its organ again after the year, whole or by its place ("汨罗市人民政府2024年汨罗市政府信息公开
   * 工作年度报告", 汨罗市 2024): read without the repeat, which must start the organ's name printed before
   * the year; null otherwise (words after the year that are no repeat are no title of this organ).
   */
  private static ReportTitle organAgain(String compact) {
    Matcher again = PublishedWording.TITLE_ORGAN_AGAIN.matcher(compact);
    if (!again.find()) {
      return null;
    }
    String organ = named(clauseWords(afterField(again.group(1))));
    String repeat = again.group(3);
    if (organ == null || !organ.startsWith(repeat)) {
      return null;
    }
    String without = compact.substring(0, again.start(3)) + compact.substring(again.end(3));
    Matcher title = PublishedWording.TITLE.matcher(without);
    if (!title.find() || title.start(2) != again.start(2)) {
      return null;
    }
    String words = title.group(1);
    return new ReportTitle(
        new ReportTitle(organ(words), title, 2, afterField(words)), repeat.length());
  }

  /**
   * The organ's name without a start of itself printed again after it ("2022年度平潭综合实验区公安局平潭综合实验区政府信息
   * 公开年报", as {@link #organAgain} reads a title with the year between the two); the name as printed
   * when it ends with no such repeat, or when what is left ends as no organ's name.
   */
  private static String withoutRepeat(String organ) {
    if (organ == null) {
      return null;
    }
    for (int repeat = organ.length() / 2; repeat >= 2; repeat--) {
      String once = organ.substring(0, organ.length() - repeat);
      if (organ.startsWith(organ.substring(once.length())) && OrganName.is(once)) {
        return once;
      }
    }
    return organ;
  }

  /** Whether text holds four ASCII digits in a row, as the three patterns' {@code \d{4}}. */
  private static boolean holdsYear(String compact) {
    int run = 0;
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organ of a title, without a field name or a breadcrumb in front: crawlers and some portals
   * print the title as "标题: …", copied pages as "首页 > 政务公开 > …", and no organ's name holds a colon
   * or a '>'.
   */
  private static String organ(String printed) {
    String organ = withoutShortName(afterField(printed));
    String joint = withSecondName(organ);
    if (joint != null) {
      return joint;
    }
    String words = clauseWords(organ);
    // most titles' words hold no 向社会, which both patterns below need: they are not tried then
    boolean toThePublic = words.contains(PublishedWording.TO_THE_PUBLIC_WORDS);
    Matcher presenting = toThePublic ? PublishedWording.PRESENTED_BY.matcher(words) : null;
    if (presenting != null && presenting.matches()) {
      // The organ presents the title: only words that open their clause and can be nothing but an
      // organ's name ("…条例》规定沟赵办事处向社会公布…" continues a sentence: no name can be told).
      int mark = organ.length() - words.length() - 1;
      String name = named(presenting.group(1));
      return (mark < 0 || CLAUSE_MARKS.indexOf(organ.charAt(mark)) >= 0)
              && name != null
              && OrganName.is(name)
          ? name
          : null;
    }
    // the organ writing the title in book-title marks ("…分局编制形成了《2024年…》"): as the organ
    // presenting it, only words opening their clause that can be nothing but an organ's name
    Matcher written = PublishedWording.WRITTEN_BY.matcher(words);
    if (written.matches()) {
      int mark = organ.length() - words.length() - 1;
      String name = named(written.group(1));
      return (mark < 0 || CLAUSE_MARKS.indexOf(organ.charAt(mark)) >= 0)
              && name != null
              && OrganName.is(name)
          ? name
          : null;
    }
    // "沟赵办事处向社会公布金水区2021年度…": which of the two is the organ, the words cannot tell
    if (toThePublic && PublishedWording.PRESENTING.matcher(words).find()) {
      return null;
    }
    // After a sentence's mark, only words presenting the report put an organ before the year: a
    // sentence naming its report ("…工作。依法按时完成长通街道2024年政府信息公开年度报告", 长通街道 2024) has
    // its subject and verb there, no name.
    return words.length() < organ.length() && !PublishedWording.PREFACE_LEAD.matcher(words).find()
        ? null
        : named(words);
  }

  /**
   * The words before a note giving the organ's short name ("国家税务总局佛山市税务局（以下简称“佛山市税务局”，下文类同）2021
   * 年…", 佛山市税务局 2021): the note's closing bracket otherwise ends the clause and leaves no organ.
   */
  static String withoutShortName(String words) {
    if (words.isEmpty() || words.charAt(words.length() - 1) != ')') {
      return words;
    }
    Matcher note = PublishedWording.SHORT_NAME_NOTE.matcher(words);
    return note.find() ? words.substring(0, note.start()) : words;
  }

  /**
   * An organ's name followed by its second name in brackets, as organs merged or sharing their
   * staff print it ("昌吉市行政审批局（数字化发展局）"): both ending as organs' names do ({@link OrganName}), the
   * whole taken as printed; null for anything else. The closing bracket otherwise ends a clause (a
   * note "（国务院令第711号）" before the words that follow it).
   */
  private static String withSecondName(String words) {
    int open = words.lastIndexOf('(');
    if (open <= 0 || words.charAt(words.length() - 1) != ')') {
      return null;
    }
    String first = words.substring(0, open);
    String second = words.substring(open + 1, words.length() - 1);
    return first.indexOf('(') < 0
            && first.indexOf(')') < 0
            && OrganName.is(first)
            && OrganName.is(second)
        ? named(words)
        : null;
  }

  /**
   * The words after the last mark ending a sentence, a clause or a name of a document: a sentence
   * before the title ("根据《条例》规定，现公布区统计局2023年…") leaves the organ after its last mark.
   */
  private static String clauseWords(String words) {
    int mark = -1;
    for (int i = 0; i < words.length(); i++) {
      if (SENTENCE_MARKS.indexOf(words.charAt(i)) >= 0) {
        mark = i;
      }
    }
    return words.substring(mark + 1);
  }

  /** The words of a title after a field name or a breadcrumb ("标题：", "首页 > 政务公开 >"). */
  private static String afterField(String printed) {
    int colon =
        Math.max(
            Math.max(printed.lastIndexOf(':'), printed.lastIndexOf('\uff1a')),
            printed.lastIndexOf('>'));
    return colon < 0 ? printed : printed.substring(colon + 1);
  }

  /** Whether a title's words before the year are a sentence or the words presenting a report. */
  private static boolean presents(String words) {
    if (PublishedWording.PREFACE_LEAD.matcher(words).find()) {
      return true;
    }
    for (int i = 0; i < words.length(); i++) {
      if (SENTENCE_MARKS.indexOf(words.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The marks that end a sentence or a clause, or close a name of a document, in compact text. */
  private static final String SENTENCE_MARKS = "\u3002,;\u300b)";

  /** The marks of {@link #SENTENCE_MARKS} that end a sentence or a clause. */
  private static final String CLAUSE_MARKS = "\u3002,;";

  /**
   * The organ a title's or preface's words name, without the words that present the report ("现公布",
   * "特编制"); null when they name none (empty, a sentence, "我局").
   */
  static String named(String words) {
    Matcher lead = PublishedWording.PREFACE_LEAD.matcher(words);
    String organ = lead.find() ? words.substring(lead.end()) : words;
    // a document's name opened before the year ("按照…办公室《关于做好2022年度…年度报告…的通知》") is a
    // notice the preface cites, not the report's title: no organ's name holds its mark
    if (Metadata.organLineOfCompact(organ) == null
        || PublishedWording.SELF_REFERENCE.matcher(organ).matches()
        || organ.indexOf('\u300a') >= 0) {
      return null;
    }
    // "长春市二道区人民政府信息公开工作年度报告": 政府 is the organ's, read as the title's 政府信息公开
    return organ.endsWith(PublishedWording.PEOPLES) ? organ + PublishedWording.GOVERNMENT : organ;
  }
}
