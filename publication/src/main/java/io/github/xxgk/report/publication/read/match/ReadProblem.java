package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.source.SourcePosition;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One problem met while reading a published report: the rule, its severity, where in the source
 * (line and column) and which cell of the form (a JSON Pointer, empty when the problem is not about
 * one cell), and a message in Chinese or English from the resource bundle {@code ImportMessages}.
 */
public final class ReadProblem {
  private static final String BUNDLE =
      "io.github.xxgk.report.publication.read.match.ImportMessages";

  private final ImportRule rule;
  private final Severity severity;
  private final SourcePosition position;
  private final String pointer;
  private final Object[] arguments;

  private ReadProblem(
      ImportRule rule,
      Severity severity,
      SourcePosition position,
      String pointer,
      Object[] arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.position = Objects.requireNonNull(position, "position");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.arguments = arguments.clone();
  }

  /**
   * A problem with the rule's default severity. The arguments fill the message's placeholders in
   * order; they are data, never part of the pattern.
   */
  public static ReadProblem of(
      ImportRule rule, SourcePosition position, String pointer, Object... arguments) {
    return new ReadProblem(rule, rule.severity(), position, pointer, arguments);
  }

  /** A problem with a severity other than the rule's default. */
  public static ReadProblem of(
      ImportRule rule,
      Severity severity,
      SourcePosition position,
      String pointer,
      Object... arguments) {
    return new ReadProblem(rule, severity, position, pointer, arguments);
  }

  /** The rule. */
  public ImportRule rule() {
    return rule;
  }

  /** The rule's stable id, never null. */
  public String ruleId() {
    return rule.id();
  }

  /** How serious the problem is; an ERROR means no report was returned. */
  public Severity severity() {
    return severity;
  }

  /** Where in the source; {@link SourcePosition#UNKNOWN} when nowhere in particular. */
  public SourcePosition position() {
    return position;
  }

  /** The cell or part of the report concerned, as a JSON Pointer; empty for the whole report. */
  public String pointer() {
    return pointer;
  }

  /** The message in Chinese for a Chinese locale, else in English. */
  public String message(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.CHINESE.getLanguage().equals(locale.getLanguage())
                ? Locale.CHINESE
                : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    MessageFormat format = new MessageFormat(bundle.getString(rule.id()), locale);
    return format.format(arguments);
  }

  /** The message in Chinese. */
  public String message() {
    return message(Locale.CHINESE);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadProblem)) {
      return false;
    }
    ReadProblem that = (ReadProblem) other;
    return rule == that.rule
        && severity == that.severity
        && position.equals(that.position)
        && pointer.equals(that.pointer)
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, position, pointer);
  }

  /** Severity, id, position and pointer, for logs. */
  @Override
  public String toString() {
    return severity
        + " "
        + rule.id()
        + " at "
        + position
        + (pointer.isEmpty() ? "" : " " + pointer);
  }
}
