package io.github.xxgk.report.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/**
 * {@code validate}: reads every input and checks every report in it, printing each finding as it is
 * found; only counts are kept, so memory does not grow with the inputs. Every input is checked
 * whatever happens to the others.
 */
final class ValidateCommand implements Command {
  static final Option FORMAT = Option.value("format", 'f');
  static final Option PREVIOUS = Option.values("previous", Option.NONE);
  static final Option JSONL = Option.flag("jsonl", Option.NONE);
  static final Option INCLUDE = Option.values("include", Option.NONE);
  static final Option MAX_FINDINGS = Option.value("max-findings", Option.NONE);
  static final Option MAX_RECORDS = Option.value("max-records", Option.NONE);
  static final Option OUTPUT = Option.value("output", 'o');
  static final Option QUIET = Option.flag("quiet", 'q');

  static final long DEFAULT_MAX_FINDINGS = 1000;
  static final long DEFAULT_MAX_RECORDS = 10_000_000;

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public List<Option> options() {
    return Arrays.asList(
        FORMAT, Messages.LANG, PREVIOUS, JSONL, INCLUDE, MAX_FINDINGS, MAX_RECORDS, OUTPUT, QUIET);
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws UsageException {
    String format = arguments.choice(FORMAT, "text", "text", "json", "csv");
    Messages messages = Messages.of(arguments);
    boolean quiet = arguments.has(QUIET);
    long maxFindings =
        quiet ? 0 : arguments.number(MAX_FINDINGS, DEFAULT_MAX_FINDINGS, 0, Long.MAX_VALUE);
    long maxRecords = arguments.number(MAX_RECORDS, DEFAULT_MAX_RECORDS, 1, Long.MAX_VALUE);
    List<String> includes = arguments.all(INCLUDE);
    InputWalker walker =
        new InputWalker(
            includes.isEmpty() ? InputWalker.DEFAULT_INCLUDES : includes, arguments.has(JSONL));
    List<String> operands = arguments.operands();
    if (operands.isEmpty()) {
      throw new UsageException("no input: name files or directories, or - for standard input");
    }
    String outputFile = arguments.value(OUTPUT, null);
    OutputStream raw;
    try {
      raw = outputFile == null ? terminal.out : Files.newOutputStream(Paths.get(outputFile));
    } catch (IOException | RuntimeException e) {
      throw new UsageException(
          "--output: cannot write " + Escape.text(outputFile) + ": " + Escape.text(e.toString()));
    }
    Guarded guarded = new Guarded(raw);
    boolean toFile = outputFile != null;
    try {
      Output output;
      if (format.equals("json")) {
        output = new JsonOutput(guarded, messages.language());
      } else {
        BufferedWriter writer =
            new BufferedWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8), 1 << 16);
        output =
            format.equals("csv")
                ? new CsvOutput(writer, messages.language())
                : new TextOutput(writer, messages, quiet);
      }
      Progress progress =
          new Progress(
              terminal.err,
              messages,
              terminal.interactive && (toFile || quiet || !Terminals.stdoutIsTerminal()));
      Batch run = new Batch(output, messages, maxFindings, maxRecords, progress, terminal.in);
      for (String previous : arguments.all(PREVIOUS)) {
        run.loadPrevious(walker, previous);
      }
      run.checkAll(walker, operands);
      progress.clear();
      output.end(run.summary);
      guarded.flush();
      return run.summary.exitStatus;
    } catch (Guarded.Failed e) {
      if (!e.brokenPipe()) {
        terminal.err.println(
            "xxgk-report: cannot write the output: "
                + Escape.text(String.valueOf(e.getCause().getMessage())));
      }
      return Main.INTERNAL;
    } catch (IOException e) {
      // Output methods throw only what the guarded stream let through; treat it as a failed write.
      terminal.err.println(
          "xxgk-report: cannot write the output: " + Escape.text(String.valueOf(e.getMessage())));
      return Main.INTERNAL;
    } finally {
      if (toFile) {
        try {
          raw.close();
        } catch (IOException e) {
          terminal.err.println(
              "xxgk-report: cannot close "
                  + Escape.text(outputFile)
                  + ": "
                  + Escape.text(String.valueOf(e.getMessage())));
        }
      }
    }
  }
}
