package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs into lines and lines into text. A glyph joins a line when their vertical extents mostly
 * overlap, so a number printed a little above or below its neighbours stays on their line; glyphs
 * of a line are ordered left to right, a glyph printed twice over itself (Word's simulated bold) is
 * kept once, and a gap wider than a third of the font size becomes a space.
 */
final class TextAssembly {
  /** A gap wider than this many font sizes is a space between words. */
  private static final float SPACE = 0.3f;

  /** A gap wider than this many font sizes separates aligned columns: a tab. */
  private static final float TAB = 2.5f;

  /** Two vertical extents this much overlapped (of the smaller) are one line. */
  private static final float SAME_LINE = 0.5f;

  private static final Comparator<Glyph> BY_BASELINE =
      (a, b) -> Float.compare(a.baseline, b.baseline);
  private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x, b.x);

  private TextAssembly() {}

  /**
   * The lines of the given glyphs, top to bottom. The list is sorted in place. With {@code tabs},
   * wide gaps become tabs (free text, where columns may be aligned without ruling lines); otherwise
   * spaces (inside a table cell).
   */
  static List<TextLine> lines(List<Glyph> glyphs, boolean tabs) {
    return lines(groups(glyphs), tabs, 0);
  }

  /**
   * The lines of a cell whose glyphs were grouped by {@link #groups}; {@code tableTracking} is the
   * letter spacing of the cell's table ({@link #tableTracking}), taken where the cell has too few
   * ideographs to show its own: a value cell's digits are set apart by the same spacing as the
   * captions beside them.
   */
  static List<TextLine> lines(List<List<Glyph>> groups, boolean tabs, float tableTracking) {
    List<TextLine> lines = new ArrayList<>();
    List<Float> gaps = new ArrayList<>();
    int[] ends = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      ideographGaps(groups.get(g), gaps);
      ends[g] = gaps.size();
    }
    // a cell's lines are short: its letter spacing is measured over all of them
    float tracking = tabs ? 0 : gaps.size() >= 3 ? tracking(gaps) : tableTracking;
    for (int g = 0; g < groups.size(); g++) {
      List<Float> own = gaps.subList(g == 0 ? 0 : ends[g - 1], ends[g]);
      addLine(lines, groups.get(g), tabs, own.size() >= 3 || tabs ? tracking(own) : tracking);
    }
    return lines;
  }

  /**
   * The letter spacing of a table: the median gap between neighbouring ideographs over all its
   * cells' lines (each cell's glyphs grouped by {@link #groups}), or 0 when fewer than three pairs
   * show one.
   */
  static float tableTracking(List<List<List<Glyph>>> cells) {
    List<Float> gaps = new ArrayList<>();
    for (List<List<Glyph>> cell : cells) {
      for (List<Glyph> line : cell) {
        ideographGaps(line, gaps);
      }
    }
    return tracking(gaps);
  }

  /**
   * The glyphs grouped into lines, top to bottom, each line sorted left to right. The list is
   * sorted in place.
   */
  static List<List<Glyph>> groups(List<Glyph> glyphs) {
    List<List<Glyph>> groups = new ArrayList<>();
    if (glyphs.isEmpty()) {
      return groups;
    }
    glyphs.sort(BY_BASELINE);
    List<Glyph> line = new ArrayList<>();
    float top = 0;
    float bottom = 0;
    for (Glyph glyph : glyphs) {
      if (!line.isEmpty() && !overlaps(top, bottom, glyph.top(), glyph.baseline)) {
        groups.add(line);
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        top = glyph.top();
        bottom = glyph.baseline;
      } else if (!glyph.isSpace()) {
        // keep the line's extent that of its main text, not of a stray superscript
        top = Math.min(top, glyph.top());
        bottom = Math.max(bottom, glyph.baseline);
      }
      line.add(glyph);
    }
    groups.add(line);
    for (List<Glyph> group : groups) {
      group.sort(BY_X);
    }
    return groups;
  }

  private static boolean overlaps(float top, float bottom, float glyphTop, float glyphBottom) {
    float overlap = Math.min(bottom, glyphBottom) - Math.max(top, glyphTop);
    float smaller = Math.min(bottom - top, glyphBottom - glyphTop);
    return overlap >= SAME_LINE * smaller;
  }

  private static void addLine(
      List<TextLine> lines, List<Glyph> glyphs, boolean tabs, float tracking) {
    StringBuilder text = new StringBuilder();
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    float fontSize = 0;
    Glyph previous = null;
    boolean spaceDrawn = false;
    for (Glyph glyph : glyphs) {
      if (glyph.isSpace()) {
        spaceDrawn = previous != null;
        continue; // a drawn space separates words; where it stands is of no use
      }
      if (previous != null && overprinted(previous, glyph)) {
        continue;
      }
      if (previous != null) {
        float gap = glyph.x - previous.right();
        float size = Math.max(previous.fontSize, glyph.fontSize);
        if (tabs && gap > TAB * size) {
          text.append('\t');
        } else if (spaceDrawn
            || gap > SPACE * size
                && !(tracking > 0
                    && isSpacedApart(previous)
                    && isSpacedApart(glyph)
                    && gap <= tracking + SPACE * size)) {
          text.append(' ');
        }
      }
      spaceDrawn = false;
      text.append(glyph.text);
      left = Math.min(left, glyph.x);
      right = Math.max(right, glyph.right());
      top = Math.min(top, glyph.top());
      bottom = Math.max(bottom, glyph.baseline);
      fontSize = Math.max(fontSize, glyph.fontSize);
      previous = glyph;
    }
    if (text.length() > 0) {
      lines.add(new TextLine(text.toString(), left, top, right, bottom, fontSize));
    }
  }

  /**
   * The gaps between neighbouring ideographs of a line (sorted left to right), added to {@code
   * gaps}; a drawn space between two is no such pair.
   */
  private static void ideographGaps(List<Glyph> line, List<Float> gaps) {
    Glyph previous = null;
    for (Glyph glyph : line) {
      if (glyph.isSpace()) {
        previous = null;
        continue;
      }
      if (previous != null && isIdeograph(previous) && isIdeograph(glyph)) {
        gaps.add(glyph.x - previous.right());
      }
      previous = glyph;
    }
  }

  /**
   * The letter spacing of text whose ideographs are set apart (Word's character spacing, a
   * distributed alignment, an export that places each glyph on its own): the median gap between
   * neighbouring ideographs, or 0 when fewer than three pairs show one. Chinese has no spaces
   * between words, so a gap of that width is no word break; a wider one still is.
   */
  private static float tracking(List<Float> gaps) {
    if (gaps.size() < 3) {
      return 0;
    }
    List<Float> sorted = new ArrayList<>(gaps);
    java.util.Collections.sort(sorted);
    return Math.max(0, sorted.get(sorted.size() / 2));
  }

  /**
   * Whether letter spacing sets this glyph apart from its neighbour without a word break: an
   * ideograph, or a digit (a number in a letter-spaced table reads "1 5" otherwise, which the
   * matcher rightly refuses as two numbers).
   */
  private static boolean isSpacedApart(Glyph glyph) {
    return isIdeograph(glyph)
        || glyph.text.length() == 1 && glyph.text.charAt(0) >= '0' && glyph.text.charAt(0) <= '9';
  }

  /** A Han character, or CJK punctuation or a full-width form ("，", "（"). */
  private static boolean isIdeograph(Glyph glyph) {
    if (glyph.text.isEmpty()) {
      return false;
    }
    int c = glyph.text.codePointAt(0);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || c >= 0x3000 && c <= 0x303F
        || c >= 0xFF00 && c <= 0xFF60;
  }

  private static boolean overprinted(Glyph a, Glyph b) {
    return a.text.equals(b.text)
        && Math.abs(a.x - b.x) < 0.3f * Math.max(a.width, 1f)
        && Math.abs(a.baseline - b.baseline) < 0.3f * Math.max(a.height, 1f);
  }

  /** The text of lines inside one cell: lines joined by line feeds. */
  static String cellText(List<TextLine> lines) {
    StringBuilder text = new StringBuilder();
    for (TextLine line : lines) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line.text);
    }
    return text.toString();
  }
}
