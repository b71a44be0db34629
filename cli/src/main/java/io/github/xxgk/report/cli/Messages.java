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

  /** {@code --lang zh|en}, the language of messages, for every command that prints them. */
  static final Option LANG = Option.value("lang", Option.NONE);

  private final Language language;

  Messages(Language language) {
    this.language = language;
  }

  /** The language of the command's {@link #LANG} option: {@code zh} (the default) or {@code en}. */
  static Messages of(Arguments arguments) throws UsageException {
    String lang = arguments.choice(LANG, "zh", "zh", "en");
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
