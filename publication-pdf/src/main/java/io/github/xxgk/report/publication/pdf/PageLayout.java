package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One page laid out: its ruled tables, with the text of every cell, and the lines of text outside
 * them, each in display space.
 */
final class PageLayout {
  final int page;
  final float width;
  final float height;
  final List<RawTable> tables = new ArrayList<>();
  final List<TextLine> lines = new ArrayList<>();

  /** A glyph whose middle is this far (points) beyond the page's edge is not printed. */
  private static final float OFF_PAGE = 1f;

  /** How many ruled tables run past the page's printed area, and were therefore left unread. */
  int clippedTables;

  private PageLayout(int page, float width, float height) {
    this.page = page;
    this.width = width;
    this.height = height;
  }

  static PageLayout of(PageGeometry geometry) {
    PageLayout layout = new PageLayout(geometry.page, geometry.width, geometry.height);
    ShadedCells.addEdges(geometry);
    List<RulingGrid> grids = RulingTables.find(geometry.segments);
    List<RulingGrid> clipped = new ArrayList<>();
    for (RulingGrid grid : grids) {
      for (float[] end : geometry.clippedEnds) {
        if (grid.touches(end[0], end[1])) {
          clipped.add(grid);
          break;
        }
      }
      // Writer draws a table wider than the paper only up to the page's edge, where its lines end
      // as if they were the table's; the text of its cut-off columns is set beyond the edge
      for (Glyph glyph : geometry.glyphs) {
        if (!clipped.contains(grid)
            && offPage(geometry, glyph)
            && glyph.centreY() >= grid.ys[0]
            && glyph.centreY() <= grid.ys[grid.ys.length - 1]) {
          clipped.add(grid);
        }
      }
    }
    layout.clippedTables = clipped.size();
    List<List<List<Glyph>>> cellGlyphs = new ArrayList<>();
    for (RulingGrid grid : grids) {
      List<List<Glyph>> cells = new ArrayList<>();
      for (int i = 0; i < grid.cells.size(); i++) {
        cells.add(new ArrayList<>());
      }
      cellGlyphs.add(cells);
    }
    List<Glyph> free = new ArrayList<>();
    for (Glyph glyph : geometry.glyphs) {
      if (offPage(geometry, glyph)) {
        continue; // set beyond the page's edge, it is not printed
      }
      float x = glyph.centreX();
      float y = glyph.centreY();
      boolean placed = false;
      for (RulingGrid grid : clipped) {
        // the text of a table cut off by the page's edge is neither cells nor free text
        placed |= grid.contains(x, y);
      }
      for (int t = 0; t < grids.size() && !placed; t++) {
        RulingGrid grid = grids.get(t);
        if (grid.contains(x, y)) {
          cellGlyphs.get(t).get(grid.cellAt(x, y)).add(glyph);
          placed = true;
        }
      }
      if (!placed) {
        free.add(glyph);
      }
    }
    for (int t = 0; t < grids.size(); t++) {
      if (clipped.contains(grids.get(t))) {
        continue;
      }
      layout.tables.add(table(geometry.page, grids.get(t), cellGlyphs.get(t)));
    }
    layout.lines.addAll(TextAssembly.lines(free, true));
    return layout;
  }

  /** Whether the glyph's middle lies beyond the page's left or right edge. */
  private static boolean offPage(PageGeometry geometry, Glyph glyph) {
    return glyph.centreX() < -OFF_PAGE
        || glyph.centreX() > geometry.width + OFF_PAGE
        || glyph.centreY() < -OFF_PAGE
        || glyph.centreY() > geometry.height + OFF_PAGE;
  }

  private static RawTable table(int page, RulingGrid grid, List<List<Glyph>> glyphs) {
    float[] xs = grid.xs;
    float[] ys = grid.ys;
    RawTable table = new RawTable(page, xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    table.rows = grid.rows();
    List<List<List<Glyph>>> lines = new ArrayList<>(glyphs.size());
    for (List<Glyph> cellGlyphs : glyphs) {
      lines.add(TextAssembly.groups(cellGlyphs));
    }
    float tracking = TextAssembly.tableTracking(lines);
    for (int i = 0; i < grid.cells.size(); i++) {
      int[] cell = grid.cells.get(i);
      String text = TextAssembly.cellText(TextAssembly.lines(lines.get(i), false, tracking));
      PdfRegion region = new PdfRegion(page, xs[cell[1]], ys[cell[0]], xs[cell[3]], ys[cell[2]]);
      table.cells.add(
          new RawTable.RawCell(cell[0], cell[2], xs[cell[1]], xs[cell[3]], text, region));
    }
    table.cells.sort(
        (a, b) -> a.row != b.row ? Integer.compare(a.row, b.row) : Float.compare(a.left, b.left));
    return table;
  }
}
