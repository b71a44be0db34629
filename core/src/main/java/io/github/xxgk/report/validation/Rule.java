package io.github.xxgk.report.validation;

import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A rule of the catalogue: its stable id, default severity, titles and basis. The standard rules
 * are listed by {@link Rules#standard()}; a profile may add custom rules built with {@link
 * #builder(String)}.
 *
 * <p>Ids are public and never renamed or reused; a retired id stays reserved.
 */
public final class Rule {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  private static final String BUNDLE = "io.github.xxgk.report.validation.Messages";

  private final String id;
  private final Severity defaultSeverity;
  private final String titleZh;
  private final String titleEn;
  private final String basis;
  private final boolean needsPreviousYear;
  private final List<String> arguments;
  // null for a standard rule, whose messages come from the resource bundle
  private final String messageZh;
  private final String messageEn;

  private Rule(
      String id,
      Severity defaultSeverity,
      String titleZh,
      String titleEn,
      String basis,
      boolean needsPreviousYear,
      List<String> arguments,
      String messageZh,
      String messageEn) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.basis = basis;
    this.needsPreviousYear = needsPreviousYear;
    this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  static Rule standard(
      String id,
      Severity severity,
      String titleZh,
      String titleEn,
      String basis,
      boolean needsPreviousYear,
      List<String> arguments) {
    return new Rule(
        id, severity, titleZh, titleEn, basis, needsPreviousYear, arguments, null, null);
  }

  /**
   * Starts a custom rule, for example a province's own. Its id must be upper-case words joined by
   * hyphens, like the standard ids, e.g. {@code SD-PROPOSALS-MISSING}.
   *
   * @throws IllegalArgumentException if the id is not of that form
   */
  public static Builder builder(String id) {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A rule id is upper-case words joined by hyphens, like APPLICATIONS-ROW-TOTAL: " + id);
    }
    return new Builder(id);
  }

  /** The stable id, e.g. {@code APPLICATIONS-ROW-TOTAL}. Never null. */
  public String id() {
    return id;
  }

  /** The severity of the rule's violations unless a profile changes it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The title in Chinese. */
  public String titleZh() {
    return titleZh;
  }

  /** The title in English. */
  public String titleEn() {
    return titleEn;
  }

  /**
   * What the rule rests on: the note printed in the form, an article of the regulations, a circular
   * such as 国办函〔2020〕109号, or "derived from the form".
   */
  public String basis() {
    return basis;
  }

  /** Whether the rule compares a report with the previous year's report of the same organ. */
  public boolean needsPreviousYear() {
    return needsPreviousYear;
  }

  /**
   * The names of the arguments of the rule's messages, in order: {@code {0}} is the first. Every
   * violation of a standard rule has exactly these; a custom rule that declares none may pass any.
   */
  public List<String> arguments() {
    return arguments;
  }

  /** Whether this rule belongs to the standard catalogue rather than to a profile. */
  public boolean isStandard() {
    return messageZh == null;
  }

  /** The MessageFormat pattern under a message key: the rule id or a variant of it. */
  String pattern(String key, Locale locale) {
    boolean chinese = Messages.isChinese(locale);
    if (messageZh != null) {
      return chinese ? messageZh : messageEn;
    }
    return bundle(chinese).getString(key);
  }

  static ResourceBundle bundle(boolean chinese) {
    // ROOT holds Chinese; asking for ROOT never falls back to the JVM's default locale.
    return ResourceBundle.getBundle(BUNDLE, chinese ? Locale.ROOT : Locale.ENGLISH);
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }

  /**
   * Builds a custom rule. Its messages are text with placeholders {@code {0}}, {@code {1}}, …,
   * replaced by the arguments its check reports, each as plain text (numbers without grouping);
   * every other character, an apostrophe included, stands for itself. They are not {@link
   * java.text.MessageFormat} patterns: {@code {0,number}} and other braces are refused by {@link
   * #build()}. User data must only ever be passed as an argument.
   */
  public static final class Builder {
    private final String id;
    private Severity severity = Severity.ERROR;
    private String titleZh;
    private String titleEn;
    private String basis = "";
    private boolean needsPreviousYear;
    private String messageZh;
    private String messageEn;
    private List<String> arguments = Collections.emptyList();

    private Builder(String id) {
      this.id = id;
    }

    /** The default severity; {@link Severity#ERROR} if not set. */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** The Chinese and English titles. */
    public Builder title(String zh, String en) {
      this.titleZh = Objects.requireNonNull(zh, "zh");
      this.titleEn = Objects.requireNonNull(en, "en");
      return this;
    }

    /** What the rule rests on, e.g. a provincial notice. */
    public Builder basis(String basis) {
      this.basis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /** Whether the rule needs the previous year's report; false if not set. */
    public Builder needsPreviousYear(boolean needsPreviousYear) {
      this.needsPreviousYear = needsPreviousYear;
      return this;
    }

    /**
     * The Chinese and English messages of the rule's violations, with placeholders {@code {0}}, ….
     */
    public Builder message(String zh, String en) {
      this.messageZh = Objects.requireNonNull(zh, "zh");
      this.messageEn = Objects.requireNonNull(en, "en");
      return this;
    }

    /**
     * The names of the message arguments, in order; once declared, every violation must pass
     * exactly these, and the messages may use only their placeholders.
     */
    public Builder arguments(String... names) {
      for (String name : names) {
        Objects.requireNonNull(name, "an argument name is null");
      }
      this.arguments = Arrays.asList(names.clone());
      return this;
    }

    /**
     * The rule.
     *
     * @throws IllegalStateException if the titles or the messages were not given
     * @throws IllegalArgumentException if a message has a brace that is not a placeholder, or a
     *     placeholder beyond the declared arguments
     */
    public Rule build() {
      if (titleZh == null || messageZh == null) {
        throw new IllegalStateException("Rule " + id + " needs a title and a message");
      }
      MessageTemplate.check(messageZh, arguments.isEmpty() ? Integer.MAX_VALUE : arguments.size());
      MessageTemplate.check(messageEn, arguments.isEmpty() ? Integer.MAX_VALUE : arguments.size());
      return new Rule(
          id,
          severity,
          titleZh,
          titleEn,
          basis,
          needsPreviousYear,
          arguments,
          messageZh,
          messageEn);
    }
  }
}
