package io.github.xxgk.report.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.cli.Main;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The command-line validator at national scale: N generated reports as JSON Lines, validated in
 * one run, in the same JVM so that its heap can be watched. Run it with a small heap, e.g.
 * {@code java -Xmx64m -cp bench/target/benchmarks.jar io.github.xxgk.report.bench.ScaleRun 100000}.
 * With {@code --warm} after the count, the file is validated once before the run measured.
 *
 * <p>The peak heap reported is the largest heap in use right after a garbage collection, young
 * collections included: the memory the run really holds, not garbage waiting to be collected.
 */
public final class ScaleRun {
  private ScaleRun() {}

  /**
   * Generates the file (unless it exists), validates it, and prints reports per second, time per
   * report and peak heap.
   *
   * @param args the number of reports, optionally {@code --warm}, and optionally the file to use
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int count = Integer.parseInt(args[0]);
    boolean warm = args.length > 1 && args[1].equals("--warm");
    int fileArg = warm ? 2 : 1;
    File file = new File(args.length > fileArg ? args[fileArg] : "target/scale-" + count + ".jsonl");
    if (!file.isFile()) {
      generate(count, file);
    }
    if (warm) {
      // Once through first, so that the run measured is the JIT-compiled steady state that a
      // long-lived service sees; without it, compiling is part of the time, as for a batch job.
      validate(file);
    }
    PeakHeap peak = new PeakHeap();
    peak.start();
    long start = System.nanoTime();
    int exit = validate(file);
    long nanos = System.nanoTime() - start;
    peak.finish();
    System.out.printf(
        "reports=%d%s exit=%d seconds=%.2f reports/s=%.0f us/report=%.1f peakHeapAfterGcMB=%.1f maxHeapMB=%.0f file=%s (%.1f MB)%n",
        count,
        warm ? " (warm)" : "",
        exit,
        nanos / 1e9,
        count / (nanos / 1e9),
        nanos / 1e3 / count,
        peak.peak() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        file,
        file.length() / 1048576.0);
  }

  private static int validate(File file) throws IOException {
    return Main.run(
        new String[] {"validate", "--jsonl", "--format", "json", file.getPath()},
        new ByteArrayInputStream(new byte[0]),
        new DiscardingStream(),
        System.err);
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
   * Listens to every garbage collection, young ones included, and keeps the largest heap in use
   * right after one: what the run really holds.
   */
  private static final class PeakHeap implements NotificationListener {
    private long peak;

    void start() {
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) collector).addNotificationListener(this, null, null);
      }
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (MemoryUsage pool : info.getGcInfo().getMemoryUsageAfterGc().values()) {
        used += pool.getUsed();
      }
      peak = Math.max(peak, used);
    }

    synchronized void finish() throws InterruptedException {
      // Notifications arrive on another thread, shortly after each collection.
      Thread.sleep(200);
    }

    synchronized long peak() {
      return peak;
    }
  }

  /** The validator's output is not what is measured. */
  private static final class DiscardingStream extends OutputStream {
    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
