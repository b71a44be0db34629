package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one page holds for layout: its glyphs and ruling segments in display space. */
final class PageGeometry {
  final int page;
  final float width;
  final float height;
  final List<Glyph> glyphs = new ArrayList<>();
  final List<Segment> segments = new ArrayList<>();

  /**
   * Filled upright rectangles wider and taller than a ruling line, in display space, cut to the
   * printed area: shaded cells or backgrounds ({@link ShadedCells}).
   */
  final List<ShadedCells.Fill> fills = new ArrayList<>();

  /**
   * Points (display space) where a ruling line runs out of the page's printed area: the clip of the
   * content stream, or the crop box. A table with such a point is cut off there.
   */
  final List<float[]> clippedEnds = new ArrayList<>();

  /** Glyphs drawn invisible (text rendering mode 3 or 7), left out of {@link #glyphs}. */
  int invisible;

  /** Glyphs without a usable Unicode mapping, by font name, in order of first sight. */
  final Map<String, Integer> unmappedByFont = new LinkedHashMap<>();

  PageGeometry(int page, float width, float height) {
    this.page = page;
    this.width = width;
    this.height = height;
  }

  void unmapped(String font) {
    unmappedByFont.merge(font, 1, Integer::sum);
  }
}
