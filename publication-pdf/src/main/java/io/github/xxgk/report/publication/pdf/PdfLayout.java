package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a PDF's text layer holds, laid out: its tables and paragraphs in reading order, and the
 * problems met while reading it. Never a partial result without a problem: a page, font or file
 * that could not be read exactly has an {@link Severity#ERROR} here.
 */
public final class PdfLayout {
  private final int pages;
  private final List<PdfBlock> blocks;
  private final List<Problem> problems;

  PdfLayout(int pages, List<PdfBlock> blocks, List<Problem> problems) {
    this.pages = pages;
    this.blocks = Collections.unmodifiableList(new ArrayList<>(blocks));
    this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
  }

  /** The number of pages in the file (0 when it could not be opened). */
  public int pages() {
    return pages;
  }

  /** The tables and paragraphs, in reading order. */
  public List<PdfBlock> blocks() {
    return blocks;
  }

  /** The tables only, in reading order. */
  public List<PdfTable> tables() {
    List<PdfTable> tables = new ArrayList<>();
    for (PdfBlock block : blocks) {
      if (block instanceof PdfTable) {
        tables.add((PdfTable) block);
      }
    }
    return tables;
  }

  /** The problems, in the order met. */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether any problem is an error, so that the layout must not be trusted as complete. */
  public boolean hasErrors() {
    return Verdict.of(problems) != Verdict.VALID;
  }
}
