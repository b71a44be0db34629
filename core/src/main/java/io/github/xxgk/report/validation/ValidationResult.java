package io.github.xxgk.report.validation;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every violation that a validator found, each a {@link Problem} of a {@link Rule}, in a report, in
 * a deterministic order: by rule, in the order of {@link ReportValidator#rules()}, and within a
 * rule in the form's reading order. Immutable.
 */
public final class ValidationResult {
  private static final ValidationResult EMPTY =
      new ValidationResult(Collections.<Problem>emptyList());

  private final List<Problem> violations;

  private ValidationResult(List<Problem> violations) {
    this.violations = violations;
  }

  static ValidationResult of(List<Problem> found) {
    return found == null || found.isEmpty()
        ? EMPTY
        : new ValidationResult(Collections.unmodifiableList(found));
  }

  /** All violations, in the order described above. */
  public List<Problem> violations() {
    return violations;
  }

  /**
   * True when no violation has severity {@link Severity#ERROR}. A rule that could not run reports
   * {@code CHECK-FAILED}, an error, so a result is never valid by omission.
   */
  public boolean isValid() {
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** The violations of one severity, in order. */
  public List<Problem> bySeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<Problem> selected = new ArrayList<>();
    for (Problem violation : violations) {
      if (violation.severity() == severity) {
        selected.add(violation);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /** The violations of one rule, in order; empty for a rule that found nothing or is unknown. */
  public List<Problem> byRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    List<Problem> selected = new ArrayList<>();
    for (Problem violation : violations) {
      if (violation.ruleId().equals(ruleId)) {
        selected.add(violation);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * The violations grouped by {@link Problem#pointer()}, the groups in order of their first
   * violation; a violation of the whole report is under the empty pointer.
   */
  public Map<String, List<Problem>> byPointer() {
    Map<String, List<Problem>> groups = new LinkedHashMap<>();
    for (Problem violation : violations) {
      List<Problem> group = groups.get(violation.pointer());
      if (group == null) {
        group = new ArrayList<>();
        groups.put(violation.pointer(), group);
      }
      group.add(violation);
    }
    for (Map.Entry<String, List<Problem>> group : groups.entrySet()) {
      group.setValue(Collections.unmodifiableList(group.getValue()));
    }
    return Collections.unmodifiableMap(groups);
  }

  /** Whether the report is valid, and the violations. */
  @Override
  public String toString() {
    return (isValid() ? "valid" : "invalid") + " " + violations;
  }
}
