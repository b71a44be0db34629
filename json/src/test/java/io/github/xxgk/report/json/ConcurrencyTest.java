package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.ReportsWithCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One reader and one validator shared by 8 threads over 10,000 documents (reports with random
 * counts, some of them not reports at all) give exactly what one thread gives: the same problems,
 * the same violations with the same values, the same bytes written back.
 */
class ConcurrencyTest {
  private static final int DOCUMENTS = 10_000;
  private static final int THREADS = 8;
  private static final ReportJson JSON = ReportJson.standard();
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  private static List<byte[]> documents() {
    // The example's narratives cut short, so that the cells are most of the work.
    AnnualReport example = JSON.read(Documents.slimExample().toString());
    Random random = new Random(20240113);
    List<byte[]> documents = new ArrayList<>(DOCUMENTS);
    for (int d = 0; d < DOCUMENTS; d++) {
      int[] cells = new int[FormCells.SIZE];
      for (int i = 0; i < cells.length; i++) {
        int kind = random.nextInt(10);
        cells[i] =
            kind == 0 ? random.nextInt() : kind == 1 ? -random.nextInt(3) : random.nextInt(20);
      }
      BigDecimal fee = BigDecimal.valueOf(random.nextInt(10_000), 2);
      AnnualReport report =
          ReportsWithCells.grid(cells, fee)
              .fill(AnnualReport.builder().from(example).year(2000 + random.nextInt(40)))
              .build();
      String text = d % 2 == 0 ? JSON.write(report) : JSON.writePretty(report);
      if (d % 10 == 3) {
        text = text.replaceFirst("\"inForce\": ?", "\"inForce\": \"x\", \"extra\": ");
      } else if (d % 10 == 7) {
        text = text.substring(0, text.length() / 2);
      }
      documents.add(text.getBytes(StandardCharsets.UTF_8));
    }
    return documents;
  }

  /** Read, validate and write back one document, as one comparable text. */
  private static String process(byte[] document) {
    StringBuilder result = new StringBuilder();
    AnnualReport report;
    try {
      report = JSON.read(document);
    } catch (ReportFormatException e) {
      for (Problem problem : e.problems()) {
        result.append(problem).append('\n');
      }
      return result.toString();
    }
    for (Problem violation : VALIDATOR.validate(report).violations()) {
      result
          .append(violation.ruleId())
          .append(' ')
          .append(violation.severity())
          .append(' ')
          .append(violation.pointer())
          .append(' ')
          .append(violation.stated().map(BigDecimal::toPlainString).orElse("-"))
          .append(' ')
          .append(violation.computed().map(BigDecimal::toPlainString).orElse("-"))
          .append(' ')
          .append(violation.message(Language.ZH))
          .append('\n');
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    JSON.write(report, written);
    result.append(new String(written.toByteArray(), StandardCharsets.UTF_8));
    return result.toString();
  }

  @Test
  void eightThreadsGiveWhatOneThreadGives() {
    List<byte[]> documents = documents();
    String[] alone = new String[DOCUMENTS];
    for (int i = 0; i < DOCUMENTS; i++) {
      alone[i] = process(documents.get(i));
    }
    String[] shared = new String[DOCUMENTS];
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      assertTimeoutPreemptively(
          Duration.ofSeconds(120),
          () -> {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
              workers.add(
                  pool.submit(
                      () -> {
                        start.await();
                        for (int i = next.getAndIncrement();
                            i < DOCUMENTS;
                            i = next.getAndIncrement()) {
                          shared[i] = process(documents.get(i));
                        }
                        return null;
                      }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
              worker.get();
            }
          });
    } finally {
      pool.shutdownNow();
    }
    assertArrayEquals(alone, shared);
  }
}
