package io.github.xxgk.report.validation;

import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Runs a {@link CustomCheck} and turns what it reports into violations. */
final class CustomRuleCheck implements Check {
  private final CustomCheck check;

  CustomRuleCheck(CustomCheck check) {
    this.check = check;
  }

  @Override
  public List<Violation> run(
      AnnualReport report,
      AnnualReport previous,
      int[] cells,
      Rule rule,
      Severity severity,
      List<Violation> found) {
    Context context = new Context(report, previous, rule, severity);
    check.check(context);
    // A context kept by the check after it returned reports nowhere.
    context.open = false;
    if (context.found.isEmpty()) {
      return found;
    }
    List<Violation> result = found == null ? new ArrayList<Violation>() : found;
    result.addAll(context.found);
    return result;
  }

  private static final class Context implements CheckContext {
    private final AnnualReport report;
    private final AnnualReport previous;
    private final Rule rule;
    private final Severity severity;
    private final List<Violation> found = new ArrayList<>();
    private boolean open = true;

    Context(AnnualReport report, AnnualReport previous, Rule rule, Severity severity) {
      this.report = report;
      this.previous = previous;
      this.rule = rule;
      this.severity = severity;
    }

    @Override
    public AnnualReport report() {
      return report;
    }

    @Override
    public Optional<AnnualReport> previousYear() {
      return Optional.ofNullable(previous);
    }

    @Override
    public void addViolation(
        String pointer,
        List<String> relatedPointers,
        BigDecimal stated,
        BigDecimal computed,
        Object... messageArguments) {
      if (!open) {
        throw new IllegalStateException("Rule " + rule.id() + " reported after its check returned");
      }
      Objects.requireNonNull(pointer, "pointer");
      List<String> related =
          relatedPointers == null
              ? Collections.<String>emptyList()
              : Collections.unmodifiableList(new ArrayList<>(relatedPointers));
      Object[] arguments = messageArguments == null ? new Object[0] : messageArguments.clone();
      found.add(
          new Violation(rule, severity, rule.id(), pointer, related, stated, computed, arguments));
    }
  }
}
