package io.github.xxgk.report.validation;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks annual reports against the form, the statute and each other, and returns every problem at
 * once. Immutable, thread-safe and pure: it performs no I/O and keeps no state between calls.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard().validate(report);
 * for (Problem v : result.violations()) {
 *   System.out.println(v.severity() + " " + v.pointer() + ": " + v.message(Language.ZH));
 * }
 * }</pre>
 *
 * <p>A profile, built with {@link #builder()}, turns standard rules off, changes their severity and
 * adds custom rules, always by rule id. Rules that compare two years run only in {@link
 * #validate(AnnualReport, AnnualReport)}. Rules about the publication date are skipped when the
 * report has none. A rule that throws is reported as {@code CHECK-FAILED}, an error, and the other
 * rules still run. Validation never throws for a report the model can hold.
 */
public final class ReportValidator {
  private static final ReportValidator STANDARD = builder().build();

  // One context per thread holds the cells of the report in hand, so that a valid report costs
  // no allocation.
  private static final ThreadLocal<CheckContext> CONTEXT =
      ThreadLocal.withInitial(CheckContext::new);

  private final List<Rule> rules;
  private final Rule[] active;
  private final Severity[] severities;
  private final Check[] checks;
  private final boolean[] custom;
  // The indexes of the rules that run, in order: without and with the previous year's report.
  private final int[] single;
  private final int[] paired;
  private final Map<String, Severity> severityById;
  private final Rule checkFailed;

  private ReportValidator(Builder builder) {
    List<Rule> rules = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    Map<String, Severity> severityById = new LinkedHashMap<>();
    for (Rule rule : builder.candidates.values()) {
      if (builder.disabled.contains(rule.id())) {
        continue;
      }
      Severity severity = builder.severities.getOrDefault(rule.id(), rule.severity());
      rules.add(rule);
      severityById.put(rule.id(), severity);
      checks.add(
          builder.custom.containsKey(rule.id())
              ? builder.custom.get(rule.id())
              : Rules.check(rule.id()));
    }
    this.rules = Collections.unmodifiableList(rules);
    this.active = rules.toArray(new Rule[0]);
    this.checks = checks.toArray(new Check[0]);
    this.custom = new boolean[active.length];
    for (int i = 0; i < active.length; i++) {
      custom[i] = builder.custom.containsKey(active[i].id());
    }
    this.severities = new Severity[active.length];
    for (int i = 0; i < active.length; i++) {
      severities[i] = severityById.get(active[i].id());
    }
    this.single = order(false);
    this.paired = order(true);
    this.severityById = Collections.unmodifiableMap(severityById);
    this.checkFailed = Rules.byId(Rules.CHECK_FAILED).get();
  }

  /** The rules with a check, leaving out those that need the previous year if there is none. */
  private int[] order(boolean withPrevious) {
    int[] order = new int[active.length];
    int n = 0;
    for (int i = 0; i < active.length; i++) {
      if (checks[i] != null && (withPrevious || !active[i].needsPreviousYear())) {
        order[n++] = i;
      }
    }
    return Arrays.copyOf(order, n);
  }

  /** The validator with every standard rule at its default severity. */
  public static ReportValidator standard() {
    return STANDARD;
  }

  /** A profile, starting from the standard rules at their default severities. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator applies, custom ones included, in the order it applies them. */
  public List<Rule> rules() {
    return rules;
  }

  /** The severity this validator gives a rule's violations; empty if the rule is off or unknown. */
  public Optional<Severity> severity(String ruleId) {
    return Optional.ofNullable(severityById.get(ruleId));
  }

  /** Checks one report; the rules that need the previous year do not run. */
  public ValidationResult validate(AnnualReport report) {
    return run(Objects.requireNonNull(report, "report"), null);
  }

  /**
   * Checks this year's report, and compares it with the same organ's report of the year before. The
   * previous year's report itself is not checked; validate it on its own for that.
   */
  public ValidationResult validate(AnnualReport previousYear, AnnualReport thisYear) {
    return run(
        Objects.requireNonNull(thisYear, "thisYear"),
        Objects.requireNonNull(previousYear, "previousYear"));
  }

  private ValidationResult run(AnnualReport report, AnnualReport previous) {
    CheckContext context = CONTEXT.get();
    if (context.busy) {
      context = new CheckContext();
    }
    context.busy = true;
    try {
      try {
        context.start(report, previous, active, severities);
      } catch (Throwable e) {
        // A report the builders could not have made (a broken deserialisation): no rule can run.
        rethrowFatal(e);
        context.finish();
        context.add(failed(checkFailed.id(), e));
        return ValidationResult.of(context.finish());
      }
      for (int i : previous == null ? single : paired) {
        if (custom[i]) {
          runCustom(context, i);
          continue;
        }
        int before = context.size();
        context.begin(i);
        try {
          checks[i].check(context);
        } catch (Throwable e) {
          rethrowFatal(e);
          context.truncate(before);
          context.add(failed(active[i].id(), e));
        } finally {
          context.end();
        }
      }
      return ValidationResult.of(context.finish());
    } finally {
      context.busy = false;
    }
  }

  /**
   * A custom check gets a context of its own, closed when it returns, so that one kept and used
   * later reports nowhere rather than into another validation.
   */
  private void runCustom(CheckContext shared, int i) {
    CheckContext own = shared.forCustom();
    own.begin(i);
    try {
      checks[i].check(own);
      own.end();
      shared.addAll(own.finish());
    } catch (Throwable e) {
      // Errors and checked exceptions thrown sneakily by a custom check are failures too.
      own.end();
      rethrowFatal(e);
      shared.add(failed(active[i].id(), e));
    }
  }

  private Problem failed(String ruleId, Throwable e) {
    return Problem.of(checkFailed).severity(Severity.ERROR).arguments(ruleId, describe(e)).build();
  }

  /** What failed, even from an exception whose own {@code toString} throws. */
  private static String describe(Throwable e) {
    try {
      return String.valueOf(e);
    } catch (RuntimeException | StackOverflowError broken) {
      return e.getClass().getName();
    }
  }

  /**
   * Out of memory and the like say nothing about the report, and the JVM may not be able to go on:
   * they are thrown as they are. A stack overflow is a failing check.
   */
  private static void rethrowFatal(Throwable e) {
    if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
      throw (VirtualMachineError) e;
    }
  }

  /**
   * A validation profile, keyed by rule id. Unknown ids are rejected when the validator is built,
   * so a typing error never silently leaves a rule on.
   */
  public static final class Builder {
    private final Map<String, Rule> candidates = new LinkedHashMap<>();
    private final Map<String, Check> custom = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {
      for (Rule rule : Rules.standard()) {
        candidates.put(rule.id(), rule);
      }
    }

    /** Turns a rule off. {@code CHECK-FAILED} cannot be turned off. */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /** Gives a rule's violations another severity. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(
          Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds a custom rule, applied after the standard ones in the order added.
     *
     * @throws IllegalArgumentException if a rule with this id exists already
     */
    public Builder add(Rule rule, Check check) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(check, "check");
      if (candidates.containsKey(rule.id())) {
        throw new IllegalArgumentException("Duplicate rule id: " + rule.id());
      }
      candidates.put(rule.id(), rule);
      custom.put(rule.id(), check);
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException naming the id, if a profile entry names an unknown rule or
     *     tries to turn off or lower {@code CHECK-FAILED}
     */
    public ReportValidator build() {
      Set<String> named = new LinkedHashSet<>(disabled);
      named.addAll(severities.keySet());
      for (String id : named) {
        if (!candidates.containsKey(id)) {
          throw new IllegalArgumentException("Unknown rule id in profile: " + id);
        }
      }
      if (disabled.contains(Rules.CHECK_FAILED)
          || severities.getOrDefault(Rules.CHECK_FAILED, Severity.ERROR) != Severity.ERROR) {
        throw new IllegalArgumentException(
            Rules.CHECK_FAILED
                + " cannot be turned off or lowered: a rule that could not run is never a pass");
      }
      return new ReportValidator(this);
    }
  }
}
