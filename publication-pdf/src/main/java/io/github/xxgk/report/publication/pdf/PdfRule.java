package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of reading a PDF: codes of the {@link Catalogue} at the {@link Stage#IMPORT} stage,
 * with titles, bases and messages in the UTF-8 bundle {@code Messages_zh/_en.properties}. Ids are
 * stable and never reused. Each problem that ends the reading of a file or a page is an {@link
 * Severity#ERROR}: the report is then not returned, or returned only with the problem beside the
 * cells it could not read.
 *
 * <p>A problem's message takes the page as its argument {@code {0}} (0 for the whole file, which
 * then has no {@link Problem#page()}), then the rule's own arguments.
 */
public enum PdfRule implements Code {
  /** No page has a text layer: the report is an image (scanned) and OCR is not supported. */
  NO_TEXT_LAYER("PDF-NO-TEXT-LAYER", Severity.ERROR, 0),
  /** A font on the page has glyphs without a usable Unicode mapping; its text is not trusted. */
  FONT_UNMAPPED("PDF-FONT-UNMAPPED", Severity.ERROR, 2),
  /**
   * Text on the page is invisible (drawn neither filled nor stroked): the text layer OCR lays over
   * a scanned image, whose characters are a program's guesses, or hidden text. It is not read.
   */
  TEXT_INVISIBLE("PDF-TEXT-INVISIBLE", Severity.ERROR, 1),
  /** The file is encrypted and cannot be opened without a password. */
  ENCRYPTED("PDF-ENCRYPTED", Severity.ERROR, 0),
  /** The file is not a PDF, or its structure is broken beyond what the parser can repair. */
  UNREADABLE("PDF-UNREADABLE", Severity.ERROR, 0),
  /** The content of one page could not be read; the other pages were. */
  PAGE_UNREADABLE("PDF-PAGE-UNREADABLE", Severity.ERROR, 0),
  /**
   * A ruled table runs past the page's printed area (a browser clips a table wider than the paper):
   * the columns beyond the edge are not printed, so the table is not read.
   */
  TABLE_CLIPPED("PDF-TABLE-CLIPPED", Severity.ERROR, 0),
  /**
   * A limit on size, pages or glyphs was reached; what lies beyond it was not read. Its messages
   * are variants, by the limit: the limit is the argument, and the pages variant adds the count.
   */
  LIMIT("PDF-LIMIT", Severity.ERROR, 1);

  private static final MessageBundle MESSAGES = MessageBundle.of(PdfRule.class, "Messages");

  /** The variant of {@link #LIMIT} that also takes the number of pages the file has. */
  static final String PAGES = "pages";

  private final String id;
  private final Severity severity;
  private final int arguments;

  PdfRule(String id, Severity severity, int arguments) {
    this.id = id;
    this.severity = severity;
    this.arguments = arguments;
  }

  /** The stable id. */
  @Override
  public String id() {
    return id;
  }

  /** {@link Stage#IMPORT}: the PDF is read before its report can be. */
  @Override
  public Stage stage() {
    return Stage.IMPORT;
  }

  /** The severity of a problem under this rule. */
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
   * How many arguments a message of this rule takes after the page: the limit for every variant of
   * {@link #LIMIT}, and for {@link #PAGES} the count of pages too.
   */
  int arguments(String variant) {
    return PAGES.equals(variant) ? arguments + 1 : arguments;
  }

  /** A problem on a page (from 1), or on the whole file (page 0). */
  Problem problem(int page, Object... arguments) {
    return problem(null, page, arguments);
  }

  /** A problem whose message is one of the rule's variants ({@code PDF-LIMIT.pages}). */
  Problem problem(String variant, int page, Object... arguments) {
    // every caller passes its message's arguments; the tests run with assertions on
    assert arguments.length == arguments(variant)
        : id + "." + variant + " takes " + arguments(variant);
    Object[] withPage = new Object[arguments.length + 1];
    withPage[0] = page;
    System.arraycopy(arguments, 0, withPage, 1, arguments.length);
    Problem.Builder problem = Problem.of(this).arguments(withPage);
    if (variant != null) {
      problem.variant(variant);
    }
    return page > 0 ? problem.page(page).build() : problem.build();
  }

  /** Registers the rules of reading a PDF in the {@link Catalogue}. */
  public static final class Provider implements Catalogue.Provider {
    /** Called by {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public List<? extends Code> codes() {
      return Arrays.asList(values());
    }
  }
}
