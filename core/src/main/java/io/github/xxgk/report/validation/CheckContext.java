package io.github.xxgk.report.validation;

import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What a {@link CustomCheck} sees of one validation, and where it reports what it finds. */
public interface CheckContext {
  /** The report being validated. */
  AnnualReport report();

  /** The previous year's report, when the validator was given one. */
  Optional<AnnualReport> previousYear();

  /**
   * Reports a violation of the custom rule, with the rule's id and the severity the profile gives
   * it.
   *
   * @param pointer the JSON Pointer of the offending value; {@code ""} for the whole report
   * @param relatedPointers the other values that took part
   * @param stated the number the report states, or null
   * @param computed the number the rule expected, or null
   * @param messageArguments the arguments of the rule's message patterns, by position; user data
   *     belongs here, never in a pattern. A {@link io.github.xxgk.report.form.Cell} or {@link
   *     io.github.xxgk.report.form.Label} argument is written in the form's own terms.
   */
  void addViolation(
      String pointer,
      List<String> relatedPointers,
      BigDecimal stated,
      BigDecimal computed,
      Object... messageArguments);
}
