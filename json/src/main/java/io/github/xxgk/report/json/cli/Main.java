package io.github.xxgk.report.json.cli;

import io.github.xxgk.report.json.ReportSchema;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line validator, the main class of the {@code standalone} jar. Run it with {@code
 * --help} for its usage; {@link #run} is the same without touching the process, for tests and
 * for embedding.
 */
public final class Main {
  /** Exit status: no input has an error. */
  public static final int OK = 0;
  /** Exit status: some report has at least one violation of severity ERROR. */
  public static final int INVALID = 1;
  /** Exit status: an input could not be read as a report (syntax, I/O), or bad usage. */
  public static final int UNREADABLE = 2;

  static final String HELP =
      "Usage:\n"
          + "  java -jar xxgk-report-json-standalone.jar validate [options] FILE... | -\n"
          + "  java -jar xxgk-report-json-standalone.jar schema\n"
          + "  java -jar xxgk-report-json-standalone.jar --help\n"
          + "\n"
          + "validate  Reads annual reports (政府信息公开工作年度报告, edition 2021) in the JSON\n"
          + "          form of the contract and checks them with the standard rules. A file holds\n"
          + "          one report, a JSON array of reports, or JSON Lines (one report per line,\n"
          + "          detected from the first line). - reads standard input. Every file is\n"
          + "          checked, whatever happens to the others. A file without any report\n"
          + "          (empty, blank, or an empty array) is an error, JSON-SYNTAX at 1:1.\n"
          + "  --format text|json  text (default): one line per violation with the rule id, the\n"
          + "                      severity, the JSON Pointer, the Chinese captions of the cell's\n"
          + "                      row and column, the stated and computed numbers and the\n"
          + "                      message, then a summary line per file.\n"
          + "                      json: one JSON array with one object per file:\n"
          + "                      {\"file\", \"valid\", \"reports\", \"violations\": [{\"rule\",\n"
          + "                      \"severity\", \"path\", \"message\", \"record\", \"line\",\n"
          + "                      \"stated\", \"computed\"}]}. JSON problems use the same shape.\n"
          + "  --lang zh|en        language of the messages (default zh).\n"
          + "  --previous FILE     last year's report of the same organ, for the checks between\n"
          + "                      consecutive years (CARRY-OVER-CONTINUITY).\n"
          + "  --jsonl             read every file as JSON Lines, without detection.\n"
          + "\n"
          + "schema    Prints the JSON Schema (draft 2020-12) of the report.\n"
          + "\n"
          + "Rule ids of input that is not a report: JSON-SYNTAX, JSON-UNKNOWN-PROPERTY,\n"
          + "JSON-TYPE, JSON-MISSING, JSON-DUPLICATE-KEY, JSON-CELL-MARK, JSON-LIMIT, and\n"
          + "FILE-UNREADABLE.\n"
          + "\n"
          + "Exit status:\n"
          + "  0  no violation of severity ERROR in any file\n"
          + "  1  at least one ERROR\n"
          + "  2  an input could not be read as a report (any JSON-* or FILE-UNREADABLE\n"
          + "     problem: syntax, types, missing values, limits, I/O), or bad usage\n"
          + "Output is UTF-8.\n";

  private Main() {}

  /** Runs the command line and exits the process with its status. */
  public static void main(String[] args) throws UnsupportedEncodingException {
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    PrintStream err = new PrintStream(System.err, true, "UTF-8");
    System.exit(run(args, System.in, out, err));
  }

  /**
   * Runs the command line.
   *
   * @return the exit status: {@link #OK}, {@link #INVALID} or {@link #UNREADABLE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    List<String> arguments = Arrays.asList(args);
    if (arguments.isEmpty()) {
      err.print(HELP);
      return UNREADABLE;
    }
    String command = arguments.get(0);
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      out.print(HELP);
      return OK;
    }
    if (command.equals("schema") && arguments.size() == 1) {
      out.print(ReportSchema.text());
      out.flush();
      return OK;
    }
    if (!command.equals("validate")) {
      return usage(err, "unknown command: " + command);
    }
    Options options;
    try {
      options = Options.parse(arguments.subList(1, arguments.size()));
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    return validate(options, in, out);
  }

  private static int validate(Options options, InputStream in, PrintStream out) {
    Checker checker = new Checker(options, in);
    List<FileResult> results = new ArrayList<>();
    if (options.previous != null) {
      FileResult previous = checker.loadPrevious();
      if (previous.unreadable()) {
        results.add(previous);
      }
    }
    TextOutput text = options.json ? null : new TextOutput(out, options.locale);
    for (FileResult result : results) {
      print(text, result);
    }
    for (String file : options.files) {
      FileResult result = checker.check(file);
      results.add(result);
      print(text, result);
    }
    if (options.json) {
      JsonOutput.print(results, out);
    }
    out.flush();
    int status = OK;
    for (FileResult result : results) {
      status = Math.max(status, result.exitStatus());
    }
    return status;
  }

  private static void print(TextOutput text, FileResult result) {
    if (text != null) {
      text.print(result);
    }
  }

  private static int usage(PrintStream err, String message) {
    err.println("xxgk-report: " + message);
    err.println("Run with --help for usage.");
    return UNREADABLE;
  }
}
