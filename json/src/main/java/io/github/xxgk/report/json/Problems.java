package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems of one report as they are found, with their bilingual messages. At most {@link
 * Limits#PROBLEMS} are kept, so that a hostile document cannot grow the list without bound.
 */
final class Problems {
  private final List<JsonProblem> list = new ArrayList<>();

  /** How the parser's locations become lines and columns of characters. */
  private final Positions positions;

  private int unlisted;
  private int unlistedLine;
  private int unlistedColumn;

  /** Problems of a document read as characters. */
  Problems() {
    this(null);
  }

  /** Problems located by the given positions, or as a char parser gives them if null. */
  Problems(Positions positions) {
    this.positions = positions == null ? Positions.AS_GIVEN : positions;
  }

  boolean isEmpty() {
    return list.isEmpty() && unlisted == 0;
  }

  List<JsonProblem> all() {
    List<JsonProblem> all = new ArrayList<>(list);
    if (unlisted > 0) {
      all.add(
          new JsonProblem(
              JsonProblem.LIMIT,
              "",
              unlistedLine,
              unlistedColumn,
              "另有 " + unlisted + " 个问题未列出（每份报告最多列出 " + Limits.PROBLEMS + " 个）",
              unlisted + " more problems not listed (at most " + Limits.PROBLEMS + " per report)"));
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Adds a problem. Its location is at least line 1, column 1: Jackson gives column 0 before the
   * first character (an empty input), and a problem of a whole line has no column of its own. The
   * problems not listed are located at the first of them.
   */
  void add(String ruleId, String pointer, JsonLocation at, String zh, String en) {
    int line = at == null ? 1 : Math.max(1, positions.line(at));
    int column = at == null ? 1 : Math.max(1, positions.column(at));
    if (list.size() >= Limits.PROBLEMS) {
      if (unlisted++ == 0) {
        unlistedLine = line;
        unlistedColumn = column;
      }
      return;
    }
    list.add(new JsonProblem(ruleId, pointer, line, column, zh, en));
  }

  void unknown(String pointer, JsonLocation at) {
    add(
        JsonProblem.UNKNOWN_PROPERTY,
        pointer,
        at,
        "未知属性：格式中没有此项",
        "unknown property: the format has no such key");
  }

  void duplicate(String pointer, JsonLocation at) {
    add(JsonProblem.DUPLICATE_KEY, pointer, at, "同一对象中键重复", "duplicate key in one object");
  }

  void missing(String pointer, JsonLocation at) {
    add(JsonProblem.MISSING, pointer, at, "缺少必填项", "required value is missing");
  }

  void type(
      String pointer, JsonLocation at, String expectedZh, String expectedEn, JsonParser found) {
    type(pointer, at, expectedZh, expectedEn, foundZh(found), foundEn(found));
  }

  void type(
      String pointer,
      JsonLocation at,
      String expectedZh,
      String expectedEn,
      String foundZh,
      String foundEn) {
    add(
        JsonProblem.TYPE,
        pointer,
        at,
        "应为" + expectedZh + "，实际为" + foundZh,
        "expected " + expectedEn + ", found " + foundEn);
  }

  /**
   * Records a fault of the parser itself, which ends the reading. Its pointer comes from the
   * parser's context, made relative to the report by dropping the first {@code skip} segments.
   */
  void fault(JsonProcessingException e, JsonParser parser, int skip) {
    String pointer = parser == null ? "" : relative(parser.getParsingContext(), skip);
    JsonLocation at = e.getLocation() != null ? e.getLocation() : location(parser);
    String detail = e.getOriginalMessage();
    JsonLocation bad =
        positions instanceof Utf8Source ? ((Utf8Source) positions).firstMalformed() : null;
    if (bad != null && at != null && at.getByteOffset() >= bad.getByteOffset()) {
      // The byte parser may take a bad byte in a name for part of it and fail later: the first
      // fault is the bad byte, as a decoder finds it; what was found after it is dropped.
      dropAfter(bad);
      notUtf8(pointer, bad);
      return;
    }
    if (JacksonSupport.isLimit(e)) {
      String[] messages = SyntaxFaults.messages(e);
      add(JsonProblem.LIMIT, pointer, at, messages[0], messages[1]);
    } else if (detail != null && detail.startsWith("Invalid UTF-8")) {
      // Jackson's byte parser has no exception type of its own for this; a test pins the prefix.
      // The problem is the one the char path gives, at the first bad byte.
      notUtf8(pointer, at);
    } else {
      String[] messages = SyntaxFaults.messages(e);
      add(JsonProblem.SYNTAX, pointer, at, messages[0], messages[1]);
    }
  }

  /**
   * Records that the input is not UTF-8, found by decoding characters for a char parser: at the bad
   * bytes when the decoder knows where they are.
   */
  void notUtf8(JsonParser parser, java.nio.charset.CharacterCodingException e, int skip) {
    JsonLocation at =
        e instanceof Utf8Reader.Malformed ? ((Utf8Reader.Malformed) e).location : location(parser);
    notUtf8(parser == null ? "" : relative(parser.getParsingContext(), skip), at);
  }

  private void notUtf8(String pointer, JsonLocation at) {
    add(JsonProblem.SYNTAX, pointer, at, "输入不是有效的 UTF-8 编码", "the input is not valid UTF-8");
  }

  /** Drops the problems listed after a location. */
  private void dropAfter(JsonLocation at) {
    int line = Math.max(1, positions.line(at));
    int column = Math.max(1, positions.column(at));
    list.removeIf(p -> p.line() > line || p.line() == line && p.column() > column);
  }

  static JsonLocation location(JsonParser parser) {
    return parser == null ? null : JacksonSupport.location(parser);
  }

  static String relative(JsonStreamContext context, int skip) {
    JsonPointer pointer = context.pathAsPointer();
    for (int i = 0; i < skip && pointer != null; i++) {
      pointer = pointer.tail();
    }
    return pointer == null ? "" : pointer.toString();
  }

  /**
   * The segments of the context's JSON Pointer, counted as {@link JsonPointer#forPath} makes them
   * but without building it: the context itself only if it has a segment, then every object and
   * array above it.
   */
  static int depth(JsonStreamContext context) {
    if (context == null) {
      return 0;
    }
    int segments = 0;
    for (JsonStreamContext at = context.hasPathSegment() ? context : context.getParent();
        at != null;
        at = at.getParent()) {
      if (at.inObject() || at.inArray()) {
        segments++;
      }
    }
    return segments;
  }

  /** How the current JSON token is named in an English message. */
  static String foundEn(JsonParser parser) {
    switch (parser.currentToken()) {
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction or an exponent";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return String.valueOf(parser.currentToken());
    }
  }

  /** How the current JSON token is named in a Chinese message. */
  static String foundZh(JsonParser parser) {
    switch (parser.currentToken()) {
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "布尔值";
      case VALUE_STRING:
        return "字符串";
      case VALUE_NUMBER_INT:
        return "整数";
      case VALUE_NUMBER_FLOAT:
        return "带小数或指数的数";
      case START_OBJECT:
        return "对象";
      case START_ARRAY:
        return "数组";
      default:
        return String.valueOf(parser.currentToken());
    }
  }
}
