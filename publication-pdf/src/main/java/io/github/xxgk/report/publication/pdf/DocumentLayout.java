package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages' tables and lines into one sequence of blocks in reading order: page furniture dropped,
 * lines grouped into paragraphs (a new one at an indented first line, after a short last line or a
 * wide gap; indents and short lines measured from the margins most lines of the document share),
 * paragraphs and tables that go on over a page break joined (a paragraph only into a line of its
 * own font size).
 */
final class DocumentLayout {
  /** A first line indented by more than this many font sizes starts a paragraph. */
  private static final float INDENT = 1.2f;

  /**
   * A paragraph's first line that starts this many font sizes right of the margin and reaches the
   * right margin is set flush right, and ends there: a first-line indent is two characters.
   */
  private static final float FLUSH = 4f;

  /** A line ending this many font sizes before the right margin ends its paragraph. */
  private static final float SHORT = 1.5f;

  /**
   * A line further below the previous than this many times the page's usual line pitch starts a
   * paragraph.
   */
  private static final float GAP = 1.6f;

  /** A line further below the previous than this many line pitches starts a paragraph. */
  private static final float SPACED = 1.35f;

  /** Line edges are counted in bins this wide (points) to find the text block's usual edges. */
  private static final float EDGE = 2f;

  private DocumentLayout() {}

  /** A paragraph while it is built: its lines and whether its ends are open. */
  private static final class RawParagraph {
    final List<TextLine> lines = new ArrayList<>();
    final int page;
    int linesOnFirstPage;
    boolean openEnd;
    boolean openStart;

    RawParagraph(int page) {
      this.page = page;
    }
  }

  static List<PdfBlock> blocks(List<PageLayout> pages) {
    PageFurniture.remove(pages);
    List<Object> items = new ArrayList<>();
    for (PageLayout page : pages) {
      List<Object> onPage = pageItems(page, commonEdges(pages, page.width));
      if (!onPage.isEmpty() && !items.isEmpty()) {
        Object last = items.get(items.size() - 1);
        Object first = onPage.get(0);
        if (last instanceof RawTable
            && first instanceof RawTable
            && PageJoin.continues((RawTable) last, (RawTable) first)) {
          PageJoin.join((RawTable) last, (RawTable) first);
          onPage.remove(0);
        } else if (last instanceof RawParagraph
            && first instanceof RawParagraph
            && ((RawParagraph) last).openEnd
            && ((RawParagraph) first).openStart
            && ((RawParagraph) last).page == page.page - 1
            && sameSize(last((RawParagraph) last), ((RawParagraph) first).lines.get(0))) {
          RawParagraph joined = (RawParagraph) last;
          joined.lines.addAll(((RawParagraph) first).lines);
          joined.openEnd = ((RawParagraph) first).openEnd;
          onPage.remove(0);
        }
      }
      items.addAll(onPage);
    }
    List<PdfBlock> blocks = new ArrayList<>(items.size());
    for (Object item : items) {
      blocks.add(
          item instanceof RawTable ? table((RawTable) item) : paragraph((RawParagraph) item));
    }
    return blocks;
  }

  /**
   * The text block's usual left and right edges on the pages of this width: the edges most lines
   * share. A page that holds only a few lines (the signature alone on the last page, set flush
   * right) does not show its margins, so its own leftmost line is no measure of an indent.
   */
  private static float[] commonEdges(List<PageLayout> pages, float width) {
    Map<Integer, Integer> lefts = new HashMap<>();
    Map<Integer, Integer> rights = new HashMap<>();
    for (PageLayout page : pages) {
      if (Math.abs(page.width - width) < 1) {
        for (TextLine line : page.lines) {
          lefts.merge(Math.round(line.left / EDGE), 1, Integer::sum);
          rights.merge(Math.round(line.right / EDGE), 1, Integer::sum);
        }
      }
    }
    return new float[] {mostCommon(lefts) * EDGE, mostCommon(rights) * EDGE};
  }

  private static int mostCommon(Map<Integer, Integer> counts) {
    int best = 0;
    int most = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > most || entry.getValue() == most && entry.getKey() < best) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }

  /**
   * Whether two lines are set in the same font size: a paragraph does not go on over a page break
   * into a line of another size (a heading at the top of the next page).
   */
  private static boolean sameSize(TextLine above, TextLine below) {
    return Math.abs(above.fontSize - below.fontSize)
        <= 0.05f * Math.max(above.fontSize, below.fontSize);
  }

  /** The page's tables and paragraphs, top to bottom. */
  private static List<Object> pageItems(PageLayout page, float[] common) {
    if (page.lines.isEmpty()) {
      return pageItems(page, Float.MAX_VALUE, -Float.MAX_VALUE);
    }
    float left = common[0];
    float right = common[1];
    for (TextLine line : page.lines) {
      left = Math.min(left, line.left);
      right = Math.max(right, line.right);
    }
    return pageItems(page, left, right);
  }

  private static List<Object> pageItems(PageLayout page, float left, float right) {
    float pitch = usualPitch(page.lines);
    Map<Integer, Float> linePitches = new HashMap<>();
    List<Object> items = new ArrayList<>();
    int t = 0;
    RawParagraph paragraph = null;
    TextLine previous = null;
    for (TextLine line : page.lines) {
      while (t < page.tables.size() && page.tables.get(t).top < line.top) {
        items.add(page.tables.get(t++));
        paragraph = null;
      }
      boolean indented = line.left > left + INDENT * line.fontSize;
      boolean columns = line.text.indexOf('\t') >= 0;
      boolean fullWidth = line.right >= right - SHORT * line.fontSize;
      boolean centred = indented && !fullWidth && centred(line, left, right);
      // a centred heading printed over several lines (a title) is one paragraph
      boolean titleGoesOn =
          centred
              && previous != null
              && paragraph != null
              && previous == last(paragraph)
              && previous.left > left + INDENT * previous.fontSize
              && centred(previous, left, right)
              && line.top - previous.top <= GAP * Math.max(pitch, line.height());
      boolean starts =
          !titleGoesOn
              && (paragraph == null
                  || indented
                  || columns
                  || paragraph.lines.get(paragraph.lines.size() - 1).text.indexOf('\t') >= 0
                  || !paragraph.openEnd
                  || (previous != null && line.top - previous.top > GAP * pitch)
                  || (previous != null && !sameSize(previous, line))
                  || (previous != null
                      && line.bottom - previous.bottom
                          > SPACED
                              * linePitches.computeIfAbsent(
                                  Math.round(line.fontSize), size -> linePitch(page.lines, line))));
      if (starts) {
        paragraph = new RawParagraph(page.page);
        paragraph.openStart = !indented && !columns && items.isEmpty();
        items.add(paragraph);
      }
      paragraph.lines.add(line);
      paragraph.linesOnFirstPage++;
      // a line set flush right (a signature's organ or date) is a paragraph of its own: the text
      // below it at the left margin does not go on from it
      boolean flushRight = starts && fullWidth && line.left > left + FLUSH * line.fontSize;
      paragraph.openEnd = fullWidth && !columns && !flushRight;
      previous = line;
    }
    while (t < page.tables.size()) {
      items.add(page.tables.get(t++));
    }
    return items;
  }

  private static TextLine last(RawParagraph paragraph) {
    return paragraph.lines.get(paragraph.lines.size() - 1);
  }

  /** Whether the line's middle is the text block's middle, give or take a font size. */
  private static boolean centred(TextLine line, float left, float right) {
    return Math.abs((line.left + line.right) / 2 - (left + right) / 2) <= line.fontSize;
  }

  /**
   * The distance between the baselines of two lines of one paragraph in the font size of {@code
   * like}: the smallest between consecutive lines of that size (lines printed over each other
   * aside); large when there are none. Paragraphs set apart by spacing are further apart than this,
   * even where most paragraphs are of one line and the usual pitch is theirs. Baselines, not tops:
   * a line's top is its tallest glyph's, which digits or another font move.
   */
  private static float linePitch(List<TextLine> lines, TextLine like) {
    float smallest = Float.MAX_VALUE;
    for (int i = 1; i < lines.size(); i++) {
      TextLine above = lines.get(i - 1);
      TextLine below = lines.get(i);
      float pitch = below.bottom - above.bottom;
      if (sameSize(above, like) && sameSize(below, like) && pitch >= 0.5f * below.fontSize) {
        smallest = Math.min(smallest, pitch);
      }
    }
    return smallest;
  }

  /** The median distance between the tops of consecutive lines; large when there are few. */
  private static float usualPitch(List<TextLine> lines) {
    float[] pitches = new float[lines.size()];
    int count = 0;
    for (int i = 1; i < lines.size(); i++) {
      float pitch = lines.get(i).top - lines.get(i - 1).top;
      if (pitch > 0) {
        pitches[count++] = pitch;
      }
    }
    if (count == 0) {
      return Float.MAX_VALUE;
    }
    java.util.Arrays.sort(pitches, 0, count);
    return pitches[count / 2];
  }

  private static PdfParagraph paragraph(RawParagraph paragraph) {
    List<String> lines = new ArrayList<>(paragraph.lines.size());
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (TextLine line : paragraph.lines) {
      lines.add(line.text);
      if (lines.size() <= paragraph.linesOnFirstPage) { // the box of the part on the first page
        left = Math.min(left, line.left);
        right = Math.max(right, line.right);
        top = Math.min(top, line.top);
        bottom = Math.max(bottom, line.bottom);
      }
    }
    return new PdfParagraph(lines, new PdfRegion(paragraph.page, left, top, right, bottom));
  }

  /** Columns from the cells' edges across all parts, snapped together; rows as grid rows. */
  private static PdfTable table(RawTable raw) {
    float[] edges = new float[raw.cells.size() * 2];
    for (int i = 0; i < raw.cells.size(); i++) {
      edges[2 * i] = raw.cells.get(i).left;
      edges[2 * i + 1] = raw.cells.get(i).right;
    }
    float[] xs = RulingTables.snap(edges);
    List<List<PdfCell>> rows = new ArrayList<>();
    for (int r = 0; r < raw.rows; r++) {
      rows.add(new ArrayList<>());
    }
    for (RawTable.RawCell cell : raw.cells) {
      int column = nearest(xs, cell.left);
      int end = Math.max(column + 1, nearest(xs, cell.right));
      rows.get(cell.row)
          .add(
              new PdfCell(
                  cell.text, cell.row, column, cell.rowEnd - cell.row, end - column, cell.region));
    }
    for (List<PdfCell> row : rows) {
      row.sort((a, b) -> Integer.compare(a.column(), b.column()));
    }
    return new PdfTable(
        rows,
        xs.length - 1,
        new PdfRegion(raw.firstPage, raw.left, raw.top, raw.right, raw.bottom),
        raw.lastPage);
  }

  private static int nearest(float[] xs, float x) {
    int best = 0;
    for (int i = 1; i < xs.length; i++) {
      if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) {
        best = i;
      }
    }
    return best;
  }
}
