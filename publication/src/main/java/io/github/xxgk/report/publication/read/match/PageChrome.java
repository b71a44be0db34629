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
    if (!mayEndInFurniture(text, region, to)) {
      return to;
    }
    return matched(text, from, region, to);
  }

  /** {@link #start} by the pattern alone, tried from {@code region}. */
  static int matched(String text, int from, int region, int to) {
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

  /**
   * Whether {@code text[region, to)} can end in furniture at all: its last character, spaces aside,
   * ends an item ({@link PublishedWording#PAGE_FURNITURE_ENDS}), or it holds the share button's
   * {@link PublishedWording#PAGE_FURNITURE_SHARE} (享 then 到) with no more than a colon and {@link
   * PublishedWording#PAGE_FURNITURE_SHARE_NAMES} characters after it, spaces aside. Most paragraphs
   * fail this at once.
   */
  static boolean mayEndInFurniture(String text, int region, int to) {
    int last = to - 1;
    while (last >= region && isPadding(text.charAt(last))) {
      last--;
    }
    if (last < region) {
      return false;
    }
    if (PublishedWording.PAGE_FURNITURE_ENDS.indexOf(text.charAt(last)) >= 0) {
      return true;
    }
    // Else the last item is the share button: its 到 is followed by a colon and the sites' names,
    // at most, spaces aside. Looked for from the end, not over the whole region.
    char share = PublishedWording.PAGE_FURNITURE_SHARE.charAt(0);
    char shareNext = PublishedWording.PAGE_FURNITURE_SHARE.charAt(1);
    int kept = 0;
    for (int i = last; i > region && kept <= PublishedWording.PAGE_FURNITURE_SHARE_NAMES + 1; i--) {
      char c = text.charAt(i);
      if (isPadding(c)) {
        continue;
      }
      if (c == shareNext) {
        int before = i - 1;
        while (before > region && isPadding(text.charAt(before))) {
          before--;
        }
        if (text.charAt(before) == share) {
          return true;
        }
      }
      kept++;
    }
    return false;
  }

  /** The spaces the pattern allows around furniture: {@code \\s}, no-break and ideographic. */
  private static boolean isPadding(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u3000';
  }

  /** The longest footer line compared ({@link PublishedWording#PORTAL_FOOTER}). */
  private static final int FOOTER_LENGTH = 80;

  /**
   * Whether a paragraph is a line of the portal's footer ({@link PublishedWording#PORTAL_FOOTER}):
   * under a report without a signature it follows section 六's last sentence, and is not part of it.
   */
  static boolean isFooter(String text) {
    return mayBeFooter(text) && isFooterByPattern(text);
  }

  /**
   * Whether the compact text may start as a footer line does: its first character is one of {@link
   * PublishedWording#PORTAL_FOOTER_FIRST}, or its second one of {@link
   * PublishedWording#PORTAL_FOOTER_SECOND}, or one of them is left to NFKC. Every paragraph of a
   * narrative is asked; folding each for the pattern cost 3–5 % of a copied text's read.
   */
  static boolean mayBeFooter(String text) {
    int first = Normalizer.kept(text, 0);
    if (first == Normalizer.NFKC
        || first >= 0 && PublishedWording.PORTAL_FOOTER_FIRST.indexOf(first) >= 0) {
      return true;
    }
    if (first == Normalizer.DROPPED) {
      return false;
    }
    int second = Normalizer.kept(text, 1);
    return second == Normalizer.NFKC
        || second >= 0 && PublishedWording.PORTAL_FOOTER_SECOND.indexOf(second) >= 0;
  }

  /** {@link #isFooter} by the pattern alone. */
  static boolean isFooterByPattern(String text) {
    String compact = Normalizer.compactAtMost(text, FOOTER_LENGTH);
    return compact != null
        && !compact.isEmpty()
        && PublishedWording.PORTAL_FOOTER.matcher(compact).matches();
  }

  /** The text without the furniture at its end. */
  static String strip(String text) {
    int start = start(text, 0, text.length());
    return start == text.length() ? text : text.substring(0, start);
  }
}
