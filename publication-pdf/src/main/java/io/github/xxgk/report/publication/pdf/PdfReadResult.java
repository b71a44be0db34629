package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.read.ReadResult;
import java.util.Optional;

/**
 * The outcome of reading one report from a PDF: the problems of the PDF itself ({@link
 * #pdfProblems()}: not a PDF, encrypted, no text layer, unmapped fonts, limits) and, when its text
 * could be laid out, the shared matcher's reading of it ({@link #reading()}: cells with their
 * provenance, import problems, edition). The report is there only when neither has an error.
 */
public final class PdfReadResult {
  private final PdfLayout layout;
  private final ReadResult reading;

  PdfReadResult(PdfLayout layout, ReadResult reading) {
    this.layout = layout;
    this.reading = reading;
  }

  /** The report, when the PDF was read without any error; empty otherwise. */
  public Optional<AnnualReport> report() {
    return layout.hasErrors() || reading == null ? Optional.empty() : reading.report();
  }

  /** The problems of the PDF itself, in the order met; each names its page where it has one. */
  public java.util.List<Problem> pdfProblems() {
    return layout.problems();
  }

  /**
   * The matcher's reading of the laid-out text: cells, import problems, edition. Empty when the PDF
   * could not be laid out at all (not a PDF, encrypted, no text layer): its problem is then the one
   * in {@link #pdfProblems()}, not a list of every table missing.
   */
  public Optional<ReadResult> reading() {
    return Optional.ofNullable(reading);
  }

  /** The tables and paragraphs the text was laid out into. */
  public PdfLayout layout() {
    return layout;
  }

  /** Whether any problem, of the PDF or of the reading, is an error (then there is no report). */
  public boolean hasErrors() {
    return layout.hasErrors() || reading == null || reading.hasErrors();
  }
}
