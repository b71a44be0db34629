package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellValues;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.publication.read.html.HtmlProducer;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.FormMatcher;
import io.github.xxgk.report.publication.read.match.ImportRule;
import io.github.xxgk.report.publication.read.match.Match;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.publication.read.match.ReadProblem;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourcePosition;
import io.github.xxgk.report.publication.read.text.TextProducer;
import io.github.xxgk.report.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * result.problems().forEach(p -> System.out.println(p.position() + " " + p.ruleId() + " " + p.message()));
 * result.report().ifPresent(report -> ...);   // present only when read exactly
 * }</pre>
 *
 * <p>Reading never throws for bad content: every fault is a {@link ReadProblem}. Input over
 * {@link #MAX_BYTES} is refused with IMPORT-INPUT.
 */
public final class PublishedReports {
  /** The largest source read: 64 MiB, ten times the largest portal page seen. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private PublishedReports() {}

  /** Reads a file. @throws IOException if the file cannot be read */
  public static ReadResult read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      return refused(SourceFormat.TEXT, StandardCharsets.UTF_8, Files.size(file));
    }
    return read(Files.readAllBytes(file));
  }

  /** Reads a stream to its end, up to {@link #MAX_BYTES}. @throws IOException if reading fails */
  public static ReadResult read(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > MAX_BYTES) {
        return refused(SourceFormat.TEXT, StandardCharsets.UTF_8, total);
      }
      out.write(buffer, 0, n);
    }
    return read(out.toByteArray());
  }

  /** Reads a source from its bytes, detecting encoding and format. */
  public static ReadResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > MAX_BYTES) {
      return refused(SourceFormat.TEXT, StandardCharsets.UTF_8, bytes.length);
    }
    Decoding decoding = Decoding.of(bytes);
    List<ReadProblem> problems = new ArrayList<>();
    if (decoding.replaced > 0) {
      problems.add(
          ReadProblem.of(ImportRule.IMPORT_ENCODING, SourcePosition.UNKNOWN, "", decoding.charset.name(), decoding.replaced));
    }
    return read(decoding.text, decoding.charset, problems);
  }

  /** Reads a source already decoded, detecting its format. */
  public static ReadResult read(String text) {
    return read(text, StandardCharsets.UTF_8, new ArrayList<>());
  }

  /** Reads a document of the intermediate form, whatever produced it (e.g. a PDF producer). */
  public static ReadResult read(SourceDocument document, SourceFormat format, Charset charset) {
    return result(FormMatcher.match(document), new ArrayList<>(), format, charset);
  }

  private static ReadResult read(String text, Charset charset, List<ReadProblem> problems) {
    SourceFormat format = detect(text);
    SourceDocument document = format == SourceFormat.HTML ? HtmlProducer.read(text) : TextProducer.read(text);
    return result(FormMatcher.match(document), problems, format, charset);
  }

  /** HTML when the text starts, after spaces and a byte-order mark, with markup; else text. */
  static SourceFormat detect(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\ufeff')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '<') {
      String head = text.substring(i, Math.min(text.length(), i + 1024)).toLowerCase(Locale.ROOT);
      if (head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith("<?xml")
          || head.startsWith("<!--") || head.contains("<body") || head.contains("<head")
          || head.contains("<table") || head.contains("<p") || head.contains("<div") || head.contains("<meta")) {
        return SourceFormat.HTML;
      }
    }
    return SourceFormat.TEXT;
  }

  private static ReadResult result(Match match, List<ReadProblem> problems, SourceFormat format, Charset charset) {
    problems.addAll(match.problems());
    AnnualReport report = null;
    boolean errors = false;
    for (ReadProblem problem : problems) {
      errors |= problem.severity() == Severity.ERROR && problem.rule().withholdsReport();
    }
    if (!errors && match.cells().size() == FormCells.SIZE && match.organ().isPresent() && match.year().isPresent()) {
      report = report(match);
    }
    return new ReadResult(report, problems, match, format, charset);
  }

  private static AnnualReport report(Match match) {
    CellValues values =
        new CellValues() {
          @Override
          public int count(Cell cell) {
            return match.cells().get(cell).value().intValueExact();
          }

          @Override
          public BigDecimal amount(Cell cell) {
            return match.cells().get(cell).value();
          }
        };
    AnnualReport.Builder builder = AnnualReport.builder().organ(match.organ().get()).year(match.year().get());
    match.organKind().ifPresent(builder::organKind);
    match.publishedOn().ifPresent(builder::publishedOn);
    match.narrative(NarrativeSection.OVERVIEW).ifPresent(builder::overview);
    match.narrative(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS).ifPresent(builder::problemsAndImprovements);
    match.narrative(NarrativeSection.OTHER_MATTERS).ifPresent(builder::otherMatters);
    FormCells.fillTables(builder, values);
    for (ReadCell cell : match.cells().values()) {
      if (cell.mark().orElse(null) == CellMark.BLANK) {
        builder.addBlankCells(cell.cell());
      } else if (cell.mark().orElse(null) == CellMark.NOT_APPLICABLE) {
        builder.addNotApplicableCells(cell.cell());
      }
    }
    return builder.build();
  }

  private static ReadResult refused(SourceFormat format, Charset charset, long size) {
    List<ReadProblem> problems = new ArrayList<>();
    problems.add(ReadProblem.of(ImportRule.IMPORT_INPUT, SourcePosition.UNKNOWN, "", size, MAX_BYTES));
    return new ReadResult(null, problems, FormMatcher.match(new SourceDocument(null, new ArrayList<>())), format, charset);
  }
}
