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
 * Reading the real published pages of {@code ../shared/reports} (copied into test-fixtures' {@code
 * reports/}) against their floors: for an HTML page, jsoup's own parse of the same bytes (the
 * reader cannot do less); for copied text, splitting it into lines. Run from the repository root,
 * or pass {@code -Dxxgk.reports=DIR}.
 *
 * <p>The configuration is chosen so that one ordinary run ({@code java -jar benchmarks.jar
 * 'PublishedReadBenchmark.(floor|read)$' -prof gc}, no {@code -wi/-i/-f} given) gives intervals
 * narrow enough to tell a ratio of 1.6 from 2 (bench/README.md, "The page measure's JMH
 * configuration"). What made them ±25–45 % before (3 × 2 s warm-up or {@code -wi 8 -w 1}, one fork,
 * default heap):
 *
 * <ul>
 *   <li><b>Warm-up too short.</b> A read of a page takes milliseconds and runs through some fifty
 *       classes; a method called once or a few times a read reaches C2's thresholds (5,000 calls,
 *       15,000 with its loops) only after 5,000 reads, 15 s at 3 ms a read on a core of its own. In
 *       a fork with {@code -XX:+PrintCompilation}, C2 still compiled the reader's methods (and
 *       replaced some of C1's) 30–40 s in, and the iterations kept falling for 10 s. Hence 10 × 2 s
 *       of warm-up.
 *   <li><b>One fork, eight iterations.</b> A fork's JIT decisions differ from another's, and the
 *       99.9 % interval of 8 samples is ±5.4 standard errors (Student's t with 7 degrees of
 *       freedom). Three forks of 10 iterations give 30 samples (±3.7 standard errors) and put the
 *       difference between forks inside the interval instead of outside it.
 *   <li><b>The heap growing while measured.</b> A read allocates 2–3 MB, the plain parse 0.7–1.3
 *       MB; by default the heap starts at 1/64 of memory and G1 grows it (and the young generation,
 *       into memory never touched, each new page faulted in by the kernel) during the first
 *       iterations. A fixed heap of 1 GB, touched at start ({@code -XX:+AlwaysPreTouch}), keeps the
 *       garbage collection of every iteration alike. G1 is named because a JVM that deems its
 *       machine small picks the serial collector instead, and G1 is what the library's users run.
 * </ul>
 *
 * <p>Both methods of a page run under the same configuration, and the floor does exactly jsoup's
 * plain parse of the page's bytes (charset detection and decoding included) each call: the page's
 * bytes are read from disk once, in {@link #load()}, for every method.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseG1GC"})
public class PublishedReadBenchmark {
  private static final String REPORTS =
      System.getProperty("xxgk.reports", "test-fixtures/src/main/resources/reports");

  @Param({
    "pingtan-shijianju-2021.html",
    "pingtan-jingfaju-2021.html",
    "shuyang-fagaiju-2023.html",
    "pingtan-shishiju-2021.html",
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

  /**
   * jsoup's parse of the decoded page without source positions: with {@link #jsoupTracked()}, what
   * keeping every node's position (and every attribute's, which jsoup tracks with them) costs.
   */
  @Benchmark
  public Object jsoupUntracked() {
    return org.jsoup.parser.Parser.htmlParser().parseInput(text, "");
  }

  /**
   * The HTML producer over the decoded page ({@link #jsoupTracked()} and the walk that makes the
   * intermediate form), without the matcher: {@link #readDecoded()} less this is the matcher.
   */
  @Benchmark
  public Object produce() {
    return io.github.xxgk.report.publication.read.html.HtmlProducer.read(text);
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
