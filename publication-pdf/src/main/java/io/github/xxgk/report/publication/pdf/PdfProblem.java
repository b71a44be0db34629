package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.problem.Severity;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A problem met while reading a PDF: a stable rule id, a severity, the page it concerns (0 for the
 * whole file) and a message in Chinese or English. Messages come from a resource bundle keyed by
 * rule id; the arguments are plain values, never parsed as a pattern.
 */
public final class PdfProblem {
  private static final String BUNDLE = "io.github.xxgk.report.publication.pdf.Messages";

  private final PdfRule rule;
  private final String variant;
  private final int page;
  private final Object[] arguments;

  PdfProblem(PdfRule rule, int page, Object... arguments) {
    this(rule, "", page, arguments);
  }

  /** A problem whose message is one of the rule's variants ({@code PDF-LIMIT.pages}). */
  PdfProblem(PdfRule rule, String variant, int page, Object... arguments) {
    this.rule = rule;
    this.variant = variant;
    this.page = page;
    this.arguments = arguments.clone();
  }

  /** The rule broken. */
  public PdfRule rule() {
    return rule;
  }

  /** The rule's stable id, for example {@code PDF-NO-TEXT-LAYER}. */
  public String ruleId() {
    return rule.id();
  }

  /** How serious the problem is. */
  public Severity severity() {
    return rule.severity();
  }

  /** The page concerned, from 1, or 0 when the problem concerns the whole file. */
  public int page() {
    return page;
  }

  /** The message in the given language (Chinese unless English is asked for). */
  public String message(Locale locale) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, new RootFallback());
    Object[] texts = new Object[arguments.length + 1];
    texts[0] = page;
    for (int i = 0; i < arguments.length; i++) {
      texts[i + 1] = String.valueOf(arguments[i]);
    }
    return new MessageFormat(bundle.getString(key()), english ? Locale.ENGLISH : Locale.CHINESE)
        .format(texts);
  }

  /** The message key: the rule id, and the variant where the rule has several messages. */
  String key() {
    return variant.isEmpty() ? rule.id() : rule.id() + "." + variant;
  }

  @Override
  public String toString() {
    return rule.id()
        + " "
        + severity()
        + (page > 0 ? " page " + page : "")
        + ": "
        + message(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PdfProblem
        && ((PdfProblem) other).rule == rule
        && ((PdfProblem) other).variant.equals(variant)
        && ((PdfProblem) other).page == page
        && Arrays.equals(((PdfProblem) other).arguments, arguments);
  }

  @Override
  public int hashCode() {
    return rule.hashCode() * 31 + page;
  }

  /** The base bundle is Chinese; the JVM's default locale must not pick another. */
  private static final class RootFallback extends ResourceBundle.Control {
    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
