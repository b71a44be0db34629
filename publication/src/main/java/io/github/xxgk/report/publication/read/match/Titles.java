package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.util.regex.Matcher;

/**
 * Titles as reports print them, and the organ a preface names: the organ and year of a line that is
 * a title ("柳州市体育局2023年政府信息公开工作年度报告", year first, year after), without a field name, a breadcrumb,
 * a sentence or the words that present the report before it; and the organ a preface names as the
 * report's writer or before the title it presents. {@link Metadata} decides which of them, and of
 * the signature, names the report's organ.
 */
final class Titles {
  private Titles() {}

  /** A title read: the organ (null when it prints none), the year, and where the year starts. */
  static final class Title {
    final String organ;
    final String year;
    final int yearAt;

    /** Where the title's words end in the text compared. */
    final int end;

    /**
     * Whether words before the organ present the report ("根据《条例》规定，现公布…"): a preface's sentence,
     * not a title.
     */
    final boolean presented;

    Title(String organ, Matcher matcher, int yearGroup, String words) {
      this.organ = organ;
      this.presented = presents(words);
      this.year = matcher.group(yearGroup);
      this.yearAt = matcher.start(yearGroup);
      this.end = matcher.end();
    }
  }

  /**
   * The title in compact text, the organ before the year or after it; null when the text is no
   * title.
   */
  static Title title(String compact) {
    Matcher title = PublishedWording.TITLE.matcher(compact);
    if (title.find()) {
      String words = title.group(1);
      return new Title(words.isEmpty() ? null : organ(words), title, 2, afterField(words));
    }
    Matcher yearFirst = PublishedWording.TITLE_YEAR_FIRST.matcher(compact);
    // only with an organ's name after the year, not words of a sentence ("2024年，本局编制…")
    if (yearFirst.find() && Metadata.organLineOfCompact(yearFirst.group(2)) != null) {
      return new Title(named(yearFirst.group(2)), yearFirst, 1, yearFirst.group(2));
    }
    Matcher yearAfter = PublishedWording.TITLE_YEAR_AFTER.matcher(compact);
    if (yearAfter.find() && Metadata.organLineOfCompact(yearAfter.group(1)) != null) {
      return new Title(
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
  private static String named(String words) {
    Matcher lead = PublishedWording.PREFACE_LEAD.matcher(words);
    String organ = lead.find() ? words.substring(lead.end()) : words;
    if (Metadata.organLineOfCompact(organ) == null
        || PublishedWording.SELF_REFERENCE.matcher(organ).matches()) {
      return null;
    }
    // "长春市二道区人民政府信息公开工作年度报告": 政府 is the organ's, read as the title's 政府信息公开
    return organ.endsWith(PublishedWording.PEOPLES) ? organ + PublishedWording.GOVERNMENT : organ;
  }

  /**
   * The organ a preface names: as the writer ("本年度报告由…根据…编制"), or in front of the title of the
   * report it presents ("…，特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。"), each within one clause that holds
   * nothing more (a bracketed note aside); a paragraph may also open with the title
   * ("广元市体育局2024年政府信息公开工作 年度报告，根据…"). Null when none.
   */
  static String prefaceOrgan(String compact, boolean firstParagraph) {
    boolean opening = firstParagraph;
    for (String sentence : compact.split("\u3002")) {
      Matcher author = PublishedWording.PREFACE_AUTHOR.matcher(sentence);
      if (author.find()) {
        String organ = named(author.group(1));
        if (organ != null) {
          return organ;
        }
      }
      for (String clause : sentence.split("[,;]")) {
        Matcher lead = PublishedWording.PREFACE_LEAD.matcher(clause);
        boolean presented = lead.find();
        if ((presented || opening) && clause.length() <= Metadata.TITLE_LENGTH) {
          // the title after the presenting words, which may open with its year ("现公布2023年长春市…")
          String words = presented ? clause.substring(lead.end()) : clause;
          Title title = title(words);
          if (title != null
              && title.organ != null
              && (title.end == words.length() || words.charAt(title.end) == '(')) {
            return title.organ;
          }
        }
        opening = false;
      }
    }
    return null;
  }
}
