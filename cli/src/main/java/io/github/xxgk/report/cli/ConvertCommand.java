package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code convert}: turns reports in any format the tool reads (a published HTML page, copied text,
 * a PDF, or JSON) into the contract's JSON. One input goes to standard output as a JSON document;
 * several go to standard output as JSON Lines, one report a line; with {@code --out DIR}, each goes
 * to its own file in DIR, named after the input with {@code .json}. The problems met reading each
 * input are printed on standard error, located; an input that cannot be read exactly is skipped and
 * the exit status is 2. A report read exactly but printed on the 2019 template for a year of 2021
 * or later (IMPORT-EDITION-2019, an ERROR that does not withhold the report) is written, its cells
 * the 2019 template lacks blank, and the exit status is 1. Only reading is checked: run {@code
 * validate} for the report's arithmetic.
 */
final class ConvertCommand implements Command {
  @Override
  public String name() {
    return "convert";
  }

  @Override
  public List<Option> options() {
    return Arrays.asList(Option.TO, Option.OUT, Messages.LANG);
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws UsageException {
    arguments.choice(Option.TO, "json", "json");
    Messages messages = Messages.of(arguments);
    List<String> operands = arguments.operands();
    if (operands.isEmpty()) {
      throw new UsageException("no input: name the files to convert, or - for standard input");
    }
    Path out = outDirectory(arguments.value(Option.OUT, null));
    ReportJson json = ReportJson.standard();
    Guarded stdout = new Guarded(terminal.out);
    Set<Path> written = new HashSet<>();
    int status = Main.OK;
    try {
      for (String operand : operands) {
        OneReport read = OneReport.read(operand, terminal.in, messages);
        read.printProblems(operand, terminal.err, messages);
        if (read.report == null) {
          status = Math.max(status, read.failureStatus());
          continue;
        }
        status = Math.max(status, read.writtenStatus());
        if (out == null) {
          byte[] text =
              (operands.size() == 1 ? json.writePretty(read.report) : json.write(read.report))
                  .concat("\n")
                  .getBytes(StandardCharsets.UTF_8);
          stdout.write(text);
          continue;
        }
        Path target = out.resolve(jsonName(operand));
        if (!written.add(target.toAbsolutePath().normalize()) || isInput(target, operand)) {
          terminal.err.println(
              "xxgk-report: convert: "
                  + Escape.text(operand)
                  + ": not written, "
                  + Escape.text(target.toString())
                  + " is another input or output of this run");
          status = Math.max(status, Main.NOT_A_REPORT);
          continue;
        }
        try {
          Files.write(
              target, (json.writePretty(read.report) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          terminal.err.println(
              "xxgk-report: convert: cannot write "
                  + Escape.text(target.toString())
                  + ": "
                  + Escape.text(String.valueOf(e.getMessage())));
          return Main.INTERNAL;
        }
      }
      stdout.flush();
    } catch (Guarded.Failed e) {
      return Main.INTERNAL;
    }
    return status;
  }

  private static Path outDirectory(String out) throws UsageException {
    if (out == null) {
      return null;
    }
    try {
      Path dir = Paths.get(out);
      Files.createDirectories(dir);
      return dir;
    } catch (IOException | InvalidPathException e) {
      throw new UsageException(
          "--out: cannot make the directory "
              + Escape.text(out)
              + ": "
              + Escape.text(e.toString()));
    }
  }

  /**
   * The input's file name with its extension replaced by {@code .json}; {@code stdin.json} for
   * {@code -}.
   */
  static String jsonName(String operand) {
    if (operand.equals("-")) {
      return "stdin.json";
    }
    Path name = Paths.get(operand).getFileName();
    String base = name == null ? "report" : name.toString();
    int dot = base.lastIndexOf('.');
    return (dot > 0 ? base.substring(0, dot) : base) + ".json";
  }

  private static boolean isInput(Path target, String operand) {
    try {
      return !operand.equals("-")
          && Files.exists(target)
          && Files.isSameFile(target, Paths.get(operand));
    } catch (IOException e) {
      return false;
    }
  }
}
