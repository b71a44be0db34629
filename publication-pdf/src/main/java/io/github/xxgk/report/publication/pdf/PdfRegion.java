package io.github.xxgk.report.publication.pdf;

import java.util.Locale;

/**
 * Where something was printed: a page (1-based) and a box on it in points, measured from the page's
 * top-left corner as it is displayed (after the page's rotation). The location every value and
 * problem read from a PDF points back to.
 */
public final class PdfRegion {
  private final int page;
  private final float left;
  private final float top;
  private final float right;
  private final float bottom;

  PdfRegion(int page, float left, float top, float right, float bottom) {
    this.page = page;
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
  }

  /** The page, counted from 1. */
  public int page() {
    return page;
  }

  /** The box's left edge in points from the page's left edge. */
  public float left() {
    return left;
  }

  /** The box's top edge in points from the page's top edge. */
  public float top() {
    return top;
  }

  /** The box's right edge in points from the page's left edge. */
  public float right() {
    return right;
  }

  /** The box's bottom edge in points from the page's top edge. */
  public float bottom() {
    return bottom;
  }

  /** For example {@code page 3 (72, 140)-(523, 161)}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "page %d (%.0f, %.0f)-(%.0f, %.0f)", page, left, top, right, bottom);
  }
}
