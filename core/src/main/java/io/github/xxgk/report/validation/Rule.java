package io.github.xxgk.report.validation;

import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule of validation, a {@link Code} of stage {@link Stage#VALIDATION}: its stable id, default
 * severity, titles, basis and messages. The standard rules are listed by {@link Rules#standard()}
 * (their texts are in the bundle {@code validation/Messages_zh.properties} and {@code
 * _en.properties}); a profile may add custom rules built with {@link #builder(String)}, which carry
 * their own texts.
 *
 * <p>Ids are public and never renamed or reused; a retired id stays reserved.
 */
public final class Rule implements Code {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  private static final MessageBundle MESSAGES = MessageBundle.of(Rule.class, "Messages");

  private final String id;
  private final Severity defaultSeverity;
  private final boolean needsPreviousYear;
  private final List<String> arguments;
  // null for a standard rule, whose texts come from the bundle
  private final Texts texts;

  /** The texts of a custom rule. */
  private static final class Texts {
    final String titleZh;
    final String titleEn;
    final String basis;
    final String messageZh;
    final String messageEn;

    Texts(String titleZh, String titleEn, String basis, String messageZh, String messageEn) {
      this.titleZh = titleZh;
      this.titleEn = titleEn;
      this.basis = basis;
      this.messageZh = messageZh;
      this.messageEn = messageEn;
    }
  }

  private Rule(
      String id,
      Severity defaultSeverity,
      boolean needsPreviousYear,
      List<String> arguments,
      Texts texts) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.needsPreviousYear = needsPreviousYear;
    this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    this.texts = texts;
  }

  static Rule standard(
      String id, Severity severity, boolean needsPreviousYear, List<String> arguments) {
    return new Rule(id, severity, needsPreviousYear, arguments, null);
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
  @Override
  public String id() {
    return id;
  }

  /** Always {@link Stage#VALIDATION}. */
  @Override
  public Stage stage() {
    return Stage.VALIDATION;
  }

  /** The severity of the rule's violations unless a profile changes it. */
  @Override
  public Severity severity() {
    return defaultSeverity;
  }

  /** The title in a language. */
  @Override
  public String title(Language language) {
    if (texts == null) {
      return MESSAGES.title(id, language);
    }
    return language == Language.ZH ? texts.titleZh : texts.titleEn;
  }

  /**
   * What the rule rests on: the note printed in the form, an article of the regulations, a circular
   * such as 国办函〔2020〕109号, or "derived from the form". A custom rule's basis is the same in both
   * languages.
   */
  @Override
  public String basis(Language language) {
    return texts == null ? MESSAGES.basis(id, language) : texts.basis;
  }

  /**
   * A message of the rule: a standard rule's is the bundle's {@link java.text.MessageFormat}
   * pattern under the key, a custom rule's its own template (the key's variant is then ignored).
   * Arguments are inserted as plain text. It never throws for a violation the validator reported: a
   * custom rule's templates are checked when it is built.
   */
  @Override
  public String message(String key, Object[] arguments, Language language) {
    if (texts == null) {
      return MESSAGES.format(key, language, arguments);
    }
    String[] plain = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      plain[i] = MessageBundle.text(arguments[i], language);
    }
    return MessageTemplate.render(
        language == Language.ZH ? texts.messageZh : texts.messageEn, plain);
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
    return texts == null;
  }

  /** The pattern or template under a message key: the rule id or a variant of it. */
  String pattern(String key, Language language) {
    if (texts != null) {
      return language == Language.ZH ? texts.messageZh : texts.messageEn;
    }
    return MESSAGES.pattern(key, language);
  }

  /** The bundle of the standard rules' texts. */
  static MessageBundle messages() {
    return MESSAGES;
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
          needsPreviousYear,
          arguments,
          new Texts(titleZh, titleEn, basis, messageZh, messageEn));
    }
  }
}
