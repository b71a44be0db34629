package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import io.github.xxgk.report.validation.ValidationResult;
import io.github.xxgk.report.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations of a validation as problems, for the findings view, while core's validator still
 * reports {@link Violation}s. Delete this class once {@link ValidationResult} lists {@link
 * Problem}s: {@code HtmlRenderer.findings} then passes them on as they are.
 */
final class ValidationProblems {
  private ValidationProblems() {}

  static List<Problem> of(ValidationResult result) {
    List<Problem> problems = new ArrayList<>();
    for (Violation violation : result.violations()) {
      Problem.Builder problem =
          Problem.of(new Rendered(violation))
              .at(violation.pointer())
              .related(violation.relatedPointers());
      violation.stated().ifPresent(problem::stated);
      violation.computed().ifPresent(problem::computed);
      if (violation.textOffset().isPresent()) {
        problem.text(violation.textOffset().getAsInt(), violation.textLength().getAsInt());
      }
      problems.add(problem.build());
    }
    return problems;
  }

  /**
   * The code of one violation: its rule's id and severity, its message as the violation renders it.
   */
  private static final class Rendered implements Code {
    private final Violation violation;

    Rendered(Violation violation) {
      this.violation = violation;
    }

    @Override
    public String id() {
      return violation.ruleId();
    }

    @Override
    public Stage stage() {
      return Stage.VALIDATION;
    }

    @Override
    public Severity severity() {
      return violation.severity();
    }

    @Override
    public String title(Language language) {
      return violation.ruleId();
    }

    @Override
    public String basis(Language language) {
      return "";
    }

    @Override
    public String message(String key, Object[] arguments, Language language) {
      return violation.message(language.locale());
    }
  }
}
