package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one report from a parser positioned on its first token, walking {@link ReportShape} and
 * collecting every problem instead of stopping at the first. Only a fault of the parser itself
 * (syntax, limit) ends the reading early.
 *
 * <p>Duplicate keys are found here, not by Jackson's {@code STRICT_DUPLICATE_DETECTION}: the keys
 * of the contract are marked in a bit mask that the reader keeps anyway, where Jackson's detector
 * fills a set for every object, which cost a tenth of reading a report; and a duplicate is then one
 * more problem, not the end of the reading. It also holds under a caller's mapper that has
 * Jackson's detection off. Objects inside a skipped value are checked with a set of their names.
 */
final class ReportReader {

  /** What reading one report gave: the report, or its problems. */
  static final class Result {
    final AnnualReport report;
    final List<JsonProblem> problems;
    /** Whether the parser failed, so that nothing after this report can be read. */
    final boolean fatal;
    /** Where the report's values were; null when there is no report. */
    final ValuePositions positions;

    Result(AnnualReport report, List<JsonProblem> problems, boolean fatal) {
      this(report, problems, fatal, null);
    }

    Result(AnnualReport report, List<JsonProblem> problems, boolean fatal, ValuePositions positions) {
      this.report = report;
      this.problems = problems;
      this.fatal = fatal;
      this.positions = positions;
    }
  }

  private final JsonParser parser;
  private final boolean allowUnknown;
  private final Problems problems;
  private final ReportDraft draft = new ReportDraft();
  private final ValuePositions values;
  private final int skip;

  private ReportReader(JsonParser parser, boolean allowUnknown, Positions positions) {
    this.parser = parser;
    this.allowUnknown = allowUnknown;
    this.problems = new Problems(positions);
    // A byte parser counts columns in bytes, and a line of JSON Lines is located by its line
    // alone, whichever parser reads it: only a char parser's own document keeps its columns.
    this.values = new ValuePositions(positions == null || positions == Positions.AS_GIVEN);
    this.skip = Problems.depth(parser.getParsingContext());
  }

  /**
   * Reads the value that starts at the parser's current token, and leaves the parser on its last
   * token unless the parser failed.
   *
   * @param positions how the parser's locations become characters; null for a char parser's own
   * @throws IOException only when the underlying input fails
   */
  static Result read(JsonParser parser, boolean allowUnknown, Positions positions)
      throws IOException {
    return new ReportReader(parser, allowUnknown, positions).read();
  }

  private Result read() throws IOException {
    try {
      value(ReportShape.ROOT);
    } catch (JsonProcessingException e) {
      problems.fault(e, parser, skip);
      return new Result(null, problems.all(), true);
    } catch (CharacterCodingException e) {
      // Bytes that are not UTF-8, met by the decoder of a char parser: the problems found before
      // them are kept, as they are when the byte parser meets them.
      problems.notUtf8(parser, e, skip);
      return new Result(null, problems.all(), true);
    }
    if (problems.isEmpty()) {
      AnnualReport report = draft.build(problems);
      if (report != null) {
        return new Result(report, Collections.<JsonProblem>emptyList(), false, values);
      }
    }
    return new Result(null, problems.all(), false);
  }

  private void value(Node node) throws IOException {
    // Only an object needs its start remembered, for the keys found missing at its end; a
    // scalar's problems are found while the parser is still on it.
    JsonLocation at = node.kind == ReportShape.Kind.OBJECT ? JacksonSupport.tokenLocation(parser) : null;
    if (at == null) {
      values.record(node, parser);
    }
    JsonToken token = parser.currentToken();
    switch (node.kind) {
      case OBJECT:
        if (token == JsonToken.START_OBJECT) {
          object(node, at);
        } else {
          problems.type(node.pointer, at(at), "对象", "an object", parser);
          skipValue();
        }
        return;
      case COUNT:
      case YEAR:
        if (isInteger(node, at)) {
          draft.set(node, parser.getIntValue());
        }
        return;
      case MONEY:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          JacksonSupport.checkNumber(parser);
          BigDecimal amount = decimal();
          // In long: the scale may be Integer.MIN_VALUE, whose int absolute value is negative.
          if (amount == null || Math.abs((long) amount.scale()) > ReportJson.MAX_MONEY_SCALE) {
            problems.add(
                JsonProblem.LIMIT,
                node.pointer,
                at(at),
                "金额的小数位数或指数超出限制（绝对值至多 " + ReportJson.MAX_MONEY_SCALE + "）",
                "the amount's scale exceeds the limit (at most " + ReportJson.MAX_MONEY_SCALE + " either way)");
          } else {
            draft.set(node, amount);
          }
        } else {
          problems.type(node.pointer, at(at), "数（万元）", "a number (10,000 yuan)", parser);
          skipValue();
        }
        return;
      case CELLS:
        cells(node);
        return;
      default:
        text(node, at);
    }
  }

  /**
   * The current number as a BigDecimal, or null when its exponent is beyond what BigDecimal can
   * hold ({@code 1e99999999999}): Jackson then throws a NumberFormatException, not a
   * JsonProcessingException.
   */
  private BigDecimal decimal() throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    } catch (JsonProcessingException e) {
      // Jackson before 2.23 wraps the NumberFormatException of a number it has already tokenized.
      if (e.getCause() instanceof NumberFormatException || e.getCause() instanceof ArithmeticException) {
        return null;
      }
      throw e;
    }
  }

  private void object(Node node, JsonLocation start) throws IOException {
    draft.objectAt(node, start);
    long seen = 0;
    Set<String> unknownNames = null;
    int last = -1;
    while (true) {
      // Keys mostly come in the contract's order: Jackson then matches the expected key against
      // the input's bytes, without reading the name and looking it up in its symbol table.
      Node expected = last + 1 < node.size() ? node.child(last + 1) : null;
      Node child;
      if (expected != null && parser.nextFieldName(expected.quotedKey)) {
        child = expected;
      } else {
        JsonToken token = expected != null ? parser.currentToken() : parser.nextToken();
        if (token != JsonToken.FIELD_NAME) {
          break;
        }
        child = node.child(parser.currentName(), last);
      }
      String name = parser.currentName();
      if (child == null) {
        checkLength(name);
        if (unknownNames == null) {
          unknownNames = new HashSet<>();
        }
        String pointer = node.pointer + "/" + TextValues.escape(name);
        if (!unknownNames.add(name)) {
          problems.duplicate(pointer, JacksonSupport.tokenLocation(parser));
        } else if (!allowUnknown) {
          problems.unknown(pointer, JacksonSupport.tokenLocation(parser));
        }
        parser.nextToken();
        skipValue();
      } else if ((seen & 1L << child.index()) != 0) {
        problems.duplicate(child.pointer, JacksonSupport.tokenLocation(parser));
        parser.nextToken();
        skipValue();
      } else {
        parser.nextToken();
        seen |= 1L << child.index();
        last = child.index();
        value(child);
      }
    }
    if (!node.complete(seen)) {
      for (int i = 0; i < node.size(); i++) {
        Node child = node.child(i);
        if (child.required() && (seen & 1L << i) == 0) {
          problems.missing(child.pointer, start);
        }
      }
    }
  }

  /**
   * Skips the value at the current token, and reports the duplicate keys of the objects in it.
   * Recursion is bounded by the nesting limit, Jackson's or {@link JacksonSupport#checkDepth}.
   */
  private void skipValue() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      checkScalar(token);
      return;
    }
    JacksonSupport.checkDepth(parser);
    Set<String> names = token == JsonToken.START_OBJECT ? new HashSet<String>() : null;
    while ((token = parser.nextToken()) != null
        && token != JsonToken.END_OBJECT
        && token != JsonToken.END_ARRAY) {
      if (token == JsonToken.FIELD_NAME) {
        checkLength(parser.currentName());
        if (!names.add(parser.currentName())) {
          problems.duplicate(Problems.relative(parser.getParsingContext(), skip), JacksonSupport.tokenLocation(parser));
        }
      } else {
        skipValue();
      }
    }
  }

  /** Holds a skipped scalar to the limits that an older Jackson does not check itself. */
  private void checkScalar(JsonToken token) throws IOException {
    if (JacksonSupport.READ_CONSTRAINTS) {
      return;
    }
    if (token == JsonToken.VALUE_STRING) {
      JacksonSupport.checkString(parser);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      JacksonSupport.checkNumber(parser);
    }
  }

  /**
   * Holds a key to {@link ReportJson#MAX_NAME_LENGTH} characters, as Jackson's char parser does;
   * its byte parser counts bytes, so it is given room and the characters are counted here. Only
   * keys outside the contract can be long.
   */
  private static void checkLength(String name) throws ReaderLimitException {
    if (name.length() > ReportJson.MAX_NAME_LENGTH) {
      throw new ReaderLimitException(
          "Name length (" + name.length() + ") exceeds the maximum allowed ("
              + ReportJson.MAX_NAME_LENGTH + " characters)");
    }
  }

  /** Where a problem with the current value is; looked up only when there is a problem. */
  private JsonLocation at(JsonLocation known) {
    return known != null ? known : JacksonSupport.tokenLocation(parser);
  }

  private boolean isInteger(Node node, JsonLocation at) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JacksonSupport.checkNumber(parser);
      if (parser.getNumberType() == JsonParser.NumberType.INT) {
        return true;
      }
      problems.type(
          node.pointer,
          at(at),
          "整数（-2147483648 至 2147483647）",
          "an integer from -2147483648 to 2147483647",
          "超出范围的整数",
          "an integer out of that range");
      return false;
    }
    problems.type(node.pointer, at(at), "整数", "an integer", parser);
    skipValue();
    return false;
  }

  private void text(Node node, JsonLocation at) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      problems.type(node.pointer, at(at), "字符串", "a string", parser);
      skipValue();
      return;
    }
    JacksonSupport.checkString(parser);
    if (!TextValues.isUnicode(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())) {
      problems.add(
          JsonProblem.TYPE,
          node.pointer,
          at(at),
          "文本含有不成对的代理项（\\uD800–\\uDFFF），不是有效的 Unicode 文本",
          "the text has an unpaired surrogate (\\uD800-\\uDFFF), so it is not Unicode text");
      return;
    }
    String text = parser.getText();
    switch (node.kind) {
      case EDITION:
        if (AnnualReport.EDITION_2021.equals(text)) {
          draft.set(node, text);
        } else {
          problems.add(
              JsonProblem.TYPE,
              node.pointer,
              at(at),
              "不支持的格式版本，只支持 \"" + AnnualReport.EDITION_2021 + "\"",
              "unsupported edition; only \"" + AnnualReport.EDITION_2021 + "\" is supported");
        }
        return;
      case ORGAN_KIND:
        Optional<OrganKind> kind = OrganKind.fromJsonName(text);
        if (kind.isPresent()) {
          draft.set(node, kind.get());
        } else {
          problems.add(
              JsonProblem.TYPE,
              node.pointer,
              at(at),
              "机关类型应为 government、department 或 other 之一",
              "organ kind must be one of government, department, other");
        }
        return;
      case DATE:
        LocalDate date = TextValues.date(text);
        if (date != null) {
          draft.set(node, date);
        } else {
          problems.add(
              JsonProblem.TYPE,
              node.pointer,
              at(at),
              "应为 YYYY-MM-DD 格式的有效日期",
              "expected a valid date in the form YYYY-MM-DD");
        }
        return;
      default:
        draft.set(node, text);
    }
  }

  /** An array of cell pointers; each is checked, and kept, by the draft. */
  private void cells(Node node) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problems.type(
          node.pointer,
          JacksonSupport.tokenLocation(parser),
          "单元格 JSON Pointer 的数组",
          "an array of cell JSON Pointers",
          parser);
      skipValue();
      return;
    }
    JsonToken token;
    for (int index = 0; (token = parser.nextToken()) != JsonToken.END_ARRAY && token != null; index++) {
      String pointer = node.pointer + "/" + index;
      if (token == JsonToken.VALUE_STRING) {
        draft.mark(node, pointer, parser.getText(), JacksonSupport.tokenLocation(parser), problems);
      } else {
        problems.type(
            pointer, JacksonSupport.tokenLocation(parser), "字符串（单元格的 JSON Pointer）", "a string (a cell's JSON Pointer)", parser);
        skipValue();
      }
    }
  }
}
