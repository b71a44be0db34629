package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells drawn by their shading instead of ruling lines (Word and WPS tables with shaded cells and
 * no borders; a page printing white cells on a dark table, the gaps between them its lines): where
 * a boundary shows, the edges of such fills bound the cells as lines would, and become the page's
 * segments. A fill is a cell only when it holds no other fill and no ruling line runs through it or
 * along its edges (a page's, an article's or a table's background holds them, and its edges bound
 * no cell: a table's background cut by the page break would add a line where the break is; a ruled
 * table's cells are bounded by their lines), and when another such fill lies beside it (cells of a
 * table's row; a shaded paragraph, or a band behind a line of text, has none). An edge shows where
 * the fill meets no fill, a gap, or a fill of another colour; where a fill of the same colour
 * adjoins it, nothing shows (Word paints a merged cell one fill a column), and no boundary is made
 * there. Where no edge shows, the text stays in one cell or outside any table, and is refused as an
 * unruled table is.
 */
final class ShadedCells {
  /** Beyond this many fills on a page, none is taken for a cell: the checks are quadratic. */
  static final int MAX_FILLS = 1000;

  /** Beyond this many ruling segments on a page, none of its fills is taken for a cell. */
  private static final int MAX_SEGMENTS = 20_000;

  /** Edges this close (points) are the same boundary: a gap drawn as a line, or none. */
  private static final float SNAP = RulingTables.SNAP;

  /** A ruling line this close (points) to a fill's edge borders it: Word's padding. */
  private static final float NEAR = 3f;

  /** Fills this close (points) adjoin: no gap shows between them. */
  private static final float ADJOIN = 0.2f;

  private ShadedCells() {}

  /** A filled upright rectangle in display space, and its colour as the content stream set it. */
  static final class Fill {
    final float minX;
    final float minY;
    final float maxX;
    final float maxY;
    final String colour;

    Fill(float minX, float minY, float maxX, float maxY, String colour) {
      this.minX = minX;
      this.minY = minY;
      this.maxX = maxX;
      this.maxY = maxY;
      this.colour = colour;
    }
  }

  /** Adds the edges of the page's shaded cells, where a boundary shows, to its segments. */
  static void addEdges(PageGeometry page) {
    List<Fill> fills = page.fills;
    if (fills.size() < 2 || page.segments.size() > MAX_SEGMENTS) {
      return;
    }
    List<Fill> leaves = new ArrayList<>();
    for (Fill fill : fills) {
      if (!holdsAnything(fill, fills, page.segments)) {
        leaves.add(fill);
      }
    }
    List<Segment> edges = new ArrayList<>();
    for (Fill fill : leaves) {
      if (!besideAnother(fill, leaves)) {
        continue;
      }
      if (shows(fill, leaves, false, fill.minY)) {
        edges.add(new Segment(true, fill.minY, fill.minX, fill.maxX));
      }
      if (shows(fill, leaves, false, fill.maxY)) {
        edges.add(new Segment(true, fill.maxY, fill.minX, fill.maxX));
      }
      if (shows(fill, leaves, true, fill.minX)) {
        edges.add(new Segment(false, fill.minX, fill.minY, fill.maxY));
      }
      if (shows(fill, leaves, true, fill.maxX)) {
        edges.add(new Segment(false, fill.maxX, fill.minY, fill.maxY));
      }
    }
    page.segments.addAll(edges);
  }

  /**
   * Whether another fill lies inside {@code fill}, or a ruling line inside it or along its edges (a
   * ruled table's cells are often shaded too, their fills short of the lines by the cell's padding:
   * their edges would add boundaries beside the lines).
   */
  private static boolean holdsAnything(Fill fill, List<Fill> fills, List<Segment> segments) {
    for (Fill other : fills) {
      if (other != fill
          && other.minX >= fill.minX - SNAP
          && other.minY >= fill.minY - SNAP
          && other.maxX <= fill.maxX + SNAP
          && other.maxY <= fill.maxY + SNAP
          && !same(other, fill)) {
        return true;
      }
    }
    for (Segment s : segments) {
      // a line across the fill or along its edges: a ruled table's cell, its lines bound it
      float across = s.at;
      float low = s.horizontal ? fill.minY : fill.minX;
      float high = s.horizontal ? fill.maxY : fill.maxX;
      float alongLow = s.horizontal ? fill.minX : fill.minY;
      float alongHigh = s.horizontal ? fill.maxX : fill.maxY;
      if (across >= low - NEAR
          && across <= high + NEAR
          && Math.min(s.to, alongHigh) - Math.max(s.from, alongLow) > SNAP) {
        return true;
      }
    }
    return false;
  }

  /** Whether two fills cover the same area (a cell painted twice). */
  private static boolean same(Fill a, Fill b) {
    return Math.abs(a.minX - b.minX) <= SNAP
        && Math.abs(a.minY - b.minY) <= SNAP
        && Math.abs(a.maxX - b.maxX) <= SNAP
        && Math.abs(a.maxY - b.maxY) <= SNAP;
  }

  /**
   * Whether another fill lies beside {@code fill}, left or right of it, the two sharing part of an
   * edge: every row of the form's tables has a caption beside its values, while fills stacked one
   * above another only (Word's band behind each line of text) make no table.
   */
  private static boolean besideAnother(Fill fill, List<Fill> leaves) {
    for (Fill other : leaves) {
      if (other != fill
          && !same(other, fill)
          && (Math.abs(other.minX - fill.maxX) <= SNAP || Math.abs(other.maxX - fill.minX) <= SNAP)
          && Math.min(other.maxY, fill.maxY) - Math.max(other.minY, fill.minY) > SNAP) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the edge of {@code fill} at {@code at} (vertical: an x; else a y) shows: not the whole
   * of it adjoins fills of the same colour on its other side.
   */
  private static boolean shows(Fill fill, List<Fill> leaves, boolean vertical, float at) {
    float from = vertical ? fill.minY : fill.minX;
    float to = vertical ? fill.maxY : fill.maxX;
    boolean low = at == (vertical ? fill.minX : fill.minY);
    float covered = 0;
    for (Fill other : leaves) {
      if (other == fill || !other.colour.equals(fill.colour)) {
        continue;
      }
      float facing = vertical ? (low ? other.maxX : other.minX) : (low ? other.maxY : other.minY);
      if (Math.abs(facing - at) > ADJOIN) {
        continue;
      }
      float otherFrom = vertical ? other.minY : other.minX;
      float otherTo = vertical ? other.maxY : other.maxX;
      covered += Math.max(0, Math.min(to, otherTo) - Math.max(from, otherFrom));
    }
    return covered < to - from - SNAP;
  }
}
