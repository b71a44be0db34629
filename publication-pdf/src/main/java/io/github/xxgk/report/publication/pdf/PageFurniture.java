package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.resource.ShippedResource;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Page headers, footers and page numbers: lines in the top or bottom margin that look like a page
 * number ({@code - 4 -}, {@code 第 4 页}, {@code 4/5}: patterns in {@code PageFurniture.properties}),
 * that repeat on several pages at the same height, or that are a browser's print stamps (the first
 * or last line of a page with a part that is the time of printing, the page's address or its
 * number: Chromium's header and footer, which a one-page print does not repeat). They are dropped
 * before paragraphs and tables are joined across pages, so that they never leak into the text or
 * the cells.
 */
final class PageFurniture {
  /** The share of the page height at the top and at the bottom that counts as margin. */
  private static final float MARGIN = 0.12f;

  /**
   * A browser prints its stamps smaller than the page's text (Chromium: 8 pt beside text of 9 pt
   * and more); a line of the report's own text in the usual size is never taken for one.
   */
  private static final float SMALLER = 0.95f;

  /** Lines this close in height (points) on different pages are at the same place. */
  private static final float SAME_PLACE = 4f;

  private static final String STAMP = "stamp.";

  private static final List<Pattern> PAGE_NUMBERS = load(false);

  private static final List<Pattern> STAMPS = load(true);

  private PageFurniture() {}

  private static List<Pattern> load(boolean stamps) {
    Properties properties =
        ShippedResource.properties(PageFurniture.class, "PageFurniture.properties");
    List<Pattern> patterns = new ArrayList<>();
    for (String name : new java.util.TreeSet<>(properties.stringPropertyNames())) {
      if (name.startsWith(STAMP) == stamps) {
        patterns.add(Pattern.compile(properties.getProperty(name)));
      }
    }
    return patterns;
  }

  /**
   * Whether a part of the line (parts are set apart by tabs) is wholly a print stamp or a page
   * number. Compared in compatibility form: Chromium prints "file" with the ligature "ﬁ".
   */
  static boolean hasStamp(String text) {
    for (String part : text.split("\t")) {
      String trimmed = Normalizer.normalize(part, Normalizer.Form.NFKC).trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (isPageNumber(trimmed)) {
        return true;
      }
      for (Pattern pattern : STAMPS) {
        if (pattern.matcher(trimmed).matches()) {
          return true;
        }
      }
    }
    return false;
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
    float usualSize = usualSize(pages);
    for (PageLayout page : pages) {
      for (Iterator<TextLine> it = page.lines.iterator(); it.hasNext(); ) {
        TextLine line = it.next();
        if (inMargin(page, line)
            && (isPageNumber(line.text)
                || repeats.getOrDefault(shape(page, line), 0) >= needed
                || outermost(page, line)
                    && line.fontSize < SMALLER * usualSize
                    && hasStamp(line.text))) {
          it.remove();
        }
      }
    }
  }

  /** The font size most of the document's characters outside tables are set in. */
  private static float usualSize(List<PageLayout> pages) {
    Map<Float, Integer> counts = new HashMap<>();
    for (PageLayout page : pages) {
      for (TextLine line : page.lines) {
        counts.merge(Math.round(line.fontSize * 2) / 2f, line.text.length(), Integer::sum);
      }
    }
    float usual = 0;
    int most = 0;
    for (Map.Entry<Float, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > most || entry.getValue() == most && entry.getKey() < usual) {
        usual = entry.getKey();
        most = entry.getValue();
      }
    }
    return usual;
  }

  /** Whether nothing else on the page, text or table, is above the line, or nothing below it. */
  private static boolean outermost(PageLayout page, TextLine line) {
    boolean first = true;
    boolean last = true;
    for (TextLine other : page.lines) {
      if (other != line) {
        first &= other.top > line.top;
        last &= other.top < line.top;
      }
    }
    for (RawTable table : page.tables) {
      first &= table.top > line.bottom;
      last &= table.bottom < line.top;
    }
    return first || last;
  }

  private static boolean inMargin(PageLayout page, TextLine line) {
    return line.bottom < MARGIN * page.height || line.top > (1 - MARGIN) * page.height;
  }

  /** The line's text with its digits blanked, and its height on the page rounded. */
  private static String shape(PageLayout page, TextLine line) {
    return Math.round(line.top / SAME_PLACE) + ":" + line.text.replaceAll("[0-9]+", "#");
  }
}
