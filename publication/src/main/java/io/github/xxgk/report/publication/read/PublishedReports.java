package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.html.HtmlProducer;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.FormMatcher;
import io.github.xxgk.report.publication.read.match.ImportRule;
import io.github.xxgk.report.publication.read.match.Match;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.text.TextProducer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads published reports: an HTML page (a whole portal page, the article found among its
 * navigation by the form's captions) or plain text (a copied page, tab-separated rows or Markdown
 * tables), the format and the encoding detected from the content.
 *
 * <pre>{@code
 * ReadResult result = PublishedReports.read(Files.readAllBytes(path));
 * result.problems().forEach(System.out::println);   // ERROR IMPORT-ROW-SHAPE at /... (12:5): ...
 * result.report().ifPresent(report -> ...);   // present only when read exactly
 * }</pre>
 *
 * <p>Reading never throws for bad content: every fault is a {@link Problem} of an {@link
 * ImportRule}.
 *
 * <p><b>Limits</b> (an {@code IMPORT-INPUT} problem, located where the limit was reached, and no
 * report): {@value #MAX_BYTES} bytes of an HTML page and {@value #MAX_TEXT_BYTES} bytes of plain
 * text; for a source given already decoded, as many characters. The format is told from the first
 * bytes, so a stream of endless text is read no further than {@value #MAX_TEXT_BYTES} bytes (plus
 * one buffer). The largest portal page among the real reports is 291 KB and the largest copied text
 * 9 KB; parsing a page with positions takes about 14 bytes of heap per byte of markup.
 */
public final class PublishedReports {
  /**
   * The most bytes of an HTML page read: 16 MiB, as much as the JSON reader reads of a document.
   */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /** The most bytes of plain text read: 4 MiB, some 400 times a copied report. */
  public static final int MAX_TEXT_BYTES = 4 * 1024 * 1024;

  /** How much of the start tells the format. */
  private static final int HEAD = 4096;

  private PublishedReports() {}

  /**
   * Reads a file, up to its format's limit.
   *
   * @throws IOException if the file cannot be read
   */
  public static ReadResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a stream to its end, or up to its format's limit ({@value #MAX_TEXT_BYTES} bytes of text,
   * {@value #MAX_BYTES} of HTML), and no further.
   *
   * @throws IOException if reading fails
   */
  public static ReadResult read(InputStream in) throws IOException {
    byte[] buffer = new byte[65536];
    int length = 0;
    int limit = MAX_TEXT_BYTES;
    boolean formatKnown = false;
    while (true) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, limit + 1L));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      if (length > MAX_TEXT_BYTES && !formatKnown) {
        formatKnown = true;
        limit = limit(format(buffer, length));
      }
      if (length > limit) {
        return refused(Decoding.prefix(buffer, limit), format(buffer, length), limit);
      }
    }
    return read(buffer, length);
  }

  /** Reads a source from its bytes, detecting encoding and format. */
  public static ReadResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return read(bytes, bytes.length);
  }

  private static ReadResult read(byte[] bytes, int length) {
    if (length > MAX_TEXT_BYTES) {
      SourceFormat format = format(bytes, length);
      if (length > limit(format)) {
        return refused(Decoding.prefix(bytes, limit(format)), format, limit(format));
      }
    }
    SourceDocument page = utf8Page(bytes, length);
    if (page != null) {
      return result(
          FormMatcher.match(page), new ArrayList<>(), SourceFormat.HTML, StandardCharsets.UTF_8);
    }
    Decoding decoding = Decoding.of(bytes, length);
    List<Problem> problems = new ArrayList<>();
    if (decoding.replaced > 0) {
      problems.add(
          ImportRule.IMPORT_ENCODING.problem(
              SourcePosition.UNKNOWN, "", decoding.charset.name(), decoding.replaced));
    }
    return read(decoding.text, decoding.charset, problems);
  }

  /**
   * An HTML page of UTF-8 without a byte-order mark (nearly every page), parsed as its bytes are
   * decoded; null when the source is something else or turns out not to be UTF-8, and is read as
   * any other source. The same document as {@link HtmlProducer#read(String)} of {@link Decoding}'s
   * text, without the text of the whole page, which cost a read more time and memory than anything
   * but the parse itself.
   */
  private static SourceDocument utf8Page(byte[] bytes, int length) {
    if (!mayOpenWithMarkup(bytes, length) || format(bytes, length) != SourceFormat.HTML) {
      return null;
    }
    try {
      return HtmlProducer.read(new StrictUtf8Reader(bytes, length));
    } catch (UncheckedIOException notUtf8) {
      if (notUtf8.getCause() instanceof CharacterCodingException) {
        return null;
      }
      throw notUtf8;
    }
  }

  /**
   * Whether the bytes may open with markup as {@link #detect} requires: their first byte after
   * ASCII white space is {@code <}, or leads a UTF-8 character of U+1000–U+3FFF, where the white
   * space of other scripts is (U+1680, U+2000–U+205F, U+3000), and the exact test decides. Copied
   * text, which opens with a word (a Chinese title: U+4E00 and beyond), is told from its first
   * bytes, without decoding its head a second time. A byte-order mark (EF, FE, FF) is none of
   * these: such a source is decoded by {@link Decoding}, which reads the mark.
   */
  private static boolean mayOpenWithMarkup(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xff;
      if (b == '<' || b >= 0xe1 && b <= 0xe3) {
        return true;
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return false;
  }

  /** The most read of a format: {@value #MAX_BYTES} of HTML, {@value #MAX_TEXT_BYTES} of text. */
  private static int limit(SourceFormat format) {
    return format == SourceFormat.HTML ? MAX_BYTES : MAX_TEXT_BYTES;
  }

  /** The format the first bytes show. */
  private static SourceFormat format(byte[] bytes, int length) {
    return detect(Decoding.prefix(bytes, Math.min(length, HEAD)).text);
  }

  /**
   * Reads a source already decoded, detecting its format; at most {@value #MAX_BYTES} characters of
   * HTML or {@value #MAX_TEXT_BYTES} of text.
   */
  public static ReadResult read(String text) {
    SourceFormat format = detect(text);
    if (text.length() > limit(format)) {
      return refused(
          text.substring(0, limit(format)), StandardCharsets.UTF_8, format, limit(format));
    }
    return read(text, StandardCharsets.UTF_8, new ArrayList<>());
  }

  /** Reads a document of the intermediate form, whatever produced it (e.g. a PDF producer). */
  public static ReadResult read(SourceDocument document, SourceFormat format, Charset charset) {
    return result(FormMatcher.match(document), new ArrayList<>(), format, charset);
  }

  private static ReadResult read(String text, Charset charset, List<Problem> problems) {
    SourceFormat format = detect(text);
    SourceDocument document =
        format == SourceFormat.HTML ? HtmlProducer.read(text) : TextProducer.read(text);
    return result(FormMatcher.match(document), problems, format, charset);
  }

  /** HTML when the text starts, after spaces and a byte-order mark, with markup; else text. */
  static SourceFormat detect(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\ufeff')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '<') {
      String head = text.substring(i, Math.min(text.length(), i + 1024)).toLowerCase(Locale.ROOT);
      if (head.startsWith("<!doctype")
          || head.startsWith("<html")
          || head.startsWith("<?xml")
          || head.startsWith("<!--")
          || head.contains("<body")
          || head.contains("<head")
          || head.contains("<table")
          || head.contains("<p")
          || head.contains("<div")
          || head.contains("<meta")) {
        return SourceFormat.HTML;
      }
    }
    return SourceFormat.TEXT;
  }

  private static ReadResult result(
      Match match, List<Problem> problems, SourceFormat format, Charset charset) {
    problems.addAll(match.problems());
    AnnualReport report = null;
    boolean errors = false;
    for (Problem problem : problems) {
      errors |= problem.withholdsReport();
    }
    if (!errors
        && match.cells().size() == FormCells.SIZE
        && match.organ().isPresent()
        && match.year().isPresent()) {
      report = report(match);
    }
    return new ReadResult(report, problems, match, format, charset);
  }

  private static AnnualReport report(Match match) {
    CellGrid grid = new CellGrid();
    AnnualReport.Builder builder =
        AnnualReport.builder().organ(match.organ().get()).year(match.year().get());
    for (ReadCell cell : match.cells().values()) {
      if (cell.cell().isMoney()) {
        grid.set(cell.cell(), cell.value());
      } else {
        grid.set(cell.cell(), cell.value().intValueExact());
      }
      CellMark mark = cell.mark().orElse(null);
      if (mark == CellMark.BLANK) {
        builder.addBlankCells(cell.cell());
      } else if (mark == CellMark.NOT_APPLICABLE) {
        builder.addNotApplicableCells(cell.cell());
      }
    }
    match.organKind().ifPresent(builder::organKind);
    match.publishedOn().ifPresent(builder::publishedOn);
    match.narrative(NarrativeSection.OVERVIEW).ifPresent(builder::overview);
    match
        .narrative(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS)
        .ifPresent(builder::problemsAndImprovements);
    match.narrative(NarrativeSection.OTHER_MATTERS).ifPresent(builder::otherMatters);
    grid.fill(builder);
    return builder.build();
  }

  private static ReadResult refused(Decoding read, SourceFormat format, int limit) {
    return refused(read.text, read.charset, format, limit);
  }

  /**
   * No report: the source goes on beyond the limit. The problem is located just after the text
   * read, where the limit was reached, counting lines as the format's producer does.
   */
  private static ReadResult refused(String read, Charset charset, SourceFormat format, int limit) {
    List<Problem> problems = new ArrayList<>();
    problems.add(
        ImportRule.IMPORT_INPUT.problem(
            end(read, format != SourceFormat.HTML),
            "",
            limit,
            format == SourceFormat.HTML ? 0 : 1));
    return new ReadResult(
        null,
        problems,
        FormMatcher.match(new SourceDocument(null, new ArrayList<>())),
        format,
        charset);
  }

  /**
   * The position just after a text: its line (line feeds counted, and for plain text also lone
   * carriage returns) and the column after its last character.
   */
  static SourcePosition end(String text, boolean carriageReturnsBreak) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || (carriageReturnsBreak
              && c == '\r'
              && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return SourcePosition.of(line, text.length() - lineStart + 1);
  }
}
