package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.github.xxgk.report.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems of one report as they are found. At most {@link Limits#PROBLEMS} are kept, so that a
 * hostile document cannot grow the list without bound.
 */
final class Problems {
  private final List<Problem> list = new ArrayList<>();

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

  List<Problem> all() {
    List<Problem> all = new ArrayList<>(list);
    if (unlisted > 0) {
      all.add(
          Problem.of(JsonMessage.LIMIT_UNLISTED.rule)
              .variant(JsonMessage.LIMIT_UNLISTED.variant)
              .line(unlistedLine, unlistedColumn)
              .arguments(unlisted, Limits.PROBLEMS)
              .build());
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Adds a problem. Its location is at least line 1, column 1: Jackson gives column 0 before the
   * first character (an empty input), and a problem of a whole line has no column of its own. The
   * problems not listed are located at the first of them.
   *
   * @param arguments the message's arguments, as many as it names; a {@link Phrase} is written in
   *     the message's language
   */
  void add(JsonMessage message, String pointer, JsonLocation at, Object... arguments) {
    if (arguments.length != message.arguments.size()) {
      throw new IllegalArgumentException(message + " takes " + message.arguments);
    }
    int line = at == null ? 1 : Math.max(1, positions.line(at));
    int column = at == null ? 1 : Math.max(1, positions.column(at));
    if (list.size() >= Limits.PROBLEMS) {
      if (unlisted++ == 0) {
        unlistedLine = line;
        unlistedColumn = column;
      }
      return;
    }
    Problem.Builder problem =
        Problem.of(message.rule).at(pointer).line(line, column).arguments(arguments);
    list.add((message.variant == null ? problem : problem.variant(message.variant)).build());
  }

  void unknown(String pointer, JsonLocation at) {
    add(JsonMessage.UNKNOWN_PROPERTY, pointer, at);
  }

  void duplicate(String pointer, JsonLocation at) {
    add(JsonMessage.DUPLICATE_KEY, pointer, at);
  }

  void missing(String pointer, JsonLocation at) {
    add(JsonMessage.MISSING, pointer, at);
  }

  /**
   * A value of another type than the one expected, a message of {@link JsonRule#TYPE} that names
   * it, where the parser is on the value found.
   */
  void type(String pointer, JsonLocation at, JsonMessage expected, JsonParser found) {
    add(expected, pointer, at, Phrase.found(found.currentToken()));
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
    if (detail != null && detail.startsWith("Invalid UTF-8") && !JacksonSupport.isLimit(e)) {
      // Jackson's byte parser has no exception type of its own for this; a test pins the prefix.
      // The problem is the one the char path gives, at the first bad byte.
      notUtf8(pointer, at);
    } else {
      // A limit's fault is of JsonRule.LIMIT, any other of JsonRule.SYNTAX.
      SyntaxFaults.Fault fault = SyntaxFaults.of(e);
      add(fault.message, pointer, at, fault.arguments);
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
    add(JsonMessage.SYNTAX_UTF8, pointer, at);
  }

  /** Drops the problems listed after a location. */
  private void dropAfter(JsonLocation at) {
    int line = Math.max(1, positions.line(at));
    int column = Math.max(1, positions.column(at));
    list.removeIf(
        p -> {
          int pLine = p.line().getAsInt();
          return pLine > line || pLine == line && p.column().getAsInt() > column;
        });
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
}
