package io.github.xxgk.report.bench;

import io.github.xxgk.report.cli.Main;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command-line validator at national scale, in the same JVM so that its heap can be watched.
 * Run it with a small heap, e.g. {@code java -Xmx64m -cp bench/target/benchmarks.jar
 * io.github.xxgk.report.bench.ScaleRun 100000}: N generated reports as JSON Lines, validated in one
 * run. With {@code --pages} after the count, N generated reports are each rendered as a published
 * page ({@link HtmlRenderer}) into a directory, and {@code validate} reads the directory: the
 * published reader at scale. With {@code --warm}, the input is validated once before the run
 * measured.
 *
 * <p>The peak heap reported is the largest heap in use right after a garbage collection, young
 * collections included: the memory the run really holds, not garbage waiting to be collected; also
 * per tenth of the run, to show whether it grows. With {@code --pages}, the heap in use after a
 * full collection at each tenth of the pages is printed too: the live set alone.
 */
public final class ScaleRun {
  private ScaleRun() {}

  /**
   * Generates the input (unless it exists), validates it, and prints reports per second, time per
   * report and peak heap.
   *
   * @param args the number of reports, optionally {@code --pages}, optionally {@code --warm}, and
   *     optionally the file or directory to use
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int count = Integer.parseInt(args[0]);
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    boolean pages = rest.remove("--pages");
    boolean warm = rest.remove("--warm");
    File file =
        new File(
            rest.isEmpty()
                ? (pages ? "target/pages-" + count : "target/scale-" + count + ".jsonl")
                : rest.get(0));
    if (pages ? !file.isDirectory() : !file.isFile()) {
      if (pages) {
        generatePages(count, file);
      } else {
        generate(count, file);
      }
    }
    if (warm) {
      // Once through first, so that the run measured is the JIT-compiled steady state that a
      // long-lived service sees; without it, compiling is part of the time, as for a batch job.
      validate(file, pages, new DiscardingStream(0));
    }
    CliMemoryRun.Heap heap = new CliMemoryRun.Heap();
    heap.start();
    long start = System.nanoTime();
    DiscardingStream out = new DiscardingStream(pages ? count : 0);
    int exit = validate(file, pages, out);
    long end = System.nanoTime();
    long nanos = end - start;
    heap.finish();
    System.out.printf(
        Locale.ROOT,
        "%s=%d%s exit=%d seconds=%.2f %s/s=%.0f us/report=%.1f peakHeapAfterGcMB=%.1f maxHeapMB=%.0f %s (%.1f MB)%n",
        pages ? "pages" : "reports",
        count,
        warm ? " (warm)" : "",
        exit,
        nanos / 1e9,
        pages ? "pages" : "reports",
        count / (nanos / 1e9),
        nanos / 1e3 / count,
        heap.peak() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        file,
        size(file) / 1048576.0);
    System.out.println("peak heap after GC (MB) per tenth of the run: " + heap.deciles(start, end));
    if (pages) {
      System.out.println(
          "live heap after a full GC (MB) at each tenth of the pages: "
              + out.live.toString().trim());
    }
  }

  private static int validate(File input, boolean pages, DiscardingStream out) throws IOException {
    String[] args =
        pages
            ? new String[] {"validate", "-q", "--format", "json", input.getPath()}
            : new String[] {"validate", "--jsonl", "--format", "json", input.getPath()};
    return Main.run(args, new ByteArrayInputStream(new byte[0]), out, System.err);
  }

  /**
   * Page {@code i}: the generated valid report {@code i} as the published page the renderer writes,
   * in a subdirectory per thousand pages as a portal archive would be laid out.
   */
  private static void generatePages(int count, File directory) throws IOException {
    HtmlRenderer renderer = HtmlRenderer.standard();
    for (int i = 0; i < count; i++) {
      File page =
          new File(directory, String.format(Locale.ROOT, "%03d/report-%06d.html", i / 1000, i));
      File parent = page.getParentFile();
      if (!parent.isDirectory() && !parent.mkdirs()) {
        throw new IOException("cannot create " + parent);
      }
      try (OutputStream out = new BufferedOutputStream(new FileOutputStream(page), 1 << 16)) {
        out.write(renderer.render(ReportFixtures.valid(i)).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static long size(File input) {
    if (input.isFile()) {
      return input.length();
    }
    long total = 0;
    File[] children = input.listFiles();
    for (File child : children == null ? new File[0] : children) {
      total += size(child);
    }
    return total;
  }

  /** Line {@code i} of the file: the generated valid report {@code i}, as compact JSON. */
  static byte[] line(int i) {
    return ReportJson.standard().write(ReportFixtures.valid(i)).getBytes(StandardCharsets.UTF_8);
  }

  private static void generate(int count, File file) throws IOException {
    File parent = file.getAbsoluteFile().getParentFile();
    if (!parent.isDirectory() && !parent.mkdirs()) {
      throw new IOException("cannot create " + parent);
    }
    try (OutputStream out = new BufferedOutputStream(new FileOutputStream(file), 1 << 16)) {
      for (int i = 0; i < count; i++) {
        out.write(line(i));
        out.write('\n');
      }
    }
  }

  /**
   * The validator's output is not what is measured, but it says how far the run is: with {@code
   * --format json} each input's entry opens with {@code {"file":"}, written as the input is done.
   * At each tenth of the inputs, the heap in use after a full collection is taken: the live set,
   * which must stay flat however many pages have been read.
   */
  private static final class DiscardingStream extends OutputStream {
    private static final byte[] ENTRY = "{\"file\":\"".getBytes(StandardCharsets.UTF_8);
    private final int count;
    private int matched;
    private int entries;
    final StringBuilder live = new StringBuilder();

    DiscardingStream(int count) {
      this.count = count;
    }

    @Override
    public void write(int b) {
      matched = b == ENTRY[matched] ? matched + 1 : b == ENTRY[0] ? 1 : 0;
      if (matched == ENTRY.length) {
        matched = 0;
        entries++;
        if (count >= 10 && entries % (count / 10) == 0) {
          System.gc();
          long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
          live.append(String.format(Locale.ROOT, "%.1f ", used / 1048576.0));
        }
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }
  }
}
