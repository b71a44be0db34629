package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the reader on one hostile input and checks its contract: it ends, with a report or with a
 * {@link ReportFormatException} whose every problem is located; nothing else escapes. A watchdog
 * thread, reused across cases because a thread per case would cost more than the read, turns a hang
 * into a failure naming the input. Its bound is generous: it detects hangs, it does not time.
 */
final class Fuzz {
  static final long HANG_SECONDS = 10;
  static final ReportJson STRICT = ReportJson.standard();
  static final ReportJson LENIENT = ReportJson.builder().allowUnknownProperties(true).build();

  /** Every case run, for the summary printed by the fuzz tests. */
  static final AtomicLong CASES = new AtomicLong();

  private static final Set<String> RULES =
      new HashSet<>(
          Arrays.asList(
              JsonRule.SYNTAX.id(),
              JsonRule.UNKNOWN_PROPERTY.id(),
              JsonRule.TYPE.id(),
              JsonRule.MISSING.id(),
              JsonRule.DUPLICATE_KEY.id(),
              JsonRule.CELL_MARK.id(),
              JsonRule.LIMIT.id()));

  private static ExecutorService watchdog = newWatchdog();

  private Fuzz() {}

  /** What one read gave: exactly one of a report and a list of problems. */
  static final class Outcome {
    final AnnualReport report;
    final List<Problem> problems;

    Outcome(AnnualReport report, List<Problem> problems) {
      this.report = report;
      this.problems = problems;
    }

    boolean isReport() {
      return report != null;
    }

    boolean has(String ruleId, String pointer) {
      if (problems == null) {
        return false;
      }
      for (Problem problem : problems) {
        if (problem.ruleId().equals(ruleId) && problem.pointer().equals(pointer)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return report != null ? "a report" : String.valueOf(problems);
    }
  }

  private static ExecutorService newWatchdog() {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "fuzz-watchdog");
          thread.setDaemon(true);
          return thread;
        });
  }

  static Outcome read(byte[] input) {
    return read(STRICT, input);
  }

  /** Reads UTF-8 bytes, checking the contract; fails with the input when it is broken. */
  static Outcome read(ReportJson json, byte[] input) {
    return run(input, () -> json.read(input));
  }

  /** Reads a text, checking the contract. */
  static Outcome read(ReportJson json, String input) {
    return run(input.getBytes(StandardCharsets.UTF_8), () -> json.read(input));
  }

  interface Read {
    AnnualReport read();
  }

  static synchronized Outcome run(byte[] input, Read read) {
    CASES.incrementAndGet();
    Future<Outcome> future =
        watchdog.submit(
            () -> {
              try {
                AnnualReport report = read.read();
                assertNotNull(report, "null report");
                return new Outcome(report, null);
              } catch (ReportFormatException e) {
                return new Outcome(null, e.problems());
              }
            });
    Outcome outcome;
    try {
      outcome = future.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      watchdog.shutdownNow();
      watchdog = newWatchdog();
      throw new AssertionError("no result within " + HANG_SECONDS + " s for " + describe(input));
    } catch (ExecutionException e) {
      throw new AssertionError(
          e.getCause().getClass().getName() + " escaped for " + describe(input), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    if (outcome.problems != null) {
      assertLocated(outcome.problems, input);
    }
    return outcome;
  }

  static void assertLocated(List<Problem> problems, byte[] input) {
    assertFalse(problems.isEmpty(), () -> "no problems for " + describe(input));
    for (Problem problem : problems) {
      String what = problem + " for " + describe(input);
      assertTrue(RULES.contains(problem.ruleId()), what);
      assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), what);
      assertTrue(problem.line().getAsInt() >= 1, () -> "line < 1: " + what);
      assertTrue(problem.column().getAsInt() >= 1, () -> "column < 1: " + what);
      assertFalse(problem.message(Locale.CHINESE).isEmpty(), what);
      assertFalse(problem.message(Locale.ENGLISH).isEmpty(), what);
    }
  }

  /** A short, printable description of an input: its length and its start and end, escaped. */
  static String describe(byte[] input) {
    StringBuilder text = new StringBuilder().append(input.length).append(" bytes: ");
    if (input.length <= 600) {
      escape(text, input, 0, input.length);
    } else {
      escape(text, input, 0, 300);
      text.append(" ... ");
      escape(text, input, input.length - 300, input.length);
    }
    return text.toString();
  }

  private static void escape(StringBuilder text, byte[] input, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = input[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        text.append((char) b);
      } else {
        text.append(String.format("\\x%02X", b));
      }
    }
  }

  static void fail(String message, byte[] input) {
    org.junit.jupiter.api.Assertions.fail(message + " for " + describe(input));
  }
}
