package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.pdf.PdfReadResult;
import io.github.xxgk.report.publication.pdf.PdfReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A published report as a PDF (the {@code %PDF-} header within the first 1024 bytes), read by
 * {@link PdfReportReader}: the PDF's own problems (PDF-*, located by page) and the reading's
 * (IMPORT-*) come before the report's violations, in one list. Positions in a PDF are the page
 * (printed as the line) and the place on it.
 *
 * <p>PDFBox logs through commons-logging to java.util.logging on standard error; its loggers are
 * turned off here, once, before the first PDF is read, so that the tool's output stays its own:
 * everything PDFBox could say is in the problems.
 */
final class PdfInput implements InputFormat {
  /** Held so that the levels set stay set: java.util.logging keeps loggers only weakly. */
  private static final List<Logger> SILENCED = new ArrayList<>();

  @Override
  public boolean recognises(Head head) {
    return PdfReportReader.isPdf(head.copy());
  }

  @Override
  public void read(InputStream in, Head head, Input input, Messages messages, RecordSink sink)
      throws IOException {
    silencePdfBox();
    PdfReadResult result = PdfReportReader.create().read(in);
    List<Problem> problems = new ArrayList<>(result.pdfProblems());
    if (result.reading().isPresent()) {
      sink.accept(PublishedInput.record(problems, result.reading().get()));
      return;
    }
    if (!PublishedInput.hasError(problems)) {
      problems.add(Problem.of(FileRule.INPUT_FORMAT).variant("incomplete").line(1, 1).build());
    }
    sink.accept(Record.problems(-1, 1, Collections.unmodifiableList(problems)));
  }

  static synchronized void silencePdfBox() {
    if (SILENCED.isEmpty()) {
      for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.OFF);
        SILENCED.add(logger);
      }
    }
  }
}
