package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.problem.Severity;

/**
 * The rules of reading a published report, with stable ids (documented in {@code
 * docs/import-rules.md}) and default severities. An ERROR means the reader could not read the
 * report exactly, and it returns no report, with one exception: {@link #IMPORT_EDITION_2019} is an
 * ERROR about the report (the wrong template for its year), not about the reading, so a report on
 * the 2019 template whose 200 cells were all resolved is returned with it (see {@link
 * #withholdsReport()}).
 */
public enum ImportRule {
  /** The input could not be read at all (empty, or too large). */
  IMPORT_INPUT("IMPORT-INPUT", Severity.ERROR),
  /** Bytes that are not valid in the detected encoding were replaced. */
  IMPORT_ENCODING("IMPORT-ENCODING", Severity.WARNING),
  /** A table of the form was not found. */
  IMPORT_TABLE_MISSING("IMPORT-TABLE-MISSING", Severity.ERROR),
  /** A row of the form was not found while other rows of the page could not be identified. */
  IMPORT_ROW_MISSING("IMPORT-ROW-MISSING", Severity.ERROR),
  /** A row of the form is absent from a table that was otherwise read; its cells are blank. */
  IMPORT_ROW_ABSENT("IMPORT-ROW-ABSENT", Severity.WARNING),
  /** A row has a different number of value cells than the form gives it. */
  IMPORT_ROW_SHAPE("IMPORT-ROW-SHAPE", Severity.ERROR),
  /** A row of the form appears twice with different numbers. */
  IMPORT_ROW_DUPLICATE("IMPORT-ROW-DUPLICATE", Severity.ERROR),
  /** A row of the form appears twice with the same numbers; the second is ignored. */
  IMPORT_ROW_REPEATED("IMPORT-ROW-REPEATED", Severity.INFO),
  /** A row with numbers whose caption is not one of the form's. */
  IMPORT_ROW_UNKNOWN("IMPORT-ROW-UNKNOWN", Severity.WARNING),
  /**
   * A caption was recognised through a listed wording variant, or through a near spelling (a slip
   * of a character or few, nearer to one caption of the form than to anything else it prints),
   * rather than the official text.
   */
  IMPORT_LABEL_VARIANT("IMPORT-LABEL-VARIANT", Severity.INFO),
  /** A row's caption is as near to two captions of the form; the row was not read. */
  IMPORT_LABEL_AMBIGUOUS("IMPORT-LABEL-AMBIGUOUS", Severity.ERROR),
  /** A column header of table 二 is not one of the form's; its cells were read by position. */
  IMPORT_HEADER_UNKNOWN("IMPORT-HEADER-UNKNOWN", Severity.WARNING),
  /**
   * The column header of a table could not be read (mangled by a converter, or not printed); its
   * value columns were taken in the form's order, since each row has exactly as many cells.
   */
  IMPORT_HEADER_POSITIONAL("IMPORT-HEADER-POSITIONAL", Severity.INFO),
  /**
   * The column header of a table names columns in an order other than the form's and cannot be read
   * whole; no row of the table is read.
   */
  IMPORT_HEADER_CONTRADICTS("IMPORT-HEADER-CONTRADICTS", Severity.ERROR),
  /**
   * The tables were printed with their cells run together (a text extraction without separators);
   * rows were read where their values could be split exactly.
   */
  IMPORT_TABLES_RUN_TOGETHER("IMPORT-TABLES-RUN-TOGETHER", Severity.INFO),
  /** A row's values are run together in a way that cannot be split into its cells exactly. */
  IMPORT_CELLS_RUN_TOGETHER("IMPORT-CELLS-RUN-TOGETHER", Severity.ERROR),
  /** A value cell holds text that is not a number. */
  IMPORT_CELL_UNREADABLE("IMPORT-CELL-UNREADABLE", Severity.ERROR),
  /** A non-zero number spans several rows of the form and cannot be split between them. */
  IMPORT_CELL_SPAN("IMPORT-CELL-SPAN", Severity.ERROR),
  /** A number was printed with a note or unit ("22（其中修订16件）"); the number was kept. */
  IMPORT_CELL_NOTE("IMPORT-CELL-NOTE", Severity.INFO),
  /** A count cell holds a fraction or a number too large for a count. */
  IMPORT_CELL_NOT_COUNT("IMPORT-CELL-NOT-COUNT", Severity.ERROR),
  /** The fee has more decimals than 万元 needs: it may be in yuan. */
  IMPORT_FEE_PRECISION("IMPORT-FEE-PRECISION", Severity.WARNING),
  /** The report is printed (in part) on the 2019 trial template. */
  IMPORT_EDITION_2019("IMPORT-EDITION-2019", Severity.ERROR, false),
  /** More problems were found than are listed; the page is no report that can be read. */
  IMPORT_PROBLEMS_TRUNCATED("IMPORT-PROBLEMS-TRUNCATED", Severity.ERROR),
  /** The organ could not be found in the title or signature. */
  IMPORT_ORGAN_MISSING("IMPORT-ORGAN-MISSING", Severity.ERROR),
  /** The year could not be found in the title or preface. */
  IMPORT_YEAR_MISSING("IMPORT-YEAR-MISSING", Severity.ERROR),
  /** The kind of organ was inferred from its name. */
  IMPORT_ORGAN_KIND("IMPORT-ORGAN-KIND", Severity.INFO),
  /** A narrative section (一、五、六) was not found; it is left absent. */
  IMPORT_NARRATIVE_MISSING("IMPORT-NARRATIVE-MISSING", Severity.WARNING);

  private final String id;
  private final Severity severity;
  private final boolean withholdsReport;

  ImportRule(String id, Severity severity) {
    this(id, severity, true);
  }

  ImportRule(String id, Severity severity, boolean withholdsReport) {
    this.id = id;
    this.severity = severity;
    this.withholdsReport = withholdsReport;
  }

  /** The stable id, e.g. {@code IMPORT-ROW-SHAPE}. */
  public String id() {
    return id;
  }

  /** The severity unless a problem states its own (IMPORT-EDITION-2019 before 2021). */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether an ERROR of this rule means that no report is returned. False only for {@link
   * #IMPORT_EDITION_2019}: the cells the 2019 template prints are read exactly and those it lacks
   * are marked blank, so the report is returned, the ERROR kept beside it for the validator's
   * findings.
   */
  public boolean withholdsReport() {
    return withholdsReport;
  }
}
