package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import java.util.Locale;

/**
 * The tool's own texts in the language of {@code --lang}, from the bundle {@code
 * Messages_zh.properties} / {@code Messages_en.properties} (UTF-8), which also holds the messages
 * of the tool's codes ({@link FileRule}).
 */
final class Messages {
  static final MessageBundle BUNDLE = MessageBundle.of(Messages.class, "Messages");

  private final Language language;

  Messages(Language language) {
    this.language = language;
  }

  /** The language of a {@code --lang} value, {@code zh} or {@code en}, as the options allow. */
  static Messages of(String lang) {
    return new Messages(Language.valueOf(lang.toUpperCase(Locale.ROOT)));
  }

  Language language() {
    return language;
  }

  /** The text of a key, with its arguments. */
  String get(String key, String... arguments) {
    return BUNDLE.format(key, language, (Object[]) arguments);
  }
}
