package io.github.xxgk.report.publication.pdf;

/** A block of a PDF's content in reading order: a {@link PdfTable} or a {@link PdfParagraph}. */
public interface PdfBlock {
  /** Where the block starts: its first page and its box there. */
  PdfRegion region();
}
