package io.github.xxgk.report.publication.pdf;

import java.util.Collections;
import java.util.List;

/**
 * A paragraph of text outside tables. Its lines are kept as printed; a paragraph that goes on over
 * a page break is one paragraph. A line whose words stand far apart (columns aligned by position, a
 * table without ruling lines) has a tab between them.
 */
public final class PdfParagraph implements PdfBlock {
  private final List<String> lines;
  private final PdfRegion region;

  PdfParagraph(List<String> lines, PdfRegion region) {
    this.lines = Collections.unmodifiableList(lines);
    this.region = region;
  }

  /** The printed lines, in order, none empty. */
  public List<String> lines() {
    return lines;
  }

  /**
   * The paragraph's text: its lines joined without a separator, as a paragraph wrapped by the
   * printer was written (Chinese text has no spaces between lines).
   */
  public String text() {
    return String.join("", lines);
  }

  @Override
  public PdfRegion region() {
    return region;
  }

  @Override
  public String toString() {
    return "P " + region + " " + String.join(" | ", lines);
  }
}
