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

  private ReportTitle(String organ, Matcher matcher, int yearGroup, String words) {
    this.organ = organ;
    this.presented = presents(words);
    this.year = matcher.group(yearGroup);
    this.yearAt = matcher.start(yearGroup);
    this.end = matcher.end();
  }

  /**
   * The title in compact text, the organ before the year or after it; null when the text is no
   * title.
   */
  static ReportTitle of(String compact) {
    if (!compact.contains(PublishedWording.TITLE_WORDS)) {
      // every paragraph before the tables is asked, and most are sentences of the preface
      return null;
    }
    Matcher title = PublishedWording.TITLE.matcher(compact);
    if (title.find()) {
      String words = title.group(1);
      return new ReportTitle(words.isEmpty() ? null : organ(words), title, 2, afterField(words));
    }
    Matcher yearFirst = PublishedWording.TITLE_YEAR_FIRST.matcher(compact);
    // only with an organ's name after the year, not words of a sentence ("2024年，本局编制…")
    if (yearFirst.find() && Metadata.organLineOfCompact(yearFirst.group(2)) != null) {
      return new ReportTitle(named(yearFirst.group(2)), yearFirst, 1, yearFirst.group(2));
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
   * The organ of a title, without a field name or a breadcrumb in front: crawlers and some portals
   * print the title as "标题: …", copied pages as "首页 > 政务公开 > …", and no organ's name holds a colon
   * or a '>'.
   */
  private static String organ(String printed) {
    String organ = afterField(printed);
    // a sentence before the title ("根据《条例》规定，现公布区统计局2023年…"): the organ follows its last mark
    int mark = -1;
    for (int i = 0; i < organ.length(); i++) {
      if (SENTENCE_MARKS.indexOf(organ.charAt(i)) >= 0) {
        mark = i;
      }
    }
    return named(organ.substring(mark + 1));
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

  /**
   * The organ a title's or preface's words name, without the words that present the report ("现公布",
   * "特编制"); null when they name none (empty, a sentence, "我局").
   */
  static String named(String words) {
    Matcher lead = PublishedWording.PREFACE_LEAD.matcher(words);
    String organ = lead.find() ? words.substring(lead.end()) : words;
    if (Metadata.organLineOfCompact(organ) == null
        || PublishedWording.SELF_REFERENCE.matcher(organ).matches()) {
      return null;
    }
    // "长春市二道区人民政府信息公开工作年度报告": 政府 is the organ's, read as the title's 政府信息公开
    return organ.endsWith(PublishedWording.PEOPLES) ? organ + PublishedWording.GOVERNMENT : organ;
  }
}
