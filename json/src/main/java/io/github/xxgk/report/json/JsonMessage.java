package io.github.xxgk.report.json;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every message the reader can give, each of a {@link JsonRule} and under a key of its bundle
 * ({@code JSON-TYPE.integer}, or the bare id), with the names of its arguments in order: the reader
 * reports a problem only through one of these, and a test checks each against both files.
 */
enum JsonMessage {
  SYNTAX_FOUND(JsonRule.SYNTAX, "found", "expected", "found"),
  SYNTAX_END(JsonRule.SYNTAX, "end", "expected"),
  SYNTAX_COMMENT(JsonRule.SYNTAX, "comment"),
  SYNTAX_CONTROL(JsonRule.SYNTAX, "control", "codePoint"),
  SYNTAX_ESCAPE(JsonRule.SYNTAX, "escape", "character"),
  SYNTAX_LEADING_ZERO(JsonRule.SYNTAX, "leadingZero"),
  SYNTAX_NUMBER(JsonRule.SYNTAX, "number"),
  SYNTAX_OTHER(JsonRule.SYNTAX, "other"),
  SYNTAX_UTF8(JsonRule.SYNTAX, "utf8"),
  SYNTAX_EMPTY(JsonRule.SYNTAX, "empty"),
  SYNTAX_AFTER_DOCUMENT(JsonRule.SYNTAX, "afterDocument"),
  SYNTAX_AFTER_ARRAY(JsonRule.SYNTAX, "afterArray"),
  /** An input of the command line with no report in it (empty, blank, an empty array). */
  SYNTAX_NO_REPORT(JsonRule.SYNTAX, "noReport"),

  UNKNOWN_PROPERTY(JsonRule.UNKNOWN_PROPERTY, null),

  TYPE_OBJECT(JsonRule.TYPE, "object", "found"),
  TYPE_INTEGER(JsonRule.TYPE, "integer", "found"),
  TYPE_INTEGER_RANGE(JsonRule.TYPE, "integerRange"),
  TYPE_MONEY(JsonRule.TYPE, "money", "found"),
  TYPE_STRING(JsonRule.TYPE, "string", "found"),
  TYPE_CELL_LIST(JsonRule.TYPE, "cellList", "found"),
  TYPE_CELL_POINTER(JsonRule.TYPE, "cellPointer", "found"),
  TYPE_NOT_CELL(JsonRule.TYPE, "notCell"),
  TYPE_SURROGATE(JsonRule.TYPE, "surrogate"),
  TYPE_EDITION(JsonRule.TYPE, "edition", "edition"),
  TYPE_ORGAN_KIND(JsonRule.TYPE, "organKind"),
  TYPE_DATE(JsonRule.TYPE, "date"),

  MISSING(JsonRule.MISSING, null),
  MISSING_TOTAL_OVERFLOW(JsonRule.MISSING, "totalOverflow", "sum"),

  DUPLICATE_KEY(JsonRule.DUPLICATE_KEY, null),

  CELL_MARK_TWICE(JsonRule.CELL_MARK, "twice", "cell", "listedAt"),
  CELL_MARK_BOTH(JsonRule.CELL_MARK, "both", "cell", "listedAt"),
  CELL_MARK_NOT_ZERO(JsonRule.CELL_MARK, "notZero", "cell", "value"),

  LIMIT_STRING(JsonRule.LIMIT, "string", "limit"),
  LIMIT_NAME(JsonRule.LIMIT, "name", "limit"),
  LIMIT_NUMBER(JsonRule.LIMIT, "number", "limit"),
  LIMIT_DEPTH(JsonRule.LIMIT, "depth", "limit"),
  LIMIT_DOCUMENT(JsonRule.LIMIT, "document", "limit"),
  LIMIT_CHARACTERS(JsonRule.LIMIT, "characters", "characters", "limit"),
  LIMIT_LINE(JsonRule.LIMIT, "line", "limit"),
  /** More records in one input than the command line reads ({@code --max-records}). */
  LIMIT_RECORDS(JsonRule.LIMIT, "records", "limit"),
  LIMIT_MONEY_SCALE(JsonRule.LIMIT, "moneyScale", "limit"),
  LIMIT_UNLISTED(JsonRule.LIMIT, "unlisted", "unlisted", "limit");

  final JsonRule rule;

  /** The variant of the rule's message, or null for the rule's own. */
  final String variant;

  /** The names of the arguments, {@code {0}} first. */
  final List<String> arguments;

  JsonMessage(JsonRule rule, String variant, String... arguments) {
    this.rule = rule;
    this.variant = variant;
    this.arguments = Collections.unmodifiableList(Arrays.asList(arguments));
  }

  /** The key in the bundle, as {@link io.github.xxgk.report.problem.Problem#messageKey()}. */
  String key() {
    return variant == null ? rule.id() : rule.id() + "." + variant;
  }
}
