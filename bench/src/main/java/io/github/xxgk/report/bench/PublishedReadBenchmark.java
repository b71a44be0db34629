package io.github.xxgk.report.bench;

import io.github.xxgk.report.publication.read.PublishedReports;
import io.github.xxgk.report.publication.read.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the real published pages of {@code ../shared/reports} (copied into publication's test
 * resources) against their floors: for an HTML page, jsoup's own parse of the same bytes (the
 * reader cannot do less); for copied text, splitting it into lines. Run from the repository root,
 * or pass {@code -Dxxgk.reports=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PublishedReadBenchmark {
  private static final String REPORTS =
      System.getProperty("xxgk.reports", "test-fixtures/src/main/resources/reports");

  @Param({
    "pingtan-shijianju-2021.html",
    "pingtan-jingfaju-2021.html",
    "shuyang-fagaiju-2023.html",
    "linfen-yaodu-2024.txt",
    "shuyang-2025.txt"
  })
  public String page;

  private byte[] bytes;
  private String text;

  @Setup
  public void load() throws IOException {
    bytes = Files.readAllBytes(Paths.get(REPORTS, page));
    text = new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The floor: jsoup parses the page's bytes (detecting the charset), or the text, already decoded,
   * is split into lines.
   */
  @Benchmark
  public Object floor() throws IOException {
    if (page.endsWith(".html")) {
      Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      return document;
    }
    return lines(text);
  }

  /**
   * The floor of copied text read from its bytes, as {@link #read()} reads it: decoding the UTF-8
   * bytes, then splitting the text into lines. (For a page, the same as {@link #floor()}: jsoup
   * decodes too.)
   */
  @Benchmark
  public Object floorDecoding() throws IOException {
    if (page.endsWith(".html")) {
      return floor();
    }
    return lines(new String(bytes, StandardCharsets.UTF_8));
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(from, i));
        from = i + 1;
      }
    }
    lines.add(text.substring(from));
    return lines;
  }

  /**
   * jsoup's parse of the decoded page with source positions tracked, as the reader parses it (every
   * value keeps its line and column): the part of the reader's time that is jsoup's.
   */
  @Benchmark
  public Object jsoupTracked() {
    return org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
  }

  /** Reading the page into a report: decoding, producing the intermediate form, matching. */
  @Benchmark
  public ReadResult read() {
    return PublishedReports.read(bytes);
  }

  /**
   * Reading the text already decoded ({@link PublishedReports#read(String)}), to compare with
   * {@link #floor()}, which starts from decoded text too.
   */
  @Benchmark
  public ReadResult readDecoded() {
    return PublishedReports.read(text);
  }
}
