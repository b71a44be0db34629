package io.github.xxgk.report.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The tool's own texts in one language, from {@code messages_zh.properties} or {@code
 * messages_en.properties} (UTF-8, read directly: a {@code ResourceBundle} would need escapes on
 * Java 8 and costs more at start-up). Arguments are strings put in place of {@code {0}}, {@code
 * {1}}…; unlike {@code MessageFormat}, which loads the number formats at start-up, nothing else is
 * special.
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
  String get(String key, String... arguments) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no message " + key + " for " + locale);
    }
    if (arguments.length == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close == i + 2
          && Character.isDigit(text.charAt(i + 1))
          && text.charAt(i + 1) - '0' < arguments.length) {
        out.append(arguments[text.charAt(i + 1) - '0']);
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
