package io.github.xxgk.report.publication.read.html;

import org.jsoup.nodes.Element;

/**
 * What of a page a browser does not show, or shows as the site's furniture rather than the report:
 * hidden text, images and frames a pixel wide, a link's icon. The HTML producer leaves them out of
 * the text and of the links it keeps.
 */
final class Shown {
  private Shown() {}

  /**
   * Whether an element is not shown: the {@code hidden} attribute, or {@code display:none} in its
   * own style. Portals hide text inside articles (the site's name as an anti-copy watermark, an
   * editor's leftovers), which a browser does not show: a digit hidden in a cell made another
   * number of it. Only inline elements and what a cell holds are skipped so: some templates hide
   * the whole article in a block that a script shows. The two attributes are asked for at once:
   * counting an element's attributes first walks them too, as every element of a parse with
   * positions holds its position among them.
   */
  static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    for (int at = style.indexOf(':'); at >= 0; at = style.indexOf(':', at + 1)) {
      if (endsWithDisplay(style, at) && startsWithNone(style, at + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the style's text before a colon is the property {@code display}, spaces aside. */
  private static boolean endsWithDisplay(String style, int colon) {
    int end = colon;
    while (end > 0 && style.charAt(end - 1) <= ' ') {
      end--;
    }
    return end >= 7 && style.regionMatches(true, end - 7, "display", 0, 7);
  }

  /** Whether the style's value after a colon is {@code none}, spaces aside. */
  private static boolean startsWithNone(String style, int start) {
    int at = start;
    while (at < style.length() && style.charAt(at) <= ' ') {
      at++;
    }
    return style.regionMatches(true, at, "none", 0, 4)
        && (at + 4 == style.length() || !Character.isLetterOrDigit(style.charAt(at + 4)));
  }

  /** Whether an image or frame is declared a pixel or none wide or high: a counter, a tracker. */
  static boolean isTiny(Element element) {
    return isPixel(element.attr("width")) || isPixel(element.attr("height"));
  }

  private static boolean isPixel(String size) {
    String number = size.endsWith("px") ? size.substring(0, size.length() - 2) : size;
    return "0".equals(number) || "1".equals(number);
  }

  /**
   * Whether an image is a link's (the portal's badges, banners and icons are), unless the link
   * opens the image itself, as an editor links an image of a table to show it larger.
   */
  static boolean isLinkedIcon(Element element, String name) {
    if (!"img".equals(name)) {
      return false;
    }
    // the link around it, by the parents' names: Element.closest("a") parsed the query each call
    for (Element link = element.parent(); link != null; link = link.parent()) {
      if ("a".equals(link.normalName())) {
        return !link.attr("href").equals(element.attr("src"));
      }
    }
    return false;
  }
}
