package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Verdict;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.ImportRule;
import io.github.xxgk.report.publication.read.match.Match;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of reading one published report: the {@link AnnualReport} when every one of the 200
 * cells and the organ and year were read without an error that withholds the report (every ERROR
 * but IMPORT-EDITION-2019, see {@link ImportRule#withholdsReport()}); the problems (an ERROR among
 * them whenever there is no report); the edition of the form detected; and for every cell read, its
 * value, mark and provenance, even when there is no report.
 */
public final class ReadResult {
  private final AnnualReport report;
  private final List<Problem> problems;
  private final Match match;
  private final SourceFormat format;
  private final Charset charset;

  ReadResult(
      AnnualReport report,
      List<Problem> problems,
      Match match,
      SourceFormat format,
      Charset charset) {
    this.report = report;
    this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    this.match = match;
    this.format = format;
    this.charset = charset;
  }

  /**
   * The report, when it was read exactly; empty when an ERROR that withholds the report was found.
   * A report on the 2019 template comes with its IMPORT-EDITION-2019 problem, an ERROR for a year
   * of 2021 or later: check {@link #hasErrors()} as well.
   */
  public Optional<AnnualReport> report() {
    return Optional.ofNullable(report);
  }

  /** Every problem found, in the order found: decoding, tables, metadata, narratives. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Whether any problem is an ERROR: then there is no report, unless the only errors are
   * IMPORT-EDITION-2019 (a report on the wrong template, read exactly).
   */
  public boolean hasErrors() {
    return Verdict.of(problems) != Verdict.VALID;
  }

  /** The edition of the form the tables were printed on. */
  public Edition edition() {
    return match.edition();
  }

  /** The cells read, keyed by the catalogue's cells, each with value, mark and source position. */
  public Map<Cell, ReadCell> cells() {
    return match.cells();
  }

  /** Everything the matcher found: metadata and narratives too, also when there is no report. */
  public Match match() {
    return match;
  }

  /**
   * The JSON Pointers of the cells printed blank, in catalogue order: the contract's {@code
   * blankCells}.
   */
  public List<String> blankCells() {
    return marked(CellMark.BLANK);
  }

  /**
   * The JSON Pointers of the cells printed as not applicable: the contract's {@code
   * notApplicableCells}.
   */
  public List<String> notApplicableCells() {
    return marked(CellMark.NOT_APPLICABLE);
  }

  private List<String> marked(CellMark mark) {
    List<String> pointers = new ArrayList<>();
    for (Cell cell : io.github.xxgk.report.form.FormCells.all()) {
      ReadCell read = match.cells().get(cell);
      if (read != null && read.mark().filter(mark::equals).isPresent()) {
        pointers.add(cell.pointer());
      }
    }
    return Collections.unmodifiableList(pointers);
  }

  /** The format detected from the content. */
  public SourceFormat format() {
    return format;
  }

  /** The encoding the bytes were decoded with (UTF-8 when the source was given as text). */
  public Charset charset() {
    return charset;
  }
}
