package io.github.xxgk.report.form;

import io.github.xxgk.report.problem.Language;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A caption of the form: the official Chinese text, exactly as printed, and its English rendering.
 */
public final class Label implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String zh;
  private final String en;

  private Label(String zh, String en) {
    this.zh = Objects.requireNonNull(zh, "zh");
    this.en = Objects.requireNonNull(en, "en");
  }

  /** A label from its Chinese and English texts. */
  public static Label of(String zh, String en) {
    return new Label(zh, en);
  }

  /** The official Chinese text, exactly as printed in the form. */
  public String zh() {
    return zh;
  }

  /** The English rendering. */
  public String en() {
    return en;
  }

  /** The Chinese text for a Chinese locale, the English one for any other. */
  public String in(Locale locale) {
    return in(Language.of(locale));
  }

  /** The text in a language. */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Label && zh.equals(((Label) other).zh) && en.equals(((Label) other).en);
  }

  @Override
  public int hashCode() {
    return zh.hashCode() * 31 + en.hashCode();
  }

  @Override
  public String toString() {
    return zh + " (" + en + ")";
  }
}
