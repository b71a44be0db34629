package io.github.xxgk.report.json;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One fault found while reading a report from JSON: what is wrong (a rule id), where (a JSON
 * Pointer into the report, a line and a column), and a message in Chinese or English.
 *
 * <p>Pointers are relative to the report itself: in a batch, {@code /applications} is the
 * applications of the record, not of the file; the record's place is given by {@link
 * ReportRecord#index()} and {@link ReportRecord#line()}. Lines and columns are counted from 1 in
 * the input as given (characters, not bytes), and are always at least 1: a problem of the whole
 * input, such as an empty one, is at 1:1; bytes that are not UTF-8 are located where decoding
 * stopped; the count of problems beyond {@link ReportJson#MAX_PROBLEMS} is located at the first of
 * them.
 */
public final class JsonProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Not JSON at all, or JSON that breaks off or has content after the document. */
  public static final String SYNTAX = "JSON-SYNTAX";

  /** A property the contract does not define (an error unless unknown properties are allowed). */
  public static final String UNKNOWN_PROPERTY = "JSON-UNKNOWN-PROPERTY";

  /** A value of the wrong type or outside its range: {@code "12"}, {@code 1.5}, {@code null}. */
  public static final String TYPE = "JSON-TYPE";

  /** A required property that is absent, or a total that is omitted and cannot be computed. */
  public static final String MISSING = "JSON-MISSING";

  /** The same key twice in one object. */
  public static final String DUPLICATE_KEY = "JSON-DUPLICATE-KEY";

  /**
   * A cell of {@code blankCells} or {@code notApplicableCells} that is listed twice, in both lists,
   * or while it holds a value other than 0.
   */
  public static final String CELL_MARK = "JSON-CELL-MARK";

  /** A limit of the reader was exceeded: size, depth, number or string length, problem count. */
  public static final String LIMIT = "JSON-LIMIT";

  private final String ruleId;
  private final String pointer;
  private final int line;
  private final int column;
  private final String zh;
  private final String en;

  JsonProblem(String ruleId, String pointer, int line, int column, String zh, String en) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.zh = Objects.requireNonNull(zh, "zh");
    this.en = Objects.requireNonNull(en, "en");
  }

  /** The rule broken, one of the constants of this class, e.g. {@value #TYPE}; never null. */
  public String ruleId() {
    return ruleId;
  }

  /** Where in the report, an RFC 6901 JSON Pointer; {@code ""} for the report as a whole. */
  public String pointer() {
    return pointer;
  }

  /** The line of the input, from 1. */
  public int line() {
    return line;
  }

  /** The column of the input, from 1. */
  public int column() {
    return column;
  }

  /** The message in Chinese for a Chinese locale, else in English; without the location. */
  public String message(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
  }

  /** The same problem moved by a number of lines, for a record read out of a larger input. */
  JsonProblem shiftLines(int lines) {
    return lines == 0 || line == 0
        ? this
        : new JsonProblem(ruleId, pointer, line + lines, column, zh, en);
  }

  /** The rule id, location and English message, e.g. {@code JSON-TYPE at /year (3:11): ...}. */
  @Override
  public String toString() {
    return ruleId
        + " at "
        + (pointer.isEmpty() ? "(document)" : pointer)
        + " ("
        + line
        + ":"
        + column
        + "): "
        + en;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonProblem)) {
      return false;
    }
    JsonProblem that = (JsonProblem) other;
    return ruleId.equals(that.ruleId)
        && pointer.equals(that.pointer)
        && line == that.line
        && column == that.column
        && zh.equals(that.zh)
        && en.equals(that.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, pointer, line, column, en);
  }
}
