package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tables from ruling lines, as Tabula's lattice mode finds them: segments that meet form a table;
 * the distinct positions of its vertical and horizontal lines form a grid; two neighbouring grid
 * cells with no line between them are one spanning cell. Segments drawn piecewise (one per cell
 * edge, as Word prints them) are merged first. A table without outer side borders still gets its
 * outer columns: the horizontal lines' ends bound it.
 */
final class RulingTables {
  /** Positions closer than this (points) are the same line. */
  static final float SNAP = 2f;

  /** Segments this close (points) are taken to meet or continue each other. */
  private static final float MEET = 2.5f;

  /** Beyond this many merged segments of one direction, a page is not searched for tables. */
  private static final int MAX_SEGMENTS = 4000;

  /** Beyond this many grid positions a table is not built. */
  private static final int MAX_GRID = 100_000;

  /** Beyond this many line look-ups (grid positions times lines) a table is not built. */
  private static final long MAX_WORK = 50_000_000L;

  private RulingTables() {}

  /** The grids of a page's tables, top to bottom. */
  static List<RulingGrid> find(List<Segment> segments) {
    List<Segment> horizontal = new ArrayList<>();
    List<Segment> vertical = new ArrayList<>();
    for (Segment segment : segments) {
      (segment.horizontal ? horizontal : vertical).add(segment);
    }
    horizontal = merge(horizontal);
    vertical = merge(vertical);
    List<RulingGrid> grids = new ArrayList<>();
    if (horizontal.size() < 2
        || vertical.isEmpty()
        || horizontal.size() > MAX_SEGMENTS
        || vertical.size() > MAX_SEGMENTS) {
      return grids;
    }
    DisjointSets lines = new DisjointSets(horizontal.size() + vertical.size());
    for (int h = 0; h < horizontal.size(); h++) {
      for (int v = 0; v < vertical.size(); v++) {
        if (Segment.meet(horizontal.get(h), vertical.get(v), MEET)) {
          lines.union(h, horizontal.size() + v);
        }
      }
    }
    List<Segment> lone = new ArrayList<>();
    for (int v = 0; v < vertical.size(); v++) {
      if (lines.find(horizontal.size() + v) == horizontal.size() + v
          && alone(lines, horizontal.size() + v)) {
        lone.add(vertical.get(v));
      }
    }
    for (int root = 0; root < lines.size(); root++) {
      if (lines.find(root) != root) {
        continue;
      }
      List<Segment> hs = new ArrayList<>();
      List<Segment> vs = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.find(i) == root) {
          if (i < horizontal.size()) {
            hs.add(horizontal.get(i));
          } else {
            vs.add(vertical.get(i - horizontal.size()));
          }
        }
      }
      // one inner vertical line is enough when the table has no side borders
      if (hs.size() >= 2 && !vs.isEmpty()) {
        vs.addAll(cutBorders(hs, vs, lone));
        RulingGrid grid = grid(hs, vs);
        if (grid != null) {
          grids.add(grid);
        }
      }
    }
    grids.sort(Comparator.comparingDouble(g -> g.ys[0]));
    return grids;
  }

  /** Whether no other segment joins {@code i}'s component. */
  private static boolean alone(DisjointSets lines, int i) {
    for (int j = 0; j < lines.size(); j++) {
      if (j != i && lines.find(j) == i) {
        return false;
      }
    }
    return true;
  }

  /**
   * The outer borders of columns cut by a page break: on a page that holds only the middle of a
   * cell spanning many rows, no horizontal line crosses that cell's column, so its outer border
   * meets nothing. Every lone vertical line beside the table that runs its full height is such a
   * border: two nested spanning columns ("三、本年度办理结果" around "（三）不予公开") leave two. Without them the
   * part would lose its columns and no longer line up with the parts on the other pages.
   */
  private static List<Segment> cutBorders(List<Segment> hs, List<Segment> vs, List<Segment> lone) {
    Extent extent = new Extent(hs, vs);
    List<Segment> borders = new ArrayList<>();
    for (Segment v : lone) {
      if (v.spans(extent.minY, MEET)
          && v.spans(extent.maxY, MEET)
          && v.from >= extent.minY - MEET
          && v.to <= extent.maxY + MEET
          && (v.at < extent.minX - SNAP || v.at > extent.maxX + SNAP)) {
        borders.add(v);
      }
    }
    return borders;
  }

  /** Collinear segments that touch or overlap become one. */
  static List<Segment> merge(List<Segment> segments) {
    segments.sort(
        (a, b) -> a.at != b.at ? Float.compare(a.at, b.at) : Float.compare(a.from, b.from));
    List<Segment> merged = new ArrayList<>();
    // group by position first, then join runs along the axis
    int start = 0;
    while (start < segments.size()) {
      int end = start + 1;
      while (end < segments.size() && segments.get(end).at - segments.get(end - 1).at <= SNAP / 2) {
        end++;
      }
      List<Segment> group = new ArrayList<>(segments.subList(start, end));
      group.sort(Comparator.comparingDouble(s -> s.from));
      float at = 0;
      for (Segment s : group) {
        at += s.at;
      }
      at /= group.size();
      float from = group.get(0).from;
      float to = group.get(0).to;
      for (Segment s : group.subList(1, group.size())) {
        if (s.from <= to + MEET) {
          to = Math.max(to, s.to);
        } else {
          merged.add(new Segment(group.get(0).horizontal, at, from, to));
          from = s.from;
          to = s.to;
        }
      }
      merged.add(new Segment(group.get(0).horizontal, at, from, to));
      start = end;
    }
    return merged;
  }

  private static RulingGrid grid(List<Segment> hs, List<Segment> vs) {
    Extent extent = new Extent(hs, vs);
    float[] xs = positions(vs, extent.minX, extent.maxX);
    float[] ys = positions(hs, extent.minY, extent.maxY);
    int columns = xs.length - 1;
    int rows = ys.length - 1;
    if (columns < 1
        || rows < 1
        || columns * rows < 2
        || (long) columns * rows > MAX_GRID
        || (long) columns * rows * (hs.size() + vs.size()) > MAX_WORK) {
      return null;
    }
    RulingGrid grid = new RulingGrid(xs, ys);
    DisjointSets positions = new DisjointSets(columns * rows);
    for (int r = 0; r < rows; r++) {
      float middleY = (ys[r] + ys[r + 1]) / 2;
      for (int c = 0; c + 1 < columns; c++) {
        if (!ruled(vs, xs[c + 1], middleY)) {
          positions.union(r * columns + c, r * columns + c + 1);
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      float middleX = (xs[c] + xs[c + 1]) / 2;
      for (int r = 0; r + 1 < rows; r++) {
        if (!ruled(hs, ys[r + 1], middleX)) {
          positions.union(r * columns + c, (r + 1) * columns + c);
        }
      }
    }
    int[] index = new int[positions.size()];
    Arrays.fill(index, -1);
    for (int position = 0; position < positions.size(); position++) {
      int root = positions.find(position);
      int r = position / columns;
      int c = position % columns;
      if (index[root] < 0) {
        index[root] = grid.cells.size();
        grid.cells.add(new int[] {r, c, r + 1, c + 1});
      } else {
        int[] cell = grid.cells.get(index[root]);
        cell[0] = Math.min(cell[0], r);
        cell[1] = Math.min(cell[1], c);
        cell[2] = Math.max(cell[2], r + 1);
        cell[3] = Math.max(cell[3], c + 1);
      }
      grid.owner[position] = index[root];
    }
    return grid;
  }

  /** Whether a line at {@code at} crosses the point {@code along} on its own axis. */
  private static boolean ruled(List<Segment> segments, float at, float along) {
    for (Segment s : segments) {
      if (Math.abs(s.at - at) <= SNAP && s.spans(along, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The distinct positions of the segments and the two outer bounds, close ones snapped together.
   */
  private static float[] positions(List<Segment> segments, float min, float max) {
    float[] raw = new float[segments.size() + 2];
    for (int i = 0; i < segments.size(); i++) {
      raw[i] = segments.get(i).at;
    }
    raw[segments.size()] = min;
    raw[segments.size() + 1] = max;
    return snap(raw);
  }

  /**
   * Sorted distinct values, those within {@link #SNAP} of their neighbour replaced by their mean.
   */
  static float[] snap(float[] values) {
    float[] sorted = values.clone();
    Arrays.sort(sorted);
    float[] out = new float[sorted.length];
    int count = 0;
    int start = 0;
    for (int i = 1; i <= sorted.length; i++) {
      if (i == sorted.length || sorted[i] - sorted[i - 1] > SNAP) {
        float sum = 0;
        for (int j = start; j < i; j++) {
          sum += sorted[j];
        }
        out[count++] = sum / (i - start);
        start = i;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** How far a table's horizontal lines reach along x, and its vertical lines along y. */
  private static final class Extent {
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;

    Extent(List<Segment> hs, List<Segment> vs) {
      for (Segment h : hs) {
        minX = Math.min(minX, h.from);
        maxX = Math.max(maxX, h.to);
      }
      for (Segment v : vs) {
        minY = Math.min(minY, v.from);
        maxY = Math.max(maxY, v.to);
      }
    }
  }
}
