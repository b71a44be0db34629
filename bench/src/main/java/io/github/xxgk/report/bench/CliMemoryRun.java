package io.github.xxgk.report.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.xxgk.report.cli.Main;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.testkit.Defects;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The command line's memory on large batches, in the same JVM so that its heap can be watched:
 * {@code six N} validates N JSON Lines records, each the real report with six misstated totals (six
 * findings each, all listed); {@code invalid N} validates N generated invalid reports, each
 * breaking one rule in turn. Input is generated as it is read (no file); output is counted and its
 * summary checked. Prints the largest heap in use after a garbage collection in each tenth of the
 * run. Run with {@code java -Xmx64m -cp bench/target/benchmarks.jar
 * io.github.xxgk.report.bench.CliMemoryRun six 1000000}.
 */
public final class CliMemoryRun {
  private CliMemoryRun() {}

  /**
   * Runs one batch and prints the heap profile and whether the output was right.
   *
   * @param args {@code six N} or {@code invalid N}
   */
  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int count = Integer.parseInt(args[1]);
    final byte[] six = kind.equals("six") ? sixFindings() : null;
    final List<String> rules = new ArrayList<>(Defects.generable());
    rules.remove("EDITION-UNKNOWN");
    Generated input =
        new Generated(count) {
          @Override
          byte[] line(int i) {
            return six != null
                ? six
                : ReportJson.standard()
                    .write(ReportFixtures.invalid(rules.get(i % rules.size()), i).report())
                    .getBytes(StandardCharsets.UTF_8);
          }
        };
    Counting out = new Counting();
    Heap heap = new Heap();
    heap.start();
    long start = System.nanoTime();
    int exit =
        Main.run(
            new String[] {"validate", "--lang=en", "--max-findings=100000000", "-"},
            input,
            out,
            System.err);
    long end = System.nanoTime();
    heap.finish();
    String summary = out.tail();
    System.out.printf(
        Locale.ROOT,
        "%s %d: exit=%d seconds=%.1f lines=%d maxHeapMB=%.0f%n%s%n",
        kind,
        count,
        exit,
        (end - start) / 1e9,
        out.lines,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        summary.trim());
    System.out.println("peak heap after GC (MB) per tenth of the run: " + heap.deciles(start, end));
    System.out.println(
        "live heap after a full GC (MB) at each tenth of the input: "
            + input.live.toString().trim());
    if (six != null) {
      boolean right =
          exit == 1
              && out.lines == 6L * count + 1 + 1 + 4
              && summary.contains(
                  "# total: 1 inputs, 0 not readable as reports; "
                      + count
                      + " records; "
                      + count
                      + " reports, 0 valid, "
                      + count
                      + " invalid");
      System.out.println("output right: " + right);
    } else {
      boolean right =
          exit == 1
              && summary.contains(
                  count + " records; " + count + " reports, 0 valid, " + count + " invalid");
      System.out.println("output right: " + right);
    }
  }

  /** The real report as one compact line, with six stated totals off by one. */
  static byte[] sixFindings() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode report =
        mapper.readTree(
            Files.readAllBytes(Paths.get("json", "examples", "linfen-yaodu-2024.json")));
    for (String path :
        new String[] {
          "/applications/newlyReceived", "/applications/carriedOverFromPreviousYear",
          "/applications/carriedOverToNextYear", "/reconsiderationAndLitigation/reconsideration",
          "/reconsiderationAndLitigation/litigationWithoutReconsideration"
        }) {
      ObjectNode row = (ObjectNode) report.at(path);
      row.put("total", row.get("total").asInt() + 1);
    }
    return mapper.writeValueAsBytes(report);
  }

  /** N lines, made as they are read. */
  abstract static class Generated extends InputStream {
    private final int count;
    private int next;
    private byte[] line = new byte[0];
    private int position;

    Generated(int count) {
      this.count = count;
    }

    abstract byte[] line(int i);

    /** The heap in use after a full collection, taken as each tenth of the input is reached. */
    final StringBuilder live = new StringBuilder();

    private void tenth() {
      if (count >= 10 && next % (count / 10) == 0) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        live.append(String.format(Locale.ROOT, "%.1f ", used / 1048576.0));
      }
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == line.length) {
        if (next == count) {
          return -1;
        }
        tenth();
        byte[] report = line(next++);
        line = java.util.Arrays.copyOf(report, report.length + 1);
        line[report.length] = '\n';
        position = 0;
      }
      int n = Math.min(len, line.length - position);
      System.arraycopy(line, position, b, off, n);
      position += n;
      return n;
    }
  }

  /** Counts lines and keeps the last few kilobytes, where the summary is. */
  static final class Counting extends OutputStream {
    long lines;
    private final byte[] tail = new byte[4096];
    private long written;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
        tail[(int) (written++ % tail.length)] = b[i];
      }
    }

    String tail() {
      ByteArrayOutputStream last = new ByteArrayOutputStream();
      long from = Math.max(0, written - tail.length);
      for (long i = from; i < written; i++) {
        last.write(tail[(int) (i % tail.length)]);
      }
      String text = new String(last.toByteArray(), StandardCharsets.UTF_8);
      int total = text.lastIndexOf("# total");
      return total < 0 ? text : text.substring(total);
    }
  }

  /** Every garbage collection's heap in use afterwards, with its time. */
  static final class Heap implements NotificationListener {
    private final List<long[]> samples = new ArrayList<>();

    /**
     * The heap's pools only: a collection's usage lists every pool, metaspace and the JIT's code
     * cache too, and the code cache grows all run as more methods are compiled, which once read as
     * the heap creeping by 6 MB over 10,000 pages.
     */
    private final Set<String> heapPools = new HashSet<>();

    void start() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) collector).addNotificationListener(this, null, null);
      }
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool :
          info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      samples.add(new long[] {System.nanoTime(), used});
    }

    synchronized void finish() throws InterruptedException {
      Thread.sleep(200);
    }

    /** The largest heap in use after any collection of the run. */
    synchronized long peak() {
      long peak = 0;
      for (long[] sample : samples) {
        peak = Math.max(peak, sample[1]);
      }
      return peak;
    }

    synchronized String deciles(long start, long end) {
      StringBuilder out = new StringBuilder();
      for (int d = 0; d < 10; d++) {
        long from = start + (end - start) * d / 10;
        long to = start + (end - start) * (d + 1) / 10;
        long peak = -1;
        for (long[] sample : samples) {
          if (sample[0] >= from && sample[0] < to) {
            peak = Math.max(peak, sample[1]);
          }
        }
        out.append(peak < 0 ? "-" : String.format(Locale.ROOT, "%.1f", peak / 1048576.0))
            .append(d < 9 ? " " : "");
      }
      return out.toString() + " (" + samples.size() + " collections)";
    }
  }
}
