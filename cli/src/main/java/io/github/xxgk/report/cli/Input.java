package io.github.xxgk.report.cli;

import java.nio.file.Path;

/** One input of a run: a file, or standard input ({@code -}). */
final class Input {
  /** The name to print: as given, or as found in a directory. */
  final String name;

  /** The file; null for standard input. */
  final Path path;

  /**
   * Whether to read it as JSON Lines without detection ({@code --jsonl}, or a {@code .jsonl} name).
   */
  final boolean jsonLines;

  Input(String name, Path path, boolean jsonLines) {
    this.name = name;
    this.path = path;
    this.jsonLines = jsonLines;
  }
}
