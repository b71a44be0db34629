package io.github.xxgk.report.validation;

import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every violation that a validator found in a report, in a deterministic order: by rule, in the
 * order of {@link ReportValidator#rules()}, and within a rule in the form's reading order.
 * Immutable.
 */
public final class ValidationResult {
  private static final ValidationResult EMPTY =
      new ValidationResult(Collections.<Violation>emptyList());

  private final List<Violation> violations;

  private ValidationResult(List<Violation> violations) {
    this.violations = violations;
  }

  static ValidationResult of(List<Violation> found) {
    return found == null || found.isEmpty()
        ? EMPTY
        : new ValidationResult(Collections.unmodifiableList(found));
  }

  /** All violations, in the order described above. */
  public List<Violation> violations() {
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
  public List<Violation> bySeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<Violation> selected = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.severity() == severity) {
        selected.add(violation);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /** The violations of one rule, in order; empty for a rule that found nothing or is unknown. */
  public List<Violation> byRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    List<Violation> selected = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.ruleId().equals(ruleId)) {
        selected.add(violation);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * The violations grouped by {@link Violation#pointer()}, the groups in order of their first
   * violation; a violation of the whole report is under the empty pointer.
   */
  public Map<String, List<Violation>> byPointer() {
    Map<String, List<Violation>> groups = new LinkedHashMap<>();
    for (Violation violation : violations) {
      List<Violation> group = groups.get(violation.pointer());
      if (group == null) {
        group = new ArrayList<>();
        groups.put(violation.pointer(), group);
      }
      group.add(violation);
    }
    for (Map.Entry<String, List<Violation>> group : groups.entrySet()) {
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
