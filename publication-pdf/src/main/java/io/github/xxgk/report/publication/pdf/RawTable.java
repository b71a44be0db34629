package io.github.xxgk.report.publication.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table while it is being recovered: cells placed by grid row and by their left and right edges
 * in points, so that parts printed on several pages can be laid over one set of columns.
 */
final class RawTable {
  final List<RawCell> cells = new ArrayList<>();
  int rows;
  final int firstPage;
  int lastPage;
  final float left;
  final float top;
  final float right;

  /** The bottom of the part on the first page. */
  final float bottom;

  RawTable(int page, float left, float top, float right, float bottom) {
    this.firstPage = page;
    this.lastPage = page;
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
  }

  /** A cell: grid rows {@code [row, rowEnd)}, edges {@code left} and {@code right} in points. */
  static final class RawCell {
    int row;
    int rowEnd;
    final float left;
    final float right;
    String text;
    final PdfRegion region;

    RawCell(int row, int rowEnd, float left, float right, String text, PdfRegion region) {
      this.row = row;
      this.rowEnd = rowEnd;
      this.left = left;
      this.right = right;
      this.text = text;
      this.region = region;
    }

    @Override
    public String toString() {
      return "[" + row + "-" + rowEnd + " " + left + "-" + right + "] " + text;
    }
  }
}
