package io.github.xxgk.report.cli;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line per finding, {@code FILE:LINE:COLUMN: SEVERITY RULE POINTER [captions] stated, computed:
 * message}, one summary line per input, and lines starting with {@code #} for the whole run. A
 * finding names its cell by the form's Chinese captions, whatever the language of the messages,
 * because those are what a reader of the printed report looks for. Everything that comes from the
 * data is escaped ({@link Escape}).
 */
final class TextOutput implements Output {
  private final Writer out;
  private final Messages messages;
  private final boolean quiet;

  TextOutput(Writer out, Messages messages, boolean quiet) {
    this.out = out;
    this.messages = messages;
    this.quiet = quiet;
  }

  @Override
  public void startFile(FileTally file) {}

  @Override
  public void finding(FileTally file, int record, String organ, Integer year, Problem problem)
      throws IOException {
    StringBuilder line = new StringBuilder(160).append(Escape.fileName(file.name));
    int at = Output.line(problem);
    if (at > 0) {
      line.append(':').append(at);
      if (Output.column(problem) > 0) {
        line.append(':').append(Output.column(problem));
      }
    }
    line.append(": ").append(problem.severity()).append(' ').append(problem.ruleId());
    if (!problem.pointer().isEmpty()) {
      line.append(' ').append(Escape.text(problem.pointer()));
    }
    Optional<Cell> cell = FormCells.byPointer(problem.pointer());
    if (cell.isPresent()) {
      line.append(" [")
          .append(captions(cell.get().rowLabels()))
          .append(" | ")
          .append(captions(cell.get().columnLabels()))
          .append(']');
    }
    if (problem.stated().isPresent() || problem.computed().isPresent()) {
      line.append(' ')
          .append(
              messages.get(
                  "text.numbers",
                  number(problem.stated().orElse(null)),
                  number(problem.computed().orElse(null))));
    }
    line.append(": ").append(Escape.text(problem.message(messages.language()))).append('\n');
    out.write(line.toString());
  }

  @Override
  public void endFile(FileTally file) throws IOException {
    if (quiet) {
      return;
    }
    String name = Escape.fileName(file.name);
    if (file.omitted > 0) {
      out.write(messages.get("file.omitted", name, String.valueOf(file.omitted)) + "\n");
    }
    String verdict =
        file.internalFailure
            ? "file.internal"
            : file.notReport() ? "file.unreadable" : file.valid() ? "file.valid" : "file.invalid";
    out.write(
        messages.get(
                verdict,
                name,
                String.valueOf(file.reports),
                String.valueOf(file.records),
                String.valueOf(file.errors),
                String.valueOf(file.warnings),
                String.valueOf(file.infos))
            + "\n");
    out.flush();
  }

  @Override
  public void end(Summary summary) throws IOException {
    out.write(
        messages.get(
                "summary.total",
                String.valueOf(summary.inputs),
                String.valueOf(summary.unreadableInputs),
                String.valueOf(summary.records),
                String.valueOf(summary.reports),
                String.valueOf(summary.validReports),
                String.valueOf(summary.invalidReports),
                String.valueOf(summary.exitStatus))
            + "\n");
    if (summary.previousGiven) {
      out.write(
          messages.get(
                  "summary.previous",
                  String.valueOf(summary.withPrevious),
                  String.valueOf(summary.reports))
              + "\n");
    }
    for (Map.Entry<String, Long> rule : summary.rules.entrySet()) {
      out.write(
          messages.get("summary.rule", rule.getKey(), String.valueOf(rule.getValue())) + "\n");
    }
    out.flush();
  }

  private static String captions(List<Label> labels) {
    StringBuilder text = new StringBuilder();
    for (Label label : labels) {
      if (text.length() > 0) {
        text.append(" · ");
      }
      text.append(label.zh());
    }
    return text.toString();
  }

  private static String number(BigDecimal value) {
    return value == null ? "-" : value.toPlainString();
  }
}
