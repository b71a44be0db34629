package io.github.xxgk.report.publication.read;

/** The kind of source a published report was read from, detected from its content. */
public enum SourceFormat {
  /** An HTML page (a whole portal page or a fragment). */
  HTML,
  /** Plain text: a copied page, tab-separated rows, or Markdown as converters write it. */
  TEXT,
  /** A PDF's text layer, laid out by the {@code publication-pdf} module. */
  PDF
}
