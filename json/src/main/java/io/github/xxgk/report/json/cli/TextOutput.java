package io.github.xxgk.report.json.cli;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.validation.Severity;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line per finding, then one summary line per file. A finding names its cell by the form's
 * Chinese captions, whatever the language of the messages, because those are what a reader of
 * the printed report looks for.
 */
final class TextOutput {
  private final PrintStream out;
  private final boolean chinese;

  TextOutput(PrintStream out, Locale locale) {
    this.out = out;
    this.chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
  }

  void print(FileResult result) {
    for (Finding finding : result.findings) {
      out.println(line(result.file, finding));
    }
    out.println(summary(result));
  }

  private String line(String file, Finding finding) {
    StringBuilder line = new StringBuilder(file);
    if (finding.line > 0) {
      line.append(':').append(finding.line);
      if (finding.column > 0) {
        line.append(':').append(finding.column);
      }
    }
    line.append(": ").append(finding.severity).append(' ').append(finding.rule);
    if (!finding.pointer.isEmpty()) {
      line.append(' ').append(finding.pointer);
    }
    Optional<Cell> cell = FormCells.byPointer(finding.pointer);
    if (cell.isPresent()) {
      line.append(" [")
          .append(captions(cell.get().rowLabels()))
          .append(" | ")
          .append(captions(cell.get().columnLabels()))
          .append(']');
    }
    if (finding.stated.isPresent() || finding.computed.isPresent()) {
      line.append(' ')
          .append(chinese ? "填报 " : "stated ")
          .append(number(finding.stated))
          .append(chinese ? "，计算 " : ", computed ")
          .append(number(finding.computed));
    }
    return line.append(": ").append(oneLine(finding.message)).toString();
  }

  private String summary(FileResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long infos = result.count(Severity.INFO);
    String verdict;
    if (chinese) {
      verdict = result.unreadable() ? "无法作为报告读取" : errors == 0 ? "通过" : "未通过";
      return result.file + ": " + verdict + "（报告 " + result.reports + " 份，记录 " + result.records
          + " 条；错误 " + errors + "，警告 " + warnings + "，提示 " + infos + "）";
    }
    verdict = result.unreadable() ? "NOT READABLE" : errors == 0 ? "VALID" : "INVALID";
    return result.file + ": " + verdict + " (" + result.reports + " reports in " + result.records
        + " records; " + errors + " errors, " + warnings + " warnings, " + infos + " infos)";
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

  private static String number(Optional<BigDecimal> value) {
    return value.isPresent() ? value.get().toPlainString() : "-";
  }

  /** Keeps one finding on one line even when a message quotes text with line breaks. */
  private static String oneLine(String message) {
    return message.replace('\r', ' ').replace('\n', ' ');
  }
}
