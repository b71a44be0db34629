package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem found in a report: which rule, how serious, where (a JSON Pointer into the contract),
 * which other cells took part, and the stated and computed numbers. The message is rendered only
 * when asked for, in Chinese or English.
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
  private final int textOffset;
  private final int textLength;

  Violation(
      Rule rule,
      Severity severity,
      String messageKey,
      String pointer,
      List<String> relatedPointers,
      BigDecimal stated,
      BigDecimal computed,
      Object[] arguments,
      int textOffset,
      int textLength) {
    this.rule = rule;
    this.severity = severity;
    this.messageKey = messageKey;
    this.pointer = pointer;
    this.relatedPointers = relatedPointers;
    this.stated = stated;
    this.computed = computed;
    this.arguments = arguments;
    this.textOffset = textOffset;
    this.textLength = textLength;
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
   * For a finding on a narrative section (the {@link #pointer()} is the section's): where the
   * sentence it is about starts in the section's text, in UTF-16 units as Java strings count.
   */
  public OptionalInt textOffset() {
    return textOffset < 0 ? OptionalInt.empty() : OptionalInt.of(textOffset);
  }

  /** For a finding on a narrative section: the length of the sentence it is about. */
  public OptionalInt textLength() {
    return textOffset < 0 ? OptionalInt.empty() : OptionalInt.of(textLength);
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

  /**
   * A violation being reported, started by {@link CheckContext#violation}: what took part, the
   * numbers, and the arguments of the rule's message, in the order of the names the rule declares
   * ({@link Rule#arguments()}). Nothing is reported until {@link #add()}.
   */
  public static final class Builder {
    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final CheckContext context;
    private final Rule rule;
    private Severity severity;
    private final String pointer;
    private String messageKey;
    private List<String> related = Collections.emptyList();
    private BigDecimal stated;
    private BigDecimal computed;
    private Object[] arguments = NO_ARGUMENTS;
    private int textOffset = -1;
    private int textLength = -1;

    Builder(CheckContext context, Rule rule, Severity severity, String pointer) {
      this.context = context;
      this.rule = rule;
      this.severity = severity;
      this.pointer = pointer;
      this.messageKey = rule.id();
    }

    /** The other cells that took part. */
    public Builder related(Cell... cells) {
      String[] pointers = new String[cells.length];
      for (int i = 0; i < cells.length; i++) {
        pointers[i] = cells[i].pointer();
      }
      this.related = pointers(pointers);
      return this;
    }

    /** The other values that took part, by JSON Pointer. */
    public Builder related(List<String> pointers) {
      this.related = Collections.unmodifiableList(new ArrayList<>(pointers));
      return this;
    }

    /** The number the report states at the violation's pointer. */
    public Builder stated(BigDecimal stated) {
      this.stated = stated;
      return this;
    }

    /** The number the report states at the violation's pointer. */
    public Builder stated(long stated) {
      return stated(BigDecimal.valueOf(stated));
    }

    /** The number the rule expected there. */
    public Builder computed(BigDecimal computed) {
      this.computed = computed;
      return this;
    }

    /** The number the rule expected there. */
    public Builder computed(long computed) {
      return computed(BigDecimal.valueOf(computed));
    }

    /**
     * The arguments of the rule's message, by position. User data belongs here, never in a pattern.
     * A {@link Cell}, row, column or {@link io.github.xxgk.report.form.Label} argument is written
     * in the form's own terms, a list of cells as their sum.
     */
    public Builder arguments(Object... arguments) {
      this.arguments = arguments.clone();
      return this;
    }

    /**
     * For a finding on a narrative section: where the sentence it is about is in the section's
     * text.
     */
    public Builder text(int offset, int length) {
      if (offset < 0 || length < 0) {
        throw new IllegalArgumentException(
            "offset and length are at least 0: " + offset + ", " + length);
      }
      this.textOffset = offset;
      this.textLength = length;
      return this;
    }

    /** A variant of the rule's message, under the key {@code RULE-ID.variant}. */
    Builder variant(String variant) {
      this.messageKey = rule.id() + "." + variant;
      return this;
    }

    /** Another severity than the profile's, for a standard rule that says when it matters less. */
    Builder severity(Severity severity) {
      this.severity = severity;
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
      if ((declared > 0 || rule.isStandard()) && arguments.length != declared) {
        throw new IllegalStateException(
            "Rule "
                + rule.id()
                + " declares "
                + declared
                + " message arguments "
                + rule.arguments()
                + ", got "
                + arguments.length);
      }
      context.report(
          new Violation(
              rule,
              severity,
              messageKey,
              pointer,
              related,
              stated,
              computed,
              arguments,
              textOffset,
              textLength),
          rule);
    }
  }
}
