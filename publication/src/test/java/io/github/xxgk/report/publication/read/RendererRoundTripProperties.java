package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.publication.render.TextRenderer;
import io.github.xxgk.report.testkit.ReportArbitraries;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The library's own renderer and reader agree: every generated report as published (marked cells
 * included), rendered to HTML and to copied text, reads back with the same tables, marks, organ,
 * year and date.
 */
class RendererRoundTripProperties {
  @Provide
  Arbitrary<AnnualReport> reports() {
    return ReportArbitraries.publishedReports();
  }

  @Property(tries = 40)
  void htmlReadsBackEqual(@ForAll("reports") AnnualReport report) {
    check(report, HtmlRenderer.standard().render(report));
  }

  @Property(tries = 40)
  void textReadsBackEqual(@ForAll("reports") AnnualReport report) {
    check(report, TextRenderer.render(report));
  }

  private static void check(AnnualReport report, String page) {
    ReadResult result = PublishedReports.read(page.getBytes(StandardCharsets.UTF_8));
    assertFalse(result.hasErrors(), () -> result.problems() + "\n" + page);
    AnnualReport read = result.report().get();
    assertEquals(report.proactiveDisclosure(), read.proactiveDisclosure());
    assertEquals(report.applications(), read.applications());
    assertEquals(report.reconsiderationAndLitigation(), read.reconsiderationAndLitigation());
    assertEquals(report.blankCells(), read.blankCells());
    assertEquals(report.notApplicableCells(), read.notApplicableCells());
    assertEquals(report.organ(), read.organ());
    assertEquals(report.year(), read.year());
    assertEquals(report.publishedOn(), read.publishedOn());
  }
}
