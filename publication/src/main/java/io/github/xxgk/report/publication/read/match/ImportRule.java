package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.problem.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of reading a published report: codes of the {@link Catalogue} at the {@link
 * Stage#IMPORT} stage, with stable ids (documented in {@code docs/rules.md}), default severities,
 * and titles, bases and messages in the UTF-8 bundle {@code ImportMessages_zh/_en.properties}. An
 * ERROR means the reader could not read the report exactly, and it returns no report, with one
 * exception: {@link #IMPORT_EDITION_2019} is an ERROR about the report (the wrong template for its
 * year), not about the reading, so a report on the 2019 template whose 200 cells were all resolved
 * is returned with it (see {@link #withholdsReport()}).
 */
public enum ImportRule implements Code {
  /** The input goes on beyond the most that is read of its format; it is not read at all. */
  IMPORT_INPUT("IMPORT-INPUT", Severity.ERROR, 2),
  /** Bytes that are not valid in the detected encoding were replaced. */
  IMPORT_ENCODING("IMPORT-ENCODING", Severity.WARNING, 2),
  /** A table of the form was not found. */
  IMPORT_TABLE_MISSING("IMPORT-TABLE-MISSING", Severity.ERROR, 1),
  /**
   * The page holds none of the form's tables and links the report as an attachment (a PDF, Word or
   * WPS file): the file is to be read instead.
   */
  IMPORT_ATTACHMENT("IMPORT-ATTACHMENT", Severity.ERROR, 2),
  /** A table of the form is printed as an image, which cannot be read. */
  IMPORT_TABLE_IMAGE("IMPORT-TABLE-IMAGE", Severity.ERROR, 3),
  /**
   * The report is split over several pages and a table of the form is not on this one; the page
   * links the next part.
   */
  IMPORT_PAGE_PART("IMPORT-PAGE-PART", Severity.ERROR, 5),
  /** The page holds none of the form's tables and shows its article from another address. */
  IMPORT_CONTENT_FRAME("IMPORT-CONTENT-FRAME", Severity.ERROR, 1),
  /**
   * The page holds none of the form's tables and a script of the page holds the report's text: a
   * browser shows the article from the script's data, which the reader does not run.
   */
  IMPORT_CONTENT_SCRIPT("IMPORT-CONTENT-SCRIPT", Severity.ERROR, 0),
  /** A row of the form was not found while other rows of the page could not be identified. */
  IMPORT_ROW_MISSING("IMPORT-ROW-MISSING", Severity.ERROR, 1),
  /** A row of the form is absent from a table that was otherwise read; its cells are blank. */
  IMPORT_ROW_ABSENT("IMPORT-ROW-ABSENT", Severity.WARNING, 1),
  /**
   * A table of the form stops short: the rows after the last it prints are several, or no later
   * table follows (a copy cut off inside the table); they are not read as absent.
   */
  IMPORT_TABLE_CUT("IMPORT-TABLE-CUT", Severity.ERROR, 3),
  /** A row has a different number of value cells than the form gives it. */
  IMPORT_ROW_SHAPE("IMPORT-ROW-SHAPE", Severity.ERROR, 3),
  /** A row of the form appears twice with different numbers. */
  IMPORT_ROW_DUPLICATE("IMPORT-ROW-DUPLICATE", Severity.ERROR, 1),
  /** A row of the form appears twice with the same numbers; the second is ignored. */
  IMPORT_ROW_REPEATED("IMPORT-ROW-REPEATED", Severity.INFO, 1),
  /** A row with numbers whose caption is not one of the form's. */
  IMPORT_ROW_UNKNOWN("IMPORT-ROW-UNKNOWN", Severity.WARNING, 1),
  /**
   * A caption was recognised through a listed wording variant, or through a near spelling (a slip
   * of a character or few, nearer to one caption of the form than to anything else it prints),
   * rather than the official text.
   */
  IMPORT_LABEL_VARIANT("IMPORT-LABEL-VARIANT", Severity.INFO, 2),
  /** A row's caption is as near to two captions of the form; the row was not read. */
  IMPORT_LABEL_AMBIGUOUS("IMPORT-LABEL-AMBIGUOUS", Severity.ERROR, 3),
  /** A column header of table 二 is not one of the form's; its cells were read by position. */
  IMPORT_HEADER_UNKNOWN("IMPORT-HEADER-UNKNOWN", Severity.WARNING, 1),
  /**
   * The column header of a table could not be read (mangled by a converter, or not printed); its
   * value columns were taken in the form's order, since each row has exactly as many cells.
   */
  IMPORT_HEADER_POSITIONAL("IMPORT-HEADER-POSITIONAL", Severity.INFO, 1),
  /**
   * The column header of a table names columns in an order other than the form's and cannot be read
   * whole; no row of the table is read.
   */
  IMPORT_HEADER_CONTRADICTS("IMPORT-HEADER-CONTRADICTS", Severity.ERROR, 1),
  /**
   * The tables were printed with their cells run together (a text extraction without separators);
   * rows were read where their values could be split exactly.
   */
  IMPORT_TABLES_RUN_TOGETHER("IMPORT-TABLES-RUN-TOGETHER", Severity.INFO, 0),
  /**
   * A row's values (or table 四's run of its three groups) are run together in a way that cannot be
   * split into its cells exactly; the one problem of the row, which is missing, never absent.
   */
  IMPORT_CELLS_RUN_TOGETHER("IMPORT-CELLS-RUN-TOGETHER", Severity.ERROR, 4),
  /**
   * A row without totals to check it (table 二's 规章 and 行政规范性文件) was read one digit a cell from a
   * run of exactly as many digits ("417" as 4, 1, 7), which a blank cell beside a number of two
   * digits would print too (4, a blank cell, 17): read, but not certain.
   */
  IMPORT_CELLS_DIGIT_EACH("IMPORT-CELLS-DIGIT-EACH", Severity.WARNING, 3),
  /** A value cell holds text that is not a number. */
  IMPORT_CELL_UNREADABLE("IMPORT-CELL-UNREADABLE", Severity.ERROR, 1),
  /** A non-zero number spans several rows of the form and cannot be split between them. */
  IMPORT_CELL_SPAN("IMPORT-CELL-SPAN", Severity.ERROR, 1),
  /** A number was printed with a note or unit ("22（其中修订16件）"); the number was kept. */
  IMPORT_CELL_NOTE("IMPORT-CELL-NOTE", Severity.INFO, 2),
  /** A count cell holds a fraction or a number too large for a count. */
  IMPORT_CELL_NOT_COUNT("IMPORT-CELL-NOT-COUNT", Severity.ERROR, 1),
  /** The fee has more decimals than 万元 needs: it may be in yuan. */
  IMPORT_FEE_PRECISION("IMPORT-FEE-PRECISION", Severity.WARNING, 1),
  /** Table 二's fee column is headed in yuan (元), not the form's 万元: its amount is not read. */
  IMPORT_FEE_YUAN("IMPORT-FEE-YUAN", Severity.ERROR, 1),
  /** The report is printed (in part) on the 2019 trial template. */
  IMPORT_EDITION_2019("IMPORT-EDITION-2019", Severity.ERROR, 0),
  /** More problems were found than are listed; the page is no report that can be read. */
  IMPORT_PROBLEMS_TRUNCATED("IMPORT-PROBLEMS-TRUNCATED", Severity.ERROR, 1),
  /** The organ could not be found in the title or signature. */
  IMPORT_ORGAN_MISSING("IMPORT-ORGAN-MISSING", Severity.ERROR, 0),
  /** The year could not be found in the title or preface. */
  IMPORT_YEAR_MISSING("IMPORT-YEAR-MISSING", Severity.ERROR, 0),
  /** The kind of organ was inferred from its name. */
  IMPORT_ORGAN_KIND("IMPORT-ORGAN-KIND", Severity.INFO, 2),
  /**
   * The signature (落款) names another organ than the title, and not the title's with more of its
   * name before it; the title's is taken.
   */
  IMPORT_ORGAN_SIGNATURE("IMPORT-ORGAN-SIGNATURE", Severity.WARNING, 2),
  /** A narrative section (一、五、六) was not found; it is left absent. */
  IMPORT_NARRATIVE_MISSING("IMPORT-NARRATIVE-MISSING", Severity.WARNING, 1),
  /**
   * The page prints the portal's posting date above the report ("发布时间：…", or in a metadata table)
   * or gives it in its metadata ({@code <meta name="PubDate">}), and it is not the date signed at
   * the end (or the signature prints none); {@code publishedOn} stays the date signed, and the
   * message says whether the posting date is past article 49's deadline.
   */
  IMPORT_POSTED_ON("IMPORT-POSTED-ON", Severity.INFO, 7);

  /** Where {@link #IMPORT_CELLS_RUN_TOGETHER}'s run was read: between two rows' captions. */
  static final int RUN_OF_ROW = 0;

  /** Where its run was read: after the caption of its table's last row. */
  static final int RUN_OF_LAST_ROW = 1;

  /** Where its run was read: after table 四's header, its three groups' values in one run. */
  static final int RUN_OF_GROUPS = 2;

  private static final MessageBundle MESSAGES =
      MessageBundle.of(ImportRule.class, "ImportMessages");

  private final String id;
  private final Severity severity;
  private final int arguments;

  ImportRule(String id, Severity severity, int arguments) {
    this.id = id;
    this.severity = severity;
    this.arguments = arguments;
  }

  /** The stable id, e.g. {@code IMPORT-ROW-SHAPE}. */
  @Override
  public String id() {
    return id;
  }

  /** {@link Stage#IMPORT}: every rule of reading a published page, copied text or PDF. */
  @Override
  public Stage stage() {
    return Stage.IMPORT;
  }

  /** The severity unless a problem states its own (IMPORT-EDITION-2019 before 2021). */
  @Override
  public Severity severity() {
    return severity;
  }

  /** The bundle of the titles, bases and messages. */
  @Override
  public MessageBundle bundle() {
    return MESSAGES;
  }

  /**
   * Whether an ERROR of this rule means that no report is returned. False only for {@link
   * #IMPORT_EDITION_2019}: the cells the 2019 template prints are read exactly and those it lacks
   * are marked blank, so the report is returned, the ERROR kept beside it for the validator's
   * findings.
   */
  @Override
  public boolean withholdsReport() {
    return this != IMPORT_EDITION_2019;
  }

  /** How many arguments the rule's message takes: {@code {0}} to {@code {n-1}}, each used. */
  int arguments() {
    return arguments;
  }

  /**
   * A problem of this rule with its default severity.
   *
   * @param at where in the source: the problem's line and column, none when {@link
   *     SourcePosition#UNKNOWN}
   * @param pointer the cell or part of the report concerned, as a JSON Pointer; empty for the whole
   *     report
   * @param arguments the message's arguments in order: data, never part of the pattern
   */
  public Problem problem(SourcePosition at, String pointer, Object... arguments) {
    return builder(at, pointer, arguments).build();
  }

  /** A problem being built, for one whose severity is not the rule's default. */
  Problem.Builder builder(SourcePosition at, String pointer, Object... arguments) {
    // every caller passes its rule's arguments; the tests run with assertions on
    assert arguments.length == this.arguments : id + " takes " + this.arguments + " arguments";
    Problem.Builder problem = Problem.of(this).at(pointer).arguments(arguments);
    return at.isKnown() ? problem.line(at.line(), at.column()) : problem;
  }

  /** Registers the rules of reading in the {@link Catalogue}. */
  public static final class Provider implements Catalogue.Provider {
    /** Called by {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public List<? extends Code> codes() {
      return Arrays.asList(values());
    }
  }
}
