package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Verdict;
import io.github.xxgk.report.resource.ShippedResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The command-line tool, the main class of the standalone jar: {@code validate}, {@code convert},
 * {@code render}, {@code schema}, {@code fixtures}. Run it with {@code --help} for its usage, or
 * {@code COMMAND --help}; {@link #run} is the same without touching the process, for tests and for
 * embedding.
 */
public final class Main {
  /** Exit status: done; no input has an ERROR. */
  public static final int OK = 0;

  /** Exit status: some report has a violation of severity ERROR. */
  public static final int INVALID = 1;

  /** Exit status: an input is not a report (format, syntax, limits, I/O), or bad usage. */
  public static final int NOT_A_REPORT = 2;

  /** Exit status: the tool itself failed, or its output could not be written. */
  public static final int INTERNAL = 3;

  /** The commands; adding one is a class and a line here. */
  static final List<Command> COMMANDS =
      Collections.unmodifiableList(
          Arrays.<Command>asList(
              new ValidateCommand(),
              new ConvertCommand(),
              new RenderCommand(),
              new SchemaCommand(),
              new FixturesCommand()));

  private Main() {}

  /** The exit status of a verdict: {@link #OK}, {@link #INVALID} or {@link #NOT_A_REPORT}. */
  static int status(Verdict verdict) {
    switch (verdict) {
      case VALID:
        return OK;
      case INVALID:
        return INVALID;
      case NOT_A_REPORT:
        return NOT_A_REPORT;
      default:
        throw new AssertionError(verdict);
    }
  }

  /**
   * Runs the tool and exits the process with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) throws UnsupportedEncodingException {
    PrintStream err = new PrintStream(System.err, true, "UTF-8");
    System.exit(run(args, System.in, System.out, err, Terminals.stderrIsTerminal()));
  }

  /**
   * Runs the tool without exiting.
   *
   * @param args the command and its arguments
   * @param in standard input, read for the operand {@code -}
   * @param out standard output, written as UTF-8
   * @param err standard error
   * @return the exit status: {@link #OK}, {@link #INVALID}, {@link #NOT_A_REPORT} or {@link
   *     #INTERNAL}
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    return run(args, in, out, err, false);
  }

  static int run(
      String[] args, InputStream in, OutputStream out, PrintStream err, boolean interactive) {
    try {
      return dispatch(Arrays.asList(args), new Terminal(in, out, err, interactive));
    } catch (RuntimeException | Error e) {
      // Whatever happened, one line and a status of its own: never a stack trace, never 1.
      err.println("xxgk-report: internal error: " + Escape.text(e.toString()));
      return INTERNAL;
    }
  }

  private static int dispatch(List<String> args, Terminal terminal) {
    if (args.isEmpty()) {
      return usage(terminal, "no command given");
    }
    String name = args.get(0);
    if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
      return print(terminal, help("main"));
    }
    if (name.equals("--version") || name.equals("-V")) {
      return print(terminal, "xxgk-report " + version() + "\n");
    }
    for (Command command : COMMANDS) {
      if (command.name().equals(name)) {
        try {
          Arguments arguments = Arguments.parse(args.subList(1, args.size()), command.options());
          if (arguments.has(Arguments.HELP)) {
            return print(terminal, help(command.name()));
          }
          return command.run(arguments, terminal);
        } catch (UsageException e) {
          return usage(terminal, name + ": " + e.getMessage());
        }
      }
    }
    return usage(terminal, "unknown command " + Escape.text(name));
  }

  private static int usage(Terminal terminal, String message) {
    terminal.err.println("xxgk-report: " + message);
    terminal.err.println("Run with --help for usage.");
    return NOT_A_REPORT;
  }

  private static int print(Terminal terminal, String text) {
    try {
      terminal.out.write(text.getBytes(StandardCharsets.UTF_8));
      terminal.out.flush();
      return OK;
    } catch (IOException e) {
      return INTERNAL;
    }
  }

  /** The help text of {@code main} or of a command, from {@code help/NAME.txt}. */
  static String help(String name) {
    return ShippedResource.text(Main.class, "help/" + name + ".txt");
  }

  static String version() {
    return ShippedResource.properties(Main.class, "version.properties").getProperty("version");
  }
}
