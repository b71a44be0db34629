package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a fault of Jackson's parser means in the reader's own words, in Chinese and English:
 * what was expected and what was found, the found character as itself with its code point. Never
 * Jackson's internal text (feature names, {@code [Source: REDACTED …]}). The texts are in {@code
 * syntax_zh.properties} and {@code syntax_en.properties}, loaded on the first fault only.
 *
 * <p>Jackson has no structured form of these faults; its messages are matched here, and a test pins
 * each of them. A message that matches nothing still gets a plain text of its own kind.
 */
final class SyntaxFaults {
  private static final Pattern CHARACTER =
      Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)");
  private static final Pattern TOKEN =
      Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
  private static final Pattern CLOSE =
      Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern CONTROL =
      Pattern.compile("^Illegal (?:unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern ESCAPE =
      Pattern.compile("^Unrecognized character escape '(.*?)' \\(code (\\d+)\\)");
  private static final Pattern ALLOWED = Pattern.compile("maximum allowed \\((\\d+)");
  private static final int SHOWN_TOKEN = 32;

  /** Both languages: index 0 Chinese, 1 English. */
  private static volatile Properties[] texts;

  private SyntaxFaults() {}

  /** The Chinese and English messages of a fault. */
  static String[] messages(JsonProcessingException e) {
    String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (JacksonSupport.isLimit(e)) {
      return limit(detail);
    }
    if (detail.startsWith("Invalid UTF-8")) {
      return both("utf8");
    }
    String expected = expected(detail);
    Matcher m;
    if ((m = CLOSE.matcher(detail)).find()) {
      return both(
          "found",
          m.group(2).equals("}") ? "expected.objectEnd" : "expected.arrayEnd",
          "'" + m.group(1) + "'");
    }
    if (detail.contains("comment?")) {
      return both("comment");
    }
    if ((m = CHARACTER.matcher(detail)).find()) {
      return both("found", expected, character(Integer.parseInt(m.group(2))));
    }
    if ((m = TOKEN.matcher(detail)).find()) {
      String token = m.group(1);
      if (token.length() > SHOWN_TOKEN) {
        token = token.substring(0, SHOWN_TOKEN) + "…";
      }
      return both("found", expected, "'" + token + "'");
    }
    if ((m = CONTROL.matcher(detail)).find()) {
      return both("control", codePoint(Integer.parseInt(m.group(1))));
    }
    if ((m = ESCAPE.matcher(detail)).find()) {
      return both("escape", character(Integer.parseInt(m.group(2))));
    }
    if (detail.startsWith("Invalid numeric value: Leading zeroes")) {
      return both("leadingZero");
    }
    if (detail.startsWith("Invalid numeric value")
        || detail.startsWith("Unexpected character ('")) {
      return both("number");
    }
    if (detail.startsWith("Unexpected end-of-input")) {
      return both("end", expected);
    }
    return both("other");
  }

  /** What the parser was expecting, as a key of the texts. */
  private static String expected(String detail) {
    if (detail.contains("double-quote to start field name")) {
      return "expected.key";
    }
    if (detail.contains("separate Object entries")) {
      return "expected.objectComma";
    }
    if (detail.contains("separate Array entries")) {
      return "expected.arrayComma";
    }
    if (detail.contains("colon to separate")) {
      return "expected.colon";
    }
    if (detail.contains("closing quote") || detail.contains("VALUE_STRING")) {
      return "expected.quote";
    }
    if (detail.contains("Object entries") || detail.contains("for Object")) {
      return "expected.objectEnd";
    }
    if (detail.contains("for Array") || detail.contains("Array entries")) {
      return "expected.arrayEnd";
    }
    return "expected.value";
  }

  private static String[] limit(String detail) {
    Matcher allowed = ALLOWED.matcher(detail);
    String max = allowed.find() ? allowed.group(1) : "?";
    String what;
    if (detail.startsWith("String value length")) {
      what = "limit.string";
    } else if (detail.startsWith("Name length")) {
      what = "limit.name";
    } else if (detail.startsWith("Number value length")) {
      what = "limit.number";
    } else if (detail.contains("nesting depth")) {
      what = "limit.depth";
    } else {
      what = "limit.document";
    }
    return both(what, max);
  }

  private static String character(int code) {
    return "'" + new String(Character.toChars(code)) + "' (" + codePoint(code) + ")";
  }

  private static String codePoint(int code) {
    return String.format(Locale.ROOT, "U+%04X", code);
  }

  /**
   * Both messages of a key; an argument that is itself a key ({@code expected.*}) is replaced by
   * its text in each language.
   */
  private static String[] both(String key, String... arguments) {
    Properties[] all = texts();
    String[] messages = new String[2];
    for (int i = 0; i < 2; i++) {
      Object[] values = new Object[arguments.length];
      for (int j = 0; j < arguments.length; j++) {
        String argument = arguments[j];
        values[j] = argument.startsWith("expected.") ? all[i].getProperty(argument) : argument;
      }
      messages[i] = new MessageFormat(all[i].getProperty(key), Locale.ROOT).format(values);
    }
    return messages;
  }

  private static Properties[] texts() {
    Properties[] loaded = texts;
    if (loaded == null) {
      loaded = new Properties[] {load("syntax_zh.properties"), load("syntax_en.properties")};
      texts = loaded;
    }
    return loaded;
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = SyntaxFaults.class.getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
