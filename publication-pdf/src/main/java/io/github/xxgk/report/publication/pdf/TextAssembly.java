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
    List<TextLine> lines = new ArrayList<>();
    if (glyphs.isEmpty()) {
      return lines;
    }
    glyphs.sort(BY_BASELINE);
    List<Glyph> line = new ArrayList<>();
    float top = 0;
    float bottom = 0;
    for (Glyph glyph : glyphs) {
      if (!line.isEmpty() && !overlaps(top, bottom, glyph.top(), glyph.baseline)) {
        addLine(lines, line, tabs);
        line.clear();
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
    addLine(lines, line, tabs);
    return lines;
  }

  private static boolean overlaps(float top, float bottom, float glyphTop, float glyphBottom) {
    float overlap = Math.min(bottom, glyphBottom) - Math.max(top, glyphTop);
    float smaller = Math.min(bottom - top, glyphBottom - glyphTop);
    return overlap >= SAME_LINE * smaller;
  }

  private static void addLine(List<TextLine> lines, List<Glyph> glyphs, boolean tabs) {
    glyphs.sort(BY_X);
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
        } else if (spaceDrawn || gap > SPACE * size) {
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
