package io.github.xxgk.report.cli;

import java.io.PrintStream;

/**
 * A line on standard error, rewritten in place, once a run has taken more than two seconds; only
 * when standard error is a terminal. It is cleared before the run's summary.
 */
final class Progress {
  private static final long FIRST_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 500_000_000L;

  private final PrintStream err;
  private final Messages messages;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long next = start + FIRST_NANOS;
  private boolean shown;

  Progress(PrintStream err, Messages messages, boolean enabled) {
    this.err = err;
    this.messages = messages;
    this.enabled = enabled;
  }

  void update(Summary summary, long reportsInFile) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - next < 0) {
      return;
    }
    next = now + EVERY_NANOS;
    err.print(
        "\r"
            + messages.get(
                "progress",
                String.valueOf(summary.inputs),
                String.valueOf(summary.reports + reportsInFile))
            + "\u001B[K");
    err.flush();
    shown = true;
  }

  void clear() {
    if (shown) {
      err.print("\r\u001B[K");
      err.flush();
      shown = false;
    }
  }
}
