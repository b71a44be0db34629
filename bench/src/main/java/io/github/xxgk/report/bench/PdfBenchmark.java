package io.github.xxgk.report.bench;

import io.github.xxgk.report.publication.pdf.PdfLayout;
import io.github.xxgk.report.publication.pdf.PdfReadResult;
import io.github.xxgk.report.publication.pdf.PdfReportReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the real report's PDF (hongze-2023.pdf, 5 pages) against the floor: PDFBox's own {@link
 * PDFTextStripper} on the same bytes, loading included, as a user who only wants the text would do
 * it. The reader cannot do less than load the file and walk every page's content stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfBenchmark {
  private final PdfReportReader reader = PdfReportReader.create();
  private byte[] pdf;

  /** Loads the PDF's bytes once. */
  @Setup
  public void load() throws IOException {
    try (InputStream in = PdfBenchmark.class.getResourceAsStream("/reports/hongze-2023.pdf")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      pdf = out.toByteArray();
    }
  }

  /** The floor: load the file and extract its text with PDFBox's stripper, sorted by position. */
  @Benchmark
  public String floorTextStripper() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  /** Load and lay out: glyphs, ruling lines, tables, paragraphs. */
  @Benchmark
  public PdfLayout layout() {
    return reader.layout(pdf);
  }

  /** Everything: lay out, then read the 200 cells, metadata and narratives with the matcher. */
  @Benchmark
  public PdfReadResult read() {
    return reader.read(pdf);
  }
}
