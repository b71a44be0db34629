package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * A phrase of the bundle {@code JsonMessages} that a message takes as an argument: what the parser
 * expected or what the reader found. {@link JsonRule#message} writes it in the message's language,
 * so that a problem keeps its arguments as values and renders both languages from them.
 */
enum Phrase {
  EXPECTED_KEY("expected.key"),
  EXPECTED_OBJECT_COMMA("expected.objectComma"),
  EXPECTED_ARRAY_COMMA("expected.arrayComma"),
  EXPECTED_COLON("expected.colon"),
  EXPECTED_QUOTE("expected.quote"),
  EXPECTED_OBJECT_END("expected.objectEnd"),
  EXPECTED_ARRAY_END("expected.arrayEnd"),
  EXPECTED_VALUE("expected.value"),
  FOUND_NULL("found.null"),
  FOUND_BOOLEAN("found.boolean"),
  FOUND_STRING("found.string"),
  FOUND_INTEGER("found.integer"),
  FOUND_FRACTION("found.fraction"),
  FOUND_OBJECT("found.object"),
  FOUND_ARRAY("found.array");

  private final String key;

  Phrase(String key) {
    this.key = "phrase." + key;
  }

  /** The key in the bundle. */
  String key() {
    return key;
  }

  /**
   * How a token the reader found where another belongs is named: a phrase, or for a token no value
   * starts with (which the reader never meets there) its name.
   */
  static Object found(JsonToken token) {
    if (token == null) {
      return "null";
    }
    switch (token) {
      case VALUE_NULL:
        return FOUND_NULL;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return FOUND_BOOLEAN;
      case VALUE_STRING:
        return FOUND_STRING;
      case VALUE_NUMBER_INT:
        return FOUND_INTEGER;
      case VALUE_NUMBER_FLOAT:
        return FOUND_FRACTION;
      case START_OBJECT:
        return FOUND_OBJECT;
      case START_ARRAY:
        return FOUND_ARRAY;
      default:
        return token.name();
    }
  }

  /** The key, for logs: {@code Problem.arguments()} may show it. */
  @Override
  public String toString() {
    return key;
  }
}
