package io.github.xxgk.report.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a report: which rule, how serious, where (a JSON Pointer into the
 * contract), which other cells took part, and the stated and computed numbers. The message is
 * rendered only when asked for, in Chinese or English.
 */
public final class Violation {
  private final Rule rule;
  private final Severity severity;
  private final String messageKey;
  private final String pointer;
  private final List<String> relatedPointers;
  private final BigDecimal stated;
  private final BigDecimal computed;
  private final Object[] arguments;

  Violation(
      Rule rule,
      Severity severity,
      String messageKey,
      String pointer,
      List<String> relatedPointers,
      BigDecimal stated,
      BigDecimal computed,
      Object[] arguments) {
    this.rule = rule;
    this.severity = severity;
    this.messageKey = messageKey;
    this.pointer = pointer;
    this.relatedPointers = relatedPointers;
    this.stated = stated;
    this.computed = computed;
    this.arguments = arguments;
  }

  /** The id of the rule that was broken; never null. */
  public String ruleId() {
    return rule.id();
  }

  /** The severity, as the validator's profile sets it for the rule. */
  public Severity severity() {
    return severity;
  }

  /**
   * Where the problem is: a JSON Pointer (RFC 6901) into the report's contract, e.g. {@code
   * /applications/outcomes/total/naturalPerson}; the empty string for the whole report.
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The other cells that took part: the terms of a failed equation, or the fields a rule compared.
   * For a cross-year rule, a pointer into the previous year's report may be among them.
   */
  public List<String> relatedPointers() {
    return relatedPointers;
  }

  /** The number the report states at {@link #pointer()}, when the rule compares numbers. */
  public Optional<BigDecimal> stated() {
    return Optional.ofNullable(stated);
  }

  /** The number the rule expected there, when the rule compares numbers. */
  public Optional<BigDecimal> computed() {
    return Optional.ofNullable(computed);
  }

  /**
   * The key of the message in the resource bundle: the rule id, or the rule id and a variant, e.g.
   * {@code PUBLICATION-DEADLINE.kindUnknown}.
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * The message in Chinese for a Chinese locale, in English for any other. It never throws: the
   * patterns of custom rules are checked when the rule is built, and arguments become plain text.
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String pattern = rule.pattern(messageKey, locale);
    return rule.isStandard()
        ? Messages.format(pattern, arguments, locale)
        : Messages.template(pattern, arguments, locale);
  }

  /** The message in Chinese. */
  public String message() {
    return message(Locale.CHINESE);
  }

  /** Same rule, severity, location, related cells and numbers. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return rule.id().equals(that.rule.id())
        && severity == that.severity
        && messageKey.equals(that.messageKey)
        && pointer.equals(that.pointer)
        && relatedPointers.equals(that.relatedPointers)
        && Objects.equals(stated, that.stated)
        && Objects.equals(computed, that.computed)
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), severity, pointer, stated, computed);
  }

  /** Id, severity, location and numbers, for logs; not the message. */
  @Override
  public String toString() {
    return severity
        + " "
        + rule.id()
        + " at '"
        + pointer
        + "'"
        + (stated == null ? "" : " stated " + Messages.number(stated))
        + (computed == null ? "" : " computed " + Messages.number(computed));
  }

  static List<String> pointers(String... pointers) {
    return Collections.unmodifiableList(Arrays.asList(pointers));
  }
}
