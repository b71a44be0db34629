package io.github.xxgk.report.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * A format of input that {@code validate} can read reports from. The first that {@link #recognises}
 * an input reads it; the last, {@link NotJson}, takes any input and says what it looks like. A
 * reader of published HTML, text or PDF is one more implementation, added to {@link
 * InputFormats#ALL} before the fallback.
 */
interface InputFormat {
  /**
   * Whether this format reads an input that begins with these bytes (the whole input if it is
   * shorter than {@link Head#SIZE}).
   */
  boolean recognises(Head head);

  /**
   * Reads the input's records one at a time and hands each to the sink, in constant memory, until
   * the input ends or the sink asks to stop. Faults of the content are records with problems; only
   * failures of the stream itself are thrown. Messages are in the language of {@code messages}.
   */
  void read(InputStream in, Head head, Input input, Messages messages, RecordSink sink)
      throws IOException;

  /** Receives the records of an input as they are read. */
  interface RecordSink {
    /** Takes one record; false to stop reading the input. */
    boolean accept(Record record);
  }
}
