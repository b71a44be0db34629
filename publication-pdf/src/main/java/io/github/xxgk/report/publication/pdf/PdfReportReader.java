package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.read.PublishedReports;
import io.github.xxgk.report.publication.read.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a published report's PDF: the one entry point of this module.
 *
 * <p>{@link #layout(Path)} turns the text layer into tables (rows of cells with spans, recovered
 * from ruling lines, joined across page breaks) and paragraphs, each with the page and box it was
 * printed in, page headers, footers and numbers left out. Every failure is a {@link Problem} with a
 * stable rule id, never an exception from PDFBox: a file that is not a PDF, broken or encrypted; a
 * scanned report without a text layer, or with the invisible one OCR lays over the scan (never
 * read: its characters are guesses); a font whose glyphs have no usable Unicode mapping (its glyphs
 * are left out and the page has an error, never a wrong character); a file beyond the {@link
 * PdfLimits}.
 *
 * <p>Instances are immutable and thread-safe; each call reads one file.
 */
public final class PdfReportReader {
  private final PdfLimits limits;

  private PdfReportReader(PdfLimits limits) {
    this.limits = limits;
  }

  /** A reader with the default {@link PdfLimits}. */
  public static PdfReportReader create() {
    return new PdfReportReader(PdfLimits.defaults());
  }

  /** A reader with the given limits. */
  public static PdfReportReader withLimits(PdfLimits limits) {
    return new PdfReportReader(limits);
  }

  /**
   * Whether the bytes are a PDF, judged by content as PDF readers do: the {@code %PDF-} header
   * within the first 1024 bytes. For a command line that detects the format of each file; pass the
   * file's first bytes (or all of them).
   */
  public static boolean isPdf(byte[] head) {
    byte[] magic = {'%', 'P', 'D', 'F', '-'};
    int end = Math.min(head.length, 1024) - magic.length;
    for (int i = 0; i <= end; i++) {
      int j = 0;
      while (j < magic.length && head[i + j] == magic[j]) {
        j++;
      }
      if (j == magic.length) {
        return true;
      }
    }
    return false;
  }

  /** The limits this reader applies. */
  public PdfLimits limits() {
    return limits;
  }

  /**
   * Reads the report in the PDF file at {@code file}: lays it out, then reads the layout with the
   * matcher shared with the HTML and text readers.
   *
   * @throws IOException only when the file itself cannot be read from the file system
   */
  public PdfReadResult read(Path file) throws IOException {
    return read(layout(file));
  }

  /**
   * Reads the report in a PDF read from {@code in} (to its end, not closed).
   *
   * @throws IOException only when the stream itself fails
   */
  public PdfReadResult read(InputStream in) throws IOException {
    return read(layout(in));
  }

  /** Reads the report in the PDF held in {@code pdf}. */
  public PdfReadResult read(byte[] pdf) {
    return read(layout(pdf));
  }

  private static PdfReadResult read(PdfLayout layout) {
    if (layout.pages() == 0 || layout.blocks().isEmpty()) {
      return new PdfReadResult(layout, null);
    }
    for (Problem problem : layout.problems()) {
      if (problem.code() == PdfRule.NO_TEXT_LAYER) {
        return new PdfReadResult(layout, null);
      }
    }
    return new PdfReadResult(
        layout,
        PublishedReports.read(
            SourceProduction.of(layout), SourceFormat.PDF, StandardCharsets.UTF_8));
  }

  /**
   * Lays out the PDF file at {@code file}.
   *
   * @throws IOException only when the file itself cannot be read from the file system
   */
  public PdfLayout layout(Path file) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      return refused(PdfRule.LIMIT.problem("bytes", 0, limits.maxBytes()));
    }
    return layout(new RandomAccessReadBufferedFile(file.toFile()));
  }

  /**
   * Lays out a PDF read from {@code in}, which is read to its end (at most {@link
   * PdfLimits#maxBytes()} bytes) but not closed.
   *
   * @throws IOException only when the stream itself fails
   */
  public PdfLayout layout(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limits.maxBytes()) {
        return refused(PdfRule.LIMIT.problem("bytes", 0, limits.maxBytes()));
      }
      bytes.write(buffer, 0, n);
    }
    return layout(bytes.toByteArray());
  }

  /** Lays out the PDF held in {@code pdf}. */
  public PdfLayout layout(byte[] pdf) {
    if (pdf.length > limits.maxBytes()) {
      return refused(PdfRule.LIMIT.problem("bytes", 0, limits.maxBytes()));
    }
    try {
      return layout(new RandomAccessReadBuffer(pdf));
    } catch (IOException e) {
      return refused(PdfRule.UNREADABLE.problem(0));
    }
  }

  private PdfLayout layout(RandomAccessRead source) throws IOException {
    PDDocument document;
    try {
      document =
          Loader.loadPDF(
              source,
              "",
              MemoryUsageSetting.setupMixed(limits.maxMainMemoryBytes(), limits.maxScratchBytes())
                  .streamCache);
    } catch (InvalidPasswordException e) {
      source.close();
      return refused(PdfRule.ENCRYPTED.problem(0));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // PDFBox's own words about a broken file are not shown: they name its internals
      source.close();
      return refused(PdfRule.UNREADABLE.problem(0));
    }
    try (PDDocument open = document) {
      return read(open);
    } finally {
      source.close();
    }
  }

  private PdfLayout read(PDDocument document) {
    List<Problem> problems = new ArrayList<>();
    int pages;
    try {
      pages = document.getNumberOfPages();
    } catch (RuntimeException | StackOverflowError e) {
      return refused(PdfRule.UNREADABLE.problem(0));
    }
    int toRead = Math.min(pages, limits.maxPages());
    if (pages > toRead) {
      problems.add(PdfRule.LIMIT.problem(PdfRule.PAGES, 0, limits.maxPages(), pages));
    }
    // without every page read, a missing text layer cannot be concluded
    boolean allRead = pages == toRead;
    PageCollector collector = new PageCollector(limits);
    List<PageLayout> layouts = new ArrayList<>();
    boolean anyText = false;
    for (int page = 1; page <= toRead; page++) {
      PageGeometry geometry;
      try {
        geometry = collector.read(document, page);
      } catch (PageCollector.LimitReached e) {
        problems.add(PdfRule.LIMIT.problem(e.variant, page, e.limit));
        allRead = false;
        if ("total".equals(e.variant)) {
          break;
        }
        continue;
      } catch (IOException | RuntimeException | StackOverflowError e) {
        problems.add(PdfRule.PAGE_UNREADABLE.problem(page));
        allRead = false;
        continue;
      }
      for (Map.Entry<String, Integer> font : geometry.unmappedByFont.entrySet()) {
        problems.add(PdfRule.FONT_UNMAPPED.problem(page, font.getKey(), font.getValue()));
      }
      for (Glyph glyph : geometry.glyphs) {
        if (!glyph.isSpace()) {
          anyText = true;
          break;
        }
      }
      anyText |= !geometry.unmappedByFont.isEmpty();
      if (geometry.invisible > 0) {
        problems.add(PdfRule.TEXT_INVISIBLE.problem(page, geometry.invisible));
        anyText = true;
      }
      PageLayout layout = PageLayout.of(geometry);
      if (layout.clippedTables > 0) {
        problems.add(PdfRule.TABLE_CLIPPED.problem(page));
      }
      layouts.add(layout);
    }
    if (!anyText && allRead) {
      problems.add(PdfRule.NO_TEXT_LAYER.problem(0));
    }
    return new PdfLayout(pages, DocumentLayout.blocks(layouts), problems);
  }

  private static PdfLayout refused(Problem problem) {
    return new PdfLayout(0, Collections.emptyList(), Collections.singletonList(problem));
  }
}
