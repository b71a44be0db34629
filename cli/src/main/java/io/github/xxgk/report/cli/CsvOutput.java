package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * One row per finding, RFC 4180, for a spreadsheet: file, record, organ, year, rule, severity,
 * path, line, column, stated, computed, message. The file starts with a UTF-8 byte order mark, so
 * that spreadsheet programs read the Chinese text as UTF-8. A text cell that a spreadsheet would
 * take for a formula ({@code = + - @}, tab, carriage return) is prefixed with {@code '}.
 */
final class CsvOutput implements Output {
  static final String HEADER =
      "file,record,organ,year,rule,severity,path,line,column,stated,computed,message";

  private final Writer out;
  private final Language language;

  CsvOutput(Writer out, Language language) throws IOException {
    this.out = out;
    this.language = language;
    out.write('\uFEFF');
    out.write(HEADER + "\r\n");
  }

  @Override
  public void startFile(FileTally file) {}

  @Override
  public void finding(FileTally file, int record, String organ, Integer year, Problem problem)
      throws IOException {
    StringBuilder row = new StringBuilder(200);
    text(row, file.name).append(',');
    row.append(record >= 0 ? String.valueOf(record) : "").append(',');
    text(row, organ).append(',');
    row.append(year == null ? "" : year.toString()).append(',');
    int line = Output.line(problem);
    int column = Output.column(problem);
    text(row, problem.ruleId()).append(',');
    row.append(problem.severity()).append(',');
    text(row, problem.pointer()).append(',');
    row.append(line > 0 ? String.valueOf(line) : "").append(',');
    row.append(column > 0 ? String.valueOf(column) : "").append(',');
    row.append(number(problem.stated().orElse(null))).append(',');
    row.append(number(problem.computed().orElse(null))).append(',');
    text(row, problem.message(language)).append("\r\n");
    out.write(row.toString());
  }

  @Override
  public void endFile(FileTally file) throws IOException {
    out.flush();
  }

  @Override
  public void end(Summary summary) throws IOException {
    out.flush();
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** A quoted cell; text that could start a formula gets a leading apostrophe. */
  static StringBuilder text(StringBuilder row, String value) {
    if (value == null || value.isEmpty()) {
      return row;
    }
    row.append('"');
    char first = value.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      row.append('\'');
    }
    return row.append(value.replace("\"", "\"\"")).append('"');
  }
}
