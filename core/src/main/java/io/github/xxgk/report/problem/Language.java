package io.github.xxgk.report.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * The two languages the library speaks: every message, title and caption exists in Chinese and in
 * English. This is the only place that decides which one a {@link Locale} asks for.
 */
public enum Language {
  /** Chinese, the language of the form and of the reports. */
  ZH(Locale.CHINESE),
  /** English, for every locale that is not Chinese. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language for a locale: {@link #ZH} for any Chinese locale ({@code zh}, {@code zh-CN},
   * {@code zh-TW}, …), {@link #EN} for any other.
   */
  public static Language of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return ZH.locale.getLanguage().equals(locale.getLanguage()) ? ZH : EN;
  }

  /**
   * The locale of the language, without a country: {@link Locale#CHINESE} or {@link
   * Locale#ENGLISH}.
   */
  public Locale locale() {
    return locale;
  }
}
