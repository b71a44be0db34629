package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.resource.ShippedResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Page headers, footers and page numbers: lines in the top or bottom margin that look like a page
 * number ({@code - 4 -}, {@code 第 4 页}, {@code 4/5}: patterns in {@code PageFurniture.properties})
 * or that repeat on several pages at the same height. They are dropped before paragraphs and tables
 * are joined across pages, so that they never leak into the text or the cells.
 */
final class PageFurniture {
  /** The share of the page height at the top and at the bottom that counts as margin. */
  private static final float MARGIN = 0.12f;

  /** Lines this close in height (points) on different pages are at the same place. */
  private static final float SAME_PLACE = 4f;

  private static final List<Pattern> PAGE_NUMBERS = load();

  private PageFurniture() {}

  private static List<Pattern> load() {
    Properties properties =
        ShippedResource.properties(PageFurniture.class, "PageFurniture.properties");
    List<Pattern> patterns = new ArrayList<>();
    for (String name : new java.util.TreeSet<>(properties.stringPropertyNames())) {
      patterns.add(Pattern.compile(properties.getProperty(name)));
    }
    return patterns;
  }

  static boolean isPageNumber(String text) {
    String trimmed = text.replace('\t', ' ').trim();
    for (Pattern pattern : PAGE_NUMBERS) {
      if (pattern.matcher(trimmed).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Removes the furniture lines of every page. */
  static void remove(List<PageLayout> pages) {
    Map<String, Integer> repeats = new HashMap<>();
    for (PageLayout page : pages) {
      for (TextLine line : page.lines) {
        if (inMargin(page, line)) {
          repeats.merge(shape(page, line), 1, Integer::sum);
        }
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    for (PageLayout page : pages) {
      for (Iterator<TextLine> it = page.lines.iterator(); it.hasNext(); ) {
        TextLine line = it.next();
        if (inMargin(page, line)
            && (isPageNumber(line.text) || repeats.getOrDefault(shape(page, line), 0) >= needed)) {
          it.remove();
        }
      }
    }
  }

  private static boolean inMargin(PageLayout page, TextLine line) {
    return line.bottom < MARGIN * page.height || line.top > (1 - MARGIN) * page.height;
  }

  /** The line's text with its digits blanked, and its height on the page rounded. */
  private static String shape(PageLayout page, TextLine line) {
    return Math.round(line.top / SAME_PLACE) + ":" + line.text.replaceAll("[0-9]+", "#");
  }
}
