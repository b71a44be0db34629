package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.xxgk.report.form.MetadataField;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.Collections;
import java.util.HashSet;
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

  private final JsonParser parser;
  private final boolean allowUnknown;
  private final Problems problems;
  private final ReportDraft draft = new ReportDraft();
  private final ValuePositions values;
  private final int skip;
  private final Skipper skipper;

  private ReportReader(JsonParser parser, boolean allowUnknown, Positions positions) {
    this.parser = parser;
    this.allowUnknown = allowUnknown;
    this.problems = new Problems(positions);
    // A byte parser counts columns in bytes, and a line of JSON Lines is located by its line
    // alone, whichever parser reads it: only a char parser's own document keeps its columns.
    this.values = new ValuePositions(positions == null || positions == Positions.AS_GIVEN);
    this.skip = Problems.depth(parser.getParsingContext());
    this.skipper = new Skipper(parser, problems, skip);
  }

  /**
   * Reads the value that starts at the parser's current token, and leaves the parser on its last
   * token unless the parser failed.
   *
   * @param positions how the parser's locations become characters; null for a char parser's own
   * @throws IOException only when the underlying input fails
   */
  static ReadResult read(JsonParser parser, boolean allowUnknown, Positions positions)
      throws IOException {
    return new ReportReader(parser, allowUnknown, positions).read();
  }

  private ReadResult read() throws IOException {
    try {
      value(ReportShape.ROOT);
    } catch (JsonProcessingException e) {
      problems.fault(e, parser, skip);
      return new ReadResult(null, problems.all(), true);
    } catch (CharacterCodingException e) {
      // Bytes that are not UTF-8, met by the decoder of a char parser: the problems found before
      // them are kept, as they are when the byte parser meets them.
      problems.notUtf8(parser, e, skip);
      return new ReadResult(null, problems.all(), true);
    }
    if (problems.isEmpty()) {
      AnnualReport report = draft.build(problems);
      if (report != null) {
        return new ReadResult(report, Collections.<Problem>emptyList(), false, values);
      }
    }
    return new ReadResult(null, problems.all(), false);
  }

  private void value(Node node) throws IOException {
    // Only an object needs its start remembered, for the keys found missing at its end; a
    // scalar's problems are found while the parser is still on it.
    JsonLocation at =
        node.kind == ReportShape.Kind.OBJECT ? JacksonSupport.tokenLocation(parser) : null;
    if (at == null) {
      values.record(node, parser);
    }
    JsonToken token = parser.currentToken();
    switch (node.kind) {
      case OBJECT:
        if (token == JsonToken.START_OBJECT) {
          object(node, at);
        } else {
          problems.type(node.pointer, at(at), JsonMessage.TYPE_OBJECT, parser);
          skipper.skipValue();
        }
        return;
      case COUNT:
        if (isInteger(node, at)) {
          draft.set(node.cell, parser.getIntValue());
        }
        return;
      case METADATA:
        Object value = metadata(node, at);
        if (value != null) {
          draft.metadata.set(node.field, value);
        }
        return;
      case MONEY:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          JacksonSupport.checkNumber(parser);
          BigDecimal amount = decimal();
          // In long: the scale may be Integer.MIN_VALUE, whose int absolute value is negative.
          if (amount == null || Math.abs((long) amount.scale()) > Limits.MONEY_SCALE) {
            problems.add(JsonMessage.LIMIT_MONEY_SCALE, node.pointer, at(at), Limits.MONEY_SCALE);
          } else {
            draft.set(node.cell, amount);
          }
        } else {
          problems.type(node.pointer, at(at), JsonMessage.TYPE_MONEY, parser);
          skipper.skipValue();
        }
        return;
      case CELLS:
        cells(node);
        return;
      case NARRATIVE:
        String text = text(node, at);
        if (text != null) {
          draft.section(node.section, text);
        }
        return;
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
      if (e.getCause() instanceof NumberFormatException
          || e.getCause() instanceof ArithmeticException) {
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
        Skipper.checkLength(name);
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
        skipper.skipValue();
      } else if ((seen & 1L << child.index()) != 0) {
        problems.duplicate(child.pointer, JacksonSupport.tokenLocation(parser));
        parser.nextToken();
        skipper.skipValue();
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
      problems.add(JsonMessage.TYPE_INTEGER_RANGE, node.pointer, at(at));
      return false;
    }
    problems.type(node.pointer, at(at), JsonMessage.TYPE_INTEGER, parser);
    skipper.skipValue();
    return false;
  }

  /** The text at the current token, or null when it is no string or no Unicode text. */
  private String text(Node node, JsonLocation at) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      problems.type(node.pointer, at(at), JsonMessage.TYPE_STRING, parser);
      skipper.skipValue();
      return null;
    }
    JacksonSupport.checkString(parser);
    if (!TextValues.isUnicode(
        parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())) {
      problems.add(JsonMessage.TYPE_SURROGATE, node.pointer, at(at));
      return null;
    }
    return parser.getText();
  }

  /** The value of a metadata field, as {@link MetadataDraft} keeps it, or null after a problem. */
  private Object metadata(Node node, JsonLocation at) throws IOException {
    if (node.field == MetadataField.YEAR) {
      return isInteger(node, at) ? parser.getIntValue() : null;
    }
    String text = text(node, at);
    return text == null ? null : MetadataDraft.fromText(node, text, parser, problems);
  }

  /** An array of cell pointers; each is checked, and kept, by the draft. */
  private void cells(Node node) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problems.type(
          node.pointer, JacksonSupport.tokenLocation(parser), JsonMessage.TYPE_CELL_LIST, parser);
      skipper.skipValue();
      return;
    }
    JsonToken token;
    for (int index = 0;
        (token = parser.nextToken()) != JsonToken.END_ARRAY && token != null;
        index++) {
      String pointer = node.pointer + "/" + index;
      if (token == JsonToken.VALUE_STRING) {
        draft.mark(node, pointer, parser.getText(), JacksonSupport.tokenLocation(parser), problems);
      } else {
        problems.type(
            pointer, JacksonSupport.tokenLocation(parser), JsonMessage.TYPE_CELL_POINTER, parser);
        skipper.skipValue();
      }
    }
  }
}
