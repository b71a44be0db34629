package io.github.xxgk.report.json;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The codes of reading a report from JSON: every {@link Problem} that {@link ReportJson}, {@link
 * ReportStream} and {@link ReportModule} report is of one of them, and each is an {@link
 * Severity#ERROR ERROR} of {@link Stage#JSON} that means no report came out of the input.
 *
 * <p>Where such a problem is: its {@link Problem#pointer()} is relative to the report itself; in a
 * batch, {@code /applications} is the applications of the record, not of the file, and the record's
 * place is given by {@link ReportRecord#index()} and {@link ReportRecord#line()}. It always has a
 * {@link Problem#line()} and a {@link Problem#column()}, counted from 1 in the input as given
 * (characters, not bytes): a problem of the whole input, such as an empty one, is at 1:1; bytes
 * that are not UTF-8 are located where decoding stopped; the count of problems beyond {@link
 * ReportJson#MAX_PROBLEMS} is located at the first of them.
 *
 * <p>Ids are stable ({@link #id()}, e.g. {@code JSON-TYPE}); titles, bases and messages are in the
 * bundle {@code JsonMessages_zh.properties} / {@code JsonMessages_en.properties} of this package,
 * the keys of a code's messages being its id or its id and a variant ({@code JSON-TYPE.integer}).
 * The codes are registered in the {@link Catalogue} through {@link CatalogueProvider}.
 */
public enum JsonRule implements Code {
  /** Not JSON at all, or JSON that breaks off or has content after the document. */
  SYNTAX,

  /** A property the contract does not define (an error unless unknown properties are allowed). */
  UNKNOWN_PROPERTY,

  /** A value of the wrong type or outside its range: {@code "12"}, {@code 1.5}, {@code null}. */
  TYPE,

  /** A required property that is absent, or a total that is omitted and cannot be computed. */
  MISSING,

  /** The same key twice in one object. */
  DUPLICATE_KEY,

  /**
   * A cell of {@code blankCells} or {@code notApplicableCells} that is listed twice, in both lists,
   * or while it holds a value other than 0.
   */
  CELL_MARK,

  /** A limit of the reader was exceeded: size, depth, number or string length, problem count. */
  LIMIT;

  static final MessageBundle MESSAGES = MessageBundle.of(JsonRule.class, "JsonMessages");

  private final String id = "JSON-" + name().replace('_', '-');

  /** The stable id, e.g. {@code JSON-TYPE}. */
  @Override
  public String id() {
    return id;
  }

  /** {@link Stage#JSON}. */
  @Override
  public Stage stage() {
    return Stage.JSON;
  }

  /** {@link Severity#ERROR}: a document with such a problem is not a report. */
  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  /** The bundle {@code JsonMessages} of this package. */
  @Override
  public MessageBundle bundle() {
    return MESSAGES;
  }

  /**
   * Renders a message of this code. A {@link Phrase} among the arguments (what the reader expected
   * or found) is written in the message's language.
   */
  @Override
  public String message(String key, Object[] arguments, Language language) {
    Object[] values = arguments.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Phrase) {
        values[i] = MESSAGES.format(((Phrase) values[i]).key(), language);
      }
    }
    return MESSAGES.format(key, language, values);
  }

  /** The code with an id, such as {@code JSON-TYPE}. */
  public static Optional<JsonRule> byId(String id) {
    for (JsonRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Registers the codes in the {@link Catalogue}, through {@code
   * META-INF/services/io.github.xxgk.report.problem.Catalogue$Provider}.
   */
  public static final class CatalogueProvider implements Catalogue.Provider {
    /** Called by {@link java.util.ServiceLoader}. */
    public CatalogueProvider() {}

    /** Every constant of {@link JsonRule}. */
    @Override
    public List<? extends Code> codes() {
      return Arrays.asList(values());
    }
  }
}
