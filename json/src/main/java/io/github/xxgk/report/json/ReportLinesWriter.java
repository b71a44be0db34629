package io.github.xxgk.report.json;

import io.github.xxgk.report.model.AnnualReport;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes reports as JSON Lines, one compact report per line ended by {@code \n}, in UTF-8; what
 * {@link ReportJson#readLines} reads back. A line holds no raw line end, since JSON escapes those
 * in strings. Obtain one from {@link ReportJson#linesWriter}:
 *
 * <pre>{@code
 * try (ReportLinesWriter lines = ReportJson.standard().linesWriter(Files.newOutputStream(path))) {
 *   for (AnnualReport report : reports) {
 *     lines.write(report);
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Failures of the stream are thrown as {@link UncheckedIOException}.
 */
public final class ReportLinesWriter implements Closeable, Flushable {
  private static final byte[] LINE_END = {'\n'};

  private final ReportJson json;
  private final OutputStream out;
  private long written;

  ReportLinesWriter(ReportJson json, OutputStream out) {
    this.json = json;
    this.out = out;
  }

  /**
   * Writes one report and its line end. A report that cannot be written leaves nothing of it in the
   * output.
   *
   * @throws IllegalArgumentException as for {@link ReportJson#write(AnnualReport)}
   * @throws UncheckedIOException when the stream fails
   */
  public void write(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    // The whole line first, so that a report refused by the writer writes no partial line.
    byte[] line = json.write(report).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(line);
      out.write(LINE_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
  }

  /** How many reports were written. */
  public long count() {
    return written;
  }

  /** Flushes the stream. */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
