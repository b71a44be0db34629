package io.github.xxgk.report.validation;

/**
 * The logic of one rule, standard or custom: it examines {@link CheckContext#report()} and reports
 * each problem through {@link CheckContext#violation}. A custom rule is added to a profile with
 * {@link ReportValidator.Builder#add(Rule, Check)}.
 *
 * <p>A check must be thread-safe and free of side effects, like the validator. If it throws, the
 * validator drops what it reported and reports {@code CHECK-FAILED} naming the rule instead.
 *
 * <pre>{@code
 * Check shortOverview = context -> {
 *   int length = context.report().overview().orElse("").length();
 *   if (length < 200) {
 *     context.violation("/overview").arguments(length).add();
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Check {
  /** Examines the report in the context and reports what it finds there. */
  void check(CheckContext context);
}
