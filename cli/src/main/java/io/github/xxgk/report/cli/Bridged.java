package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.JsonProblem;
import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import io.github.xxgk.report.publication.pdf.PdfProblem;
import io.github.xxgk.report.publication.read.match.ReadProblem;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bridge, while the JSON reader and the readers of published reports and PDFs still report their
 * own problem types: each such problem becomes a {@link Problem} of a code that carries the other
 * type's id, stage and severity, and its message already rendered in both languages. Once those
 * modules report {@link Problem}s of their registered codes, this class goes.
 */
final class Bridged implements Code {
  private static final Map<String, Bridged> CODES = new ConcurrentHashMap<>();

  private final String id;
  private final Stage stage;
  private final Severity severity;
  private final boolean withholdsReport;

  private Bridged(String id, Stage stage, Severity severity, boolean withholdsReport) {
    this.id = id;
    this.stage = stage;
    this.severity = severity;
    this.withholdsReport = withholdsReport;
  }

  private static Problem.Builder problem(
      String id, Stage stage, Severity severity, boolean withholdsReport, String zh, String en) {
    Bridged code =
        CODES.computeIfAbsent(
            id + '/' + stage + '/' + severity + '/' + withholdsReport,
            key -> new Bridged(id, stage, severity, withholdsReport));
    return Problem.of(code).arguments(zh, en);
  }

  /** A problem of the JSON reader. */
  static Problem json(JsonProblem problem) {
    Problem.Builder built =
        problem(
                problem.ruleId(),
                Stage.JSON,
                Severity.ERROR,
                true,
                problem.message(Locale.CHINESE),
                problem.message(Locale.ENGLISH))
            .at(problem.pointer());
    if (problem.line() > 0) {
      built =
          problem.column() > 0
              ? built.line(problem.line(), problem.column())
              : built.line(problem.line());
    }
    return built.build();
  }

  /** A problem of the JSON contract that the tool finds itself, with a text of its bundle. */
  static Problem json(String ruleId, int line, int column, String key, String... arguments) {
    Problem.Builder built =
        problem(
            ruleId,
            Stage.JSON,
            Severity.ERROR,
            true,
            new Messages(Language.ZH).get(key, arguments),
            new Messages(Language.EN).get(key, arguments));
    if (line > 0) {
      built = column > 0 ? built.line(line, column) : built.line(line);
    }
    return built.build();
  }

  /**
   * A problem of reading a published report; an error withholds the report only when the reading
   * gave none.
   */
  static Problem read(ReadProblem problem, boolean noReport) {
    Problem.Builder built =
        problem(
                problem.ruleId(),
                Stage.IMPORT,
                problem.severity(),
                noReport,
                problem.message(Locale.CHINESE),
                problem.message(Locale.ENGLISH))
            .at(problem.pointer());
    if (problem.position().line() > 0) {
      built =
          problem.position().column() > 0
              ? built.line(problem.position().line(), problem.position().column())
              : built.line(problem.position().line());
    }
    return built.build();
  }

  /** A problem of reading a PDF, on its page when it has one. */
  static Problem pdf(PdfProblem problem) {
    Problem.Builder built =
        problem(
            problem.ruleId(),
            Stage.IMPORT,
            problem.severity(),
            true,
            problem.message(Locale.CHINESE),
            problem.message(Locale.ENGLISH));
    return problem.page() > 0 ? built.page(problem.page()).build() : built.build();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Stage stage() {
    return stage;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String title(Language language) {
    return id;
  }

  @Override
  public String basis(Language language) {
    return "";
  }

  /**
   * The message as the other type rendered it: the first argument in Chinese, the second in
   * English.
   */
  @Override
  public String message(String key, Object[] arguments, Language language) {
    return String.valueOf(arguments[language == Language.ZH ? 0 : 1]);
  }

  @Override
  public boolean withholdsReport() {
    return withholdsReport;
  }
}
