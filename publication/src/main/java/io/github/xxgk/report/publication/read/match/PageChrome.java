package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.util.regex.Matcher;

/**
 * The portal's furniture after a report's last line on a copied page ({@link
 * PublishedWording#PAGE_FURNITURE}: "附件下载", "打印本页", "分享到…"): not the report's text, and where it
 * follows the signature it must not hide the signature's date.
 */
final class PageChrome {
  /** How far before the end furniture is looked for: a few buttons' words. */
  private static final int LONGEST = 120;

  private PageChrome() {}

  /**
   * Where the furniture at the end of {@code text[from, to)} starts; {@code to} when there is none.
   * Furniture starts after a space or punctuation: the last words of a sentence ("…已关闭窗口") are not
   * taken for a button.
   */
  static int start(String text, int from, int to) {
    int region = Math.max(from, to - LONGEST);
    Matcher furniture = PublishedWording.PAGE_FURNITURE.matcher(text);
    furniture.region(region, to);
    while (furniture.find()) {
      int start = furniture.start();
      if (start == from
          || !Character.isLetterOrDigit(text.charAt(start - 1))
          || !Character.isLetterOrDigit(text.charAt(start))) {
        return start;
      }
      if (start + 1 >= to) {
        break;
      }
      furniture.region(start + 1, to);
    }
    return to;
  }

  /** The text without the furniture at its end. */
  static String strip(String text) {
    int start = start(text, 0, text.length());
    return start == text.length() ? text : text.substring(0, start);
  }
}
