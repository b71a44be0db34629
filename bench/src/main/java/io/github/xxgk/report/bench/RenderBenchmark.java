package io.github.xxgk.report.bench;

import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.publication.render.TextRenderer;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Rendering the real report as its published page, beside the JSON writer for the same report, and
 * the floor: making a String as long as the page from characters already in hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
  private final HtmlRenderer html = HtmlRenderer.standard();
  private final ReportJson json = ReportJson.standard();
  private AnnualReport report;
  private AnnualReport invalid;
  private ValidationResult findings;
  private String page;

  /** Reads the example and renders it once, for the floor's length. */
  @Setup
  public void load() throws IOException {
    report = json.read(JsonBenchmark.example());
    invalid = ValidationBenchmark.misstated(report);
    findings = ReportValidator.standard().validate(invalid);
    page = html.render(report);
  }

  /** The floor: a String of the page's length, copied from one in hand through a builder. */
  @Benchmark
  public String floorCopyAPageOfCharacters() {
    return new StringBuilder(page.length()).append(page).toString();
  }

  /** The published page (the HTML document). */
  @Benchmark
  public String renderHtml() {
    return html.render(report);
  }

  /** The findings view of the report with three misstated totals, its result in hand. */
  @Benchmark
  public String renderFindings() {
    return html.findings(invalid, findings, Locale.CHINESE);
  }

  /** The copied-page text. */
  @Benchmark
  public String renderText() {
    return TextRenderer.render(report);
  }

  /** The JSON writer, for the same report. */
  @Benchmark
  public String writeJson() {
    return json.write(report);
  }
}
