package io.github.xxgk.report.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * What a command may touch of the process: standard input, output and error, and whether standard
 * error is a terminal (for a progress line). Tests pass their own streams.
 */
final class Terminal {
  final InputStream in;
  final OutputStream out;
  final PrintStream err;
  final boolean interactive;

  Terminal(InputStream in, OutputStream out, PrintStream err, boolean interactive) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }
}
