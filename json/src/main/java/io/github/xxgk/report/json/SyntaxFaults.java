package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a fault of Jackson's parser means in the reader's own words: which variant of {@link
 * JsonRule#SYNTAX} or {@link JsonRule#LIMIT} it is, with what was expected and what was found, the
 * found character as itself with its code point. Never Jackson's internal text (feature names,
 * {@code [Source: REDACTED …]}). The texts are in the bundle of {@link JsonRule}.
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

  /** The message of a fault, and its arguments. */
  static final class Fault {
    final JsonMessage message;
    final Object[] arguments;

    private Fault(JsonMessage message, Object... arguments) {
      this.message = message;
      this.arguments = arguments;
    }
  }

  private SyntaxFaults() {}

  /** The message of a fault: of {@link JsonRule#LIMIT} if it is one of a limit, else of syntax. */
  static Fault of(JsonProcessingException e) {
    String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (JacksonSupport.isLimit(e)) {
      return limit(detail);
    }
    if (detail.startsWith("Invalid UTF-8")) {
      return new Fault(JsonMessage.SYNTAX_UTF8);
    }
    Phrase expected = expected(detail);
    Matcher m;
    if ((m = CLOSE.matcher(detail)).find()) {
      return new Fault(
          JsonMessage.SYNTAX_FOUND,
          m.group(2).equals("}") ? Phrase.EXPECTED_OBJECT_END : Phrase.EXPECTED_ARRAY_END,
          "'" + m.group(1) + "'");
    }
    if (detail.contains("comment?")) {
      return new Fault(JsonMessage.SYNTAX_COMMENT);
    }
    if ((m = CHARACTER.matcher(detail)).find()) {
      return new Fault(JsonMessage.SYNTAX_FOUND, expected, character(Integer.parseInt(m.group(2))));
    }
    if ((m = TOKEN.matcher(detail)).find()) {
      String token = m.group(1);
      if (token.length() > SHOWN_TOKEN) {
        token = token.substring(0, SHOWN_TOKEN) + "…";
      }
      return new Fault(JsonMessage.SYNTAX_FOUND, expected, "'" + token + "'");
    }
    if ((m = CONTROL.matcher(detail)).find()) {
      return new Fault(JsonMessage.SYNTAX_CONTROL, codePoint(Integer.parseInt(m.group(1))));
    }
    if ((m = ESCAPE.matcher(detail)).find()) {
      return new Fault(JsonMessage.SYNTAX_ESCAPE, character(Integer.parseInt(m.group(2))));
    }
    if (detail.startsWith("Invalid numeric value: Leading zeroes")) {
      return new Fault(JsonMessage.SYNTAX_LEADING_ZERO);
    }
    if (detail.startsWith("Invalid numeric value")
        || detail.startsWith("Unexpected character ('")) {
      return new Fault(JsonMessage.SYNTAX_NUMBER);
    }
    if (detail.startsWith("Unexpected end-of-input")) {
      return new Fault(JsonMessage.SYNTAX_END, expected);
    }
    return new Fault(JsonMessage.SYNTAX_OTHER);
  }

  /** What the parser was expecting. */
  private static Phrase expected(String detail) {
    if (detail.contains("double-quote to start field name")) {
      return Phrase.EXPECTED_KEY;
    }
    if (detail.contains("separate Object entries")) {
      return Phrase.EXPECTED_OBJECT_COMMA;
    }
    if (detail.contains("separate Array entries")) {
      return Phrase.EXPECTED_ARRAY_COMMA;
    }
    if (detail.contains("colon to separate")) {
      return Phrase.EXPECTED_COLON;
    }
    if (detail.contains("closing quote") || detail.contains("VALUE_STRING")) {
      return Phrase.EXPECTED_QUOTE;
    }
    if (detail.contains("Object entries") || detail.contains("for Object")) {
      return Phrase.EXPECTED_OBJECT_END;
    }
    if (detail.contains("for Array") || detail.contains("Array entries")) {
      return Phrase.EXPECTED_ARRAY_END;
    }
    return Phrase.EXPECTED_VALUE;
  }

  private static Fault limit(String detail) {
    Matcher allowed = ALLOWED.matcher(detail);
    String max = allowed.find() ? allowed.group(1) : "?";
    JsonMessage what;
    if (detail.startsWith("String value length")) {
      what = JsonMessage.LIMIT_STRING;
    } else if (detail.startsWith("Name length")) {
      what = JsonMessage.LIMIT_NAME;
    } else if (detail.startsWith("Number value length")) {
      what = JsonMessage.LIMIT_NUMBER;
    } else if (detail.contains("nesting depth")) {
      what = JsonMessage.LIMIT_DEPTH;
    } else {
      what = JsonMessage.LIMIT_DOCUMENT;
    }
    return new Fault(what, max);
  }

  private static String character(int code) {
    return "'" + new String(Character.toChars(code)) + "' (" + codePoint(code) + ")";
  }

  private static String codePoint(int code) {
    return String.format(Locale.ROOT, "U+%04X", code);
  }
}
