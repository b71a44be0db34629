package io.github.xxgk.report.cli;

import java.util.List;

/**
 * One command of the tool, such as {@code validate}. A new command is one class implementing this
 * interface, one line in {@link Main#COMMANDS}, and its help text in {@code help/NAME.txt} beside
 * this class; {@link Main} does the rest: {@code -h}/{@code --help}, parsing, exit statuses.
 */
interface Command {
  /** The name typed on the command line. */
  String name();

  /** The options it accepts; {@code -h}/{@code --help} are added by {@link Main}. */
  List<Option> options();

  /**
   * Runs the command.
   *
   * @return the exit status, one of the constants of {@link Main}
   * @throws UsageException when the arguments make no sense together
   */
  int run(Arguments arguments, Terminal terminal) throws UsageException;
}
