package io.github.xxgk.report.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The tool's own texts in one language, from {@code messages_zh.properties} or {@code
 * messages_en.properties} (UTF-8, read directly: a {@code ResourceBundle} would need escapes on
 * Java 8 and costs more at start-up). Arguments are inserted with {@link MessageFormat}.
 */
final class Messages {
  private final Properties texts = new Properties();
  private final Locale locale;

  Messages(Locale locale) {
    this.locale = locale;
    String name = chinese(locale) ? "messages_zh.properties" : "messages_en.properties";
    try (InputStream in = Messages.class.getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      texts.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean chinese(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
  }

  Locale locale() {
    return locale;
  }

  /** The text of a key, with its arguments. */
  String get(String key, Object... arguments) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no message " + key + " for " + locale);
    }
    return arguments.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(arguments);
  }
}
