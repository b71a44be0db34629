package io.github.xxgk.report.validation;

/**
 * The logic of a custom rule, added to a profile with {@link
 * ReportValidator.Builder#add(Rule, CustomCheck)}. It must be thread-safe and free of side
 * effects, like the validator. If it throws, the validator reports {@code CHECK-FAILED} naming it.
 */
@FunctionalInterface
public interface CustomCheck {
  /** Examines {@link CheckContext#report()} and reports each problem through the context. */
  void check(CheckContext context);
}
