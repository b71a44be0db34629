package io.github.xxgk.report.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of a batch, read one at a time as they are asked for. Obtain one from {@link
 * ReportJson#readAll} or {@link ReportJson#readLines}, and close it when done:
 *
 * <pre>{@code
 * try (ReportStream records = ReportJson.standard().readAll(in)) {
 *   for (ReportRecord record : records) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>It is {@link Iterable} only so that it can be walked with a for-each loop, once: {@link
 * #iterator()} returns the stream itself, and a second call fails, since the input cannot be read
 * again.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link UncheckedIOException} when the input
 * fails; every fault of the content is a {@link ReportRecord} with problems instead. Each layout is
 * read by a class of its own in this package; none can be made outside it.
 */
public abstract class ReportStream
    implements Iterator<ReportRecord>, Iterable<ReportRecord>, Closeable {
  /** How the records of the input are laid out. */
  public enum Layout {
    /** A JSON array of reports. */
    ARRAY,
    /** JSON Lines: one report per line. */
    LINES,
    /** Reports one after another, each over several lines. */
    SEQUENCE
  }

  private final Layout layout;

  /** The number of the next record, from 0. */
  private int index;

  /** Whether no record is to be read after the one in {@link #next}, if any. */
  private boolean ended;

  private ReportRecord next;
  private boolean iterated;

  ReportStream(Layout layout) {
    this.layout = layout;
  }

  /**
   * Reads the next record, or returns null at the end of the input; calls {@link #endAfterThis()}
   * when nothing can be read after the record it returns.
   */
  abstract ReportRecord read() throws IOException;

  /** Closes the input. */
  abstract void closeInput() throws IOException;

  /** The number for the record being made, from 0. */
  final int nextIndex() {
    return index++;
  }

  /** Ends the stream after the record being read: reading stopped at a fault or a limit. */
  final void endAfterThis() {
    ended = true;
  }

  /** Gives one record, and nothing after it: input in which no layout can be told. */
  final void giveOnly(ReportRecord record) {
    next = record;
    ended = true;
  }

  /**
   * This stream, for a for-each loop; records already taken with {@link #next()} are not given
   * again.
   *
   * @throws IllegalStateException on a second call: the records can be walked only once
   */
  @Override
  public final Iterator<ReportRecord> iterator() {
    if (iterated) {
      throw new IllegalStateException("a ReportStream can be iterated only once");
    }
    iterated = true;
    return this;
  }

  /** How the input was found to be laid out. */
  public final Layout layout() {
    return layout;
  }

  /** Whether there is another record. */
  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (next == null) {
        ended = true;
      }
    }
    return next != null;
  }

  /**
   * The next record.
   *
   * @throws NoSuchElementException when there is none
   */
  @Override
  public final ReportRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReportRecord record = next;
    next = null;
    return record;
  }

  /** Closes the input. */
  @Override
  public final void close() {
    ended = true;
    try {
      closeInput();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
