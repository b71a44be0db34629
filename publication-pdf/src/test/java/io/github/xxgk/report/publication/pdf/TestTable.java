package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A ruled table to lay out in a {@link TestPdf}: columns of given widths, rows of given height,
 * cells with spans. Each cell's four edges are drawn on their own, as Word prints them; a table
 * longer than the page goes on on the next, optionally with its header rows repeated.
 */
final class TestTable {
  static final float TOP = 80;
  static final float BOTTOM_LIMIT = 760;
  static final float LEFT = 72;

  final float[] widths;
  final List<float[]> cells = new ArrayList<>(); // row, column, rowSpan, columnSpan
  final List<String> texts = new ArrayList<>();
  int rows;
  float rowHeight = 22;
  float fontSize = 9;
  boolean filledRules;

  /**
   * Whether each cell is drawn as a shaded rectangle, one point short of its neighbours, instead of
   * by ruling lines (a table printed with cell backgrounds and no borders: the gaps are its lines).
   */
  boolean shaded;

  boolean openSides;
  int headerRows;
  boolean repeatHeader;

  /**
   * Whether a cell cut by a page break is left open at the break, as a browser prints it (no rule
   * closes its part on either page), rather than closed on both pages as Word draws it.
   */
  boolean openCuts;

  /** Rows after which the table must break to the next page, whatever room is left. */
  final List<Integer> breaksAfter = new ArrayList<>();

  TestTable(float... widths) {
    this.widths = widths;
  }

  TestTable cell(int row, int column, int rowSpan, int columnSpan, String text) {
    cells.add(new float[] {row, column, rowSpan, columnSpan});
    texts.add(text);
    rows = Math.max(rows, row + rowSpan);
    return this;
  }

  TestTable cell(int row, int column, String text) {
    return cell(row, column, 1, 1, text);
  }

  /** A row of single cells from column 0. */
  TestTable row(int row, String... texts) {
    for (int c = 0; c < texts.length; c++) {
      cell(row, c, texts[c]);
    }
    return this;
  }

  private float x(int column) {
    float x = LEFT;
    for (int c = 0; c < column; c++) {
      x += widths[c];
    }
    return x;
  }

  /**
   * Draws the table from {@code top} on the current page, breaking pages as needed; returns the y
   * below the table on its last page.
   */
  float draw(TestPdf pdf, float top) {
    float[] rowTop = new float[rows + 1];
    int[] rowPage = new int[rows];
    int page = 0;
    float y = top;
    float headerHeight = headerRows * rowHeight;
    // the same bottom margin on a page shown in landscape, whose displayed height is smaller
    float bottom = pdf.size()[1] - (PDRectangle.A4.getHeight() - BOTTOM_LIMIT);
    for (int r = 0; r < rows; r++) {
      if (y + rowHeight > bottom || (r > 0 && breaksAfter.contains(r - 1))) {
        page++;
        y = TOP + (repeatHeader ? headerHeight : 0);
      }
      rowPage[r] = page;
      rowTop[r] = y;
      y += rowHeight;
    }
    float end = y;
    for (int p = 0; p <= page; p++) {
      if (p > 0) {
        pdf.page(pdf.rotation());
        if (repeatHeader) {
          for (int i = 0; i < cells.size(); i++) {
            float[] c = cells.get(i);
            if (c[0] < headerRows) {
              drawCell(
                  pdf,
                  c,
                  texts.get(i),
                  TOP + c[0] * rowHeight,
                  TOP + (c[0] + c[2]) * rowHeight,
                  false,
                  false);
            }
          }
        }
      }
      for (int i = 0; i < cells.size(); i++) {
        float[] c = cells.get(i);
        int first = (int) c[0];
        int last = (int) (c[0] + c[2]) - 1;
        // the part of the cell on page p
        int from = -1;
        int to = -1;
        for (int r = first; r <= last; r++) {
          if (rowPage[r] == p) {
            if (from < 0) {
              from = r;
            }
            to = r;
          }
        }
        if (from < 0) {
          continue;
        }
        // a cut cell's text goes on the page that holds its first row
        String text = rowPage[first] == p ? texts.get(i) : "";
        drawCell(
            pdf,
            c,
            text,
            rowTop[from],
            rowTop[to] + rowHeight,
            openCuts && from > first,
            openCuts && to < last);
      }
    }
    return end;
  }

  private void drawCell(
      TestPdf pdf,
      float[] c,
      String text,
      float top,
      float bottom,
      boolean openTop,
      boolean openBottom) {
    float left = x((int) c[1]);
    float right = x((int) (c[1] + c[3]));
    boolean leftOuter = c[1] == 0;
    boolean rightOuter = c[1] + c[3] == widths.length;
    if (shaded) {
      pdf.shade(
          left + 0.5f, top + (openTop ? 0 : 0.5f), right - 0.5f, bottom - (openBottom ? 0 : 0.5f));
    } else if (!openTop) {
      rule(pdf, left, top, right, top);
    }
    if (!shaded && !openBottom) {
      rule(pdf, left, bottom, right, bottom);
    }
    if (!shaded && !(openSides && leftOuter)) {
      rule(pdf, left, top, left, bottom);
    }
    if (!shaded && !(openSides && rightOuter)) {
      rule(pdf, right, top, right, bottom);
    }
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n");
    float lineHeight = fontSize * 1.3f;
    float baseline = (top + bottom) / 2 - lines.length * lineHeight / 2 + fontSize;
    for (String line : lines) {
      pdf.text(left + 3, baseline, fontSize, line);
      baseline += lineHeight;
    }
  }

  private void rule(TestPdf pdf, float x1, float y1, float x2, float y2) {
    if (filledRules) {
      pdf.filledRule(x1, y1, x2, y2);
    } else {
      pdf.line(x1, y1, x2, y2);
    }
  }
}
