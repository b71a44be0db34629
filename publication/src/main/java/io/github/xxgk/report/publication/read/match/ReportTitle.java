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

  private ReportTitle(String organ, Matcher matcher, int yearGroup) {
    this.organ = organ;
    this.year = matcher.group(yearGroup);
    this.yearAt = matcher.start(yearGroup);
  }

  /**
   * The title in compact text, the organ before the year or after it; null when the text is no
   * title.
   */
  static ReportTitle of(String compact) {
    Matcher title = PublishedWording.TITLE.matcher(compact);
    if (title.find()) {
      return new ReportTitle(title.group(1).isEmpty() ? null : organ(title.group(1)), title, 2);
    }
    Matcher yearFirst = PublishedWording.TITLE_YEAR_FIRST.matcher(compact);
    // only with an organ's name after the year, not words of a sentence ("2024年，本局编制…")
    if (yearFirst.find() && Metadata.organLineOfCompact(yearFirst.group(2)) != null) {
      return new ReportTitle(yearFirst.group(2), yearFirst, 1);
    }
    Matcher yearAfter = PublishedWording.TITLE_YEAR_AFTER.matcher(compact);
    if (yearAfter.find() && Metadata.organLineOfCompact(yearAfter.group(1)) != null) {
      return new ReportTitle(yearAfter.group(1), yearAfter, yearAfter.group(2) != null ? 2 : 3);
    }
    return null;
  }

  /**
   * The organ of a title, without a field name or a breadcrumb in front: crawlers and some portals
   * print the title as "标题: …", copied pages as "首页 > 政务公开 > …", and no organ's name holds a colon
   * or a '>'.
   */
  private static String organ(String printed) {
    int colon =
        Math.max(
            Math.max(printed.lastIndexOf(':'), printed.lastIndexOf('\uff1a')),
            printed.lastIndexOf('>'));
    String organ = colon < 0 ? printed : printed.substring(colon + 1);
    return organ.isEmpty() ? null : organ;
  }
}
