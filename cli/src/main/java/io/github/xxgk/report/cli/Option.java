package io.github.xxgk.report.cli;

/**
 * An option of a command: a long name, an optional one-letter name, and whether it takes a value.
 */
final class Option {
  final String name;
  final char letter;
  final boolean takesValue;
  final boolean repeatable;

  private Option(String name, char letter, boolean takesValue, boolean repeatable) {
    this.name = name;
    this.letter = letter;
    this.takesValue = takesValue;
    this.repeatable = repeatable;
  }

  /** A switch without a value, such as {@code --quiet}. */
  static Option flag(String name, char letter) {
    return new Option(name, letter, false, false);
  }

  /** An option with one value, such as {@code --format json} or {@code --format=json}. */
  static Option value(String name, char letter) {
    return new Option(name, letter, true, false);
  }

  /** An option with a value that may be given more than once, such as {@code --include}. */
  static Option values(String name, char letter) {
    return new Option(name, letter, true, true);
  }

  /** No one-letter name. */
  static final char NONE = 0;

  /** {@code --to FORMAT}: what a command writes, among the formats it names. */
  static final Option TO = value("to", NONE);

  /** {@code --out DIR}: the directory a command writes its files into, made if need be. */
  static final Option OUT = value("out", NONE);
}
