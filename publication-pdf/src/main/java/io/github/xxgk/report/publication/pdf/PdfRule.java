package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.problem.Severity;

/**
 * The rules of reading a PDF. Ids are stable and never reused. Each problem that ends the reading
 * of a file or a page is an {@link Severity#ERROR}: the report is then not returned, or returned
 * only with the problem beside the cells it could not read.
 */
public enum PdfRule {
  /** No page has a text layer: the report is an image (scanned) and OCR is not supported. */
  NO_TEXT_LAYER("PDF-NO-TEXT-LAYER", Severity.ERROR),
  /** A font on the page has glyphs without a usable Unicode mapping; its text is not trusted. */
  FONT_UNMAPPED("PDF-FONT-UNMAPPED", Severity.ERROR),
  /** The file is encrypted and cannot be opened without a password. */
  ENCRYPTED("PDF-ENCRYPTED", Severity.ERROR),
  /** The file is not a PDF, or its structure is broken beyond what the parser can repair. */
  UNREADABLE("PDF-UNREADABLE", Severity.ERROR),
  /** The content of one page could not be read; the other pages were. */
  PAGE_UNREADABLE("PDF-PAGE-UNREADABLE", Severity.ERROR),
  /** A limit on size, pages or glyphs was reached; what lies beyond it was not read. */
  LIMIT("PDF-LIMIT", Severity.ERROR);

  private final String id;
  private final Severity severity;

  PdfRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The stable id. */
  public String id() {
    return id;
  }

  /** The severity of a problem under this rule. */
  public Severity severity() {
    return severity;
  }
}
