package io.github.xxgk.report.problem;

/**
 * Where on its way from an input to a validated report a problem was found. The stages are in the
 * order an input passes them; {@link Catalogue#all()} lists codes in this order.
 */
public enum Stage {
  /** The input could not be read as a file: missing, unreadable, not of a format the tool reads. */
  FILE,
  /** Reading the JSON contract: syntax, types, unknown fields, limits. */
  JSON,
  /** Reading a published report: an HTML page, copied text or a PDF. */
  IMPORT,
  /** The rules on a report that was read: the form's arithmetic, metadata, deadlines, narrative. */
  VALIDATION
}
