package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A violation of the rule being checked, started by {@link CheckContext#violation}: what took part,
 * the numbers, and the arguments of the rule's message, in the order of the names the rule declares
 * ({@link Rule#arguments()}). Nothing is reported until {@link #add()}, which adds a {@link
 * Problem} of the rule to the validation's result.
 */
public final class ViolationBuilder {
  private final CheckContext context;
  private final Rule rule;
  private final Problem.Builder problem;
  private int arguments;

  ViolationBuilder(CheckContext context, Rule rule, Severity severity, String pointer) {
    this.context = context;
    this.rule = rule;
    this.problem = Problem.of(rule).severity(severity).at(pointer);
  }

  /** The other cells that took part. */
  public ViolationBuilder related(Cell... cells) {
    String[] pointers = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      pointers[i] = cells[i].pointer();
    }
    problem.related(pointers);
    return this;
  }

  /** The other values that took part, by JSON Pointer. */
  public ViolationBuilder related(List<String> pointers) {
    problem.related(pointers);
    return this;
  }

  /** The number the report states at the violation's pointer. */
  public ViolationBuilder stated(BigDecimal stated) {
    problem.stated(stated);
    return this;
  }

  /** The number the report states at the violation's pointer. */
  public ViolationBuilder stated(long stated) {
    return stated(BigDecimal.valueOf(stated));
  }

  /** The number the rule expected there. */
  public ViolationBuilder computed(BigDecimal computed) {
    problem.computed(computed);
    return this;
  }

  /** The number the rule expected there. */
  public ViolationBuilder computed(long computed) {
    return computed(BigDecimal.valueOf(computed));
  }

  /**
   * The arguments of the rule's message, by position. User data belongs here, never in a pattern. A
   * {@link Cell}, row, column or {@link io.github.xxgk.report.form.Label} argument is written in
   * the form's own terms, a list of cells as their sum.
   */
  public ViolationBuilder arguments(Object... arguments) {
    problem.arguments(arguments);
    this.arguments = arguments.length;
    return this;
  }

  /**
   * For a finding on a narrative section: where the sentence it is about is in the section's text.
   */
  public ViolationBuilder text(int offset, int length) {
    problem.text(offset, length);
    return this;
  }

  /** A variant of the rule's message, under the key {@code RULE-ID.variant}. */
  ViolationBuilder variant(String variant) {
    problem.variant(variant);
    return this;
  }

  /** Another severity than the profile's, for a standard rule that says when it matters less. */
  ViolationBuilder severity(Severity severity) {
    problem.severity(severity);
    return this;
  }

  /**
   * Reports the violation.
   *
   * @throws IllegalStateException if the check that started it has returned, or if the rule
   *     declares its message arguments and they are not as many
   */
  public void add() {
    int declared = rule.arguments().size();
    if ((declared > 0 || rule.isStandard()) && arguments != declared) {
      throw new IllegalStateException(
          "Rule "
              + rule.id()
              + " declares "
              + declared
              + " message arguments "
              + rule.arguments()
              + ", got "
              + arguments);
    }
    context.report(problem.build(), rule);
  }

  /** An unmodifiable list of pointers, for the related values of the standard rules. */
  static List<String> pointers(String... pointers) {
    return Collections.unmodifiableList(Arrays.asList(pointers));
  }
}
