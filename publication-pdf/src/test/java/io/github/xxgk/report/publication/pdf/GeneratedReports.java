package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes the committed test PDFs of generated reports ({@code generated/report-SEED.pdf}, with the
 * report's JSON beside it) with {@link ReportPdf}. Run by hand where the CJK font is installed
 * (Debian: {@code fonts-wqy-microhei}):
 *
 * <pre>
 * java -cp ... io.github.xxgk.report.publication.pdf.GeneratedReports publication-pdf/src/test/resources/io/github/xxgk/report/publication/pdf/generated 1 2 3 4 5
 * </pre>
 */
public final class GeneratedReports {
  private GeneratedReports() {}

  /** Arguments: the directory, then the seeds. */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    Files.createDirectories(dir);
    for (int i = 1; i < args.length; i++) {
      long seed = Long.parseLong(args[i]);
      AnnualReport report = ReportFixtures.valid(seed);
      Files.write(dir.resolve("report-" + seed + ".pdf"), ReportPdf.layout(report));
      Files.write(
          dir.resolve("report-" + seed + ".json"),
          ReportJson.standard()
              .writePretty(report)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
