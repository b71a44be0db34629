package io.github.xxgk.report.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem found in an input or a report, of any stage: its {@link Code} (and so its rule id,
 * stage and title), its severity, where it is (a JSON Pointer into the report's contract, and when
 * known the line and column in the input, the page of a PDF, the sentence of a narrative section),
 * which other values took part, the stated and computed numbers, and a message rendered in Chinese
 * or English only when asked for.
 *
 * <p>Immutable and thread-safe as long as its message arguments are (they are the values the
 * reporter saw: strings, numbers, cells of the form).
 *
 * <pre>{@code
 * Problem problem = Problem.of(JsonRule.TYPE).at("/year").line(3, 11).arguments("2024").build();
 * problem.toString(); // ERROR JSON-TYPE at /year (3:11): <the English message>
 * }</pre>
 */
public final class Problem {
  private static final Object[] NO_ARGUMENTS = new Object[0];
  private static final int NONE = -1;

  private final Code code;
  private final Severity severity;
  private final String messageKey;
  private final String pointer;
  private final List<String> relatedPointers;
  private final BigDecimal stated;
  private final BigDecimal computed;
  private final int line;
  private final int column;
  private final int page;
  private final int textOffset;
  private final int textLength;
  private final Object[] arguments;

  private Problem(Builder builder) {
    this.code = builder.code;
    this.severity = builder.severity;
    this.messageKey = builder.messageKey;
    this.pointer = builder.pointer;
    this.relatedPointers = builder.related;
    this.stated = builder.stated;
    this.computed = builder.computed;
    this.line = builder.line;
    this.column = builder.column;
    this.page = builder.page;
    this.textOffset = builder.textOffset;
    this.textLength = builder.textLength;
    this.arguments = builder.arguments;
  }

  /** Starts a problem of a code, with the code's default severity, at the whole input. */
  public static Builder of(Code code) {
    return new Builder(code);
  }

  /** The code of the catalogue this problem is of. */
  public Code code() {
    return code;
  }

  /** The code's stable id, e.g. {@code APPLICATIONS-ROW-TOTAL}; never null. */
  public String ruleId() {
    return code.id();
  }

  /** The stage that found the problem: the code's. */
  public Stage stage() {
    return code.stage();
  }

  /** How serious the problem is: the code's default unless the reporter (a profile) set another. */
  public Severity severity() {
    return severity;
  }

  /**
   * Where the problem is: a JSON Pointer (RFC 6901) into the report's contract, e.g. {@code
   * /applications/outcomes/total/naturalPerson}; the empty string for the whole report or input.
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The other values that took part, by JSON Pointer: the terms of a failed equation, or the fields
   * a rule compared. For a cross-year rule, a pointer into the previous year's report may be among
   * them. Unmodifiable.
   */
  public List<String> relatedPointers() {
    return relatedPointers;
  }

  /** The number the input states at {@link #pointer()}, when the code compares numbers. */
  public Optional<BigDecimal> stated() {
    return Optional.ofNullable(stated);
  }

  /** The number expected there, when the code compares numbers. */
  public Optional<BigDecimal> computed() {
    return Optional.ofNullable(computed);
  }

  /** The line in the input as given, from 1, when the reader knows it. */
  public OptionalInt line() {
    return line == NONE ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The column in the input as given, from 1, when the reader knows it. */
  public OptionalInt column() {
    return column == NONE ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** The page of a PDF, from 1, when the problem is on one. */
  public OptionalInt page() {
    return page == NONE ? OptionalInt.empty() : OptionalInt.of(page);
  }

  /**
   * For a problem in a narrative section (the {@link #pointer()} is the section's): where the
   * sentence it is about starts in the section's text, in UTF-16 units as Java strings count.
   */
  public OptionalInt textOffset() {
    return textOffset == NONE ? OptionalInt.empty() : OptionalInt.of(textOffset);
  }

  /** For a problem in a narrative section: the length of the sentence it is about. */
  public OptionalInt textLength() {
    return textOffset == NONE ? OptionalInt.empty() : OptionalInt.of(textLength);
  }

  /**
   * The key of the message: the id, or the id, a dot and a variant, e.g. {@code
   * PUBLICATION-DEADLINE.kindUnknown}.
   */
  public String messageKey() {
    return messageKey;
  }

  /** The arguments of the message, by position, as the reporter gave them. Unmodifiable. */
  public List<Object> arguments() {
    return Collections.unmodifiableList(Arrays.asList(arguments));
  }

  /** The message in a language, rendered now from the key and the arguments. */
  public String message(Language language) {
    return code.message(
        messageKey, arguments.clone(), Objects.requireNonNull(language, "language"));
  }

  /** The message in Chinese for a Chinese locale, in English for any other. */
  public String message(Locale locale) {
    return message(Language.of(locale));
  }

  /**
   * Whether the problem means that no report came out of the input: an {@link Severity#ERROR} of a
   * code that {@linkplain Code#withholdsReport() withholds the report}.
   */
  public boolean withholdsReport() {
    return severity == Severity.ERROR && code.withholdsReport();
  }

  /**
   * The same problem with its line moved by a number of lines, for a reader that found it in a part
   * of a larger input; a problem without a line is returned as it is.
   *
   * @throws IllegalArgumentException if the line would fall below 1
   */
  public Problem withLineShift(int lines) {
    if (line == NONE || lines == 0) {
      return this;
    }
    if ((long) line + lines < 1 || (long) line + lines > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("line " + line + " shifted by " + lines);
    }
    Builder copy = toBuilder();
    copy.line = line + lines;
    return copy.build();
  }

  /**
   * A builder that starts from this problem, for a reader that adds what it knows and the finder
   * did not: the line a report's value stood on, for one.
   */
  public Builder toBuilder() {
    Builder copy = new Builder(code);
    copy.severity = severity;
    copy.messageKey = messageKey;
    copy.pointer = pointer;
    copy.related = relatedPointers;
    copy.stated = stated;
    copy.computed = computed;
    copy.line = line;
    copy.column = column;
    copy.page = page;
    copy.textOffset = textOffset;
    copy.textLength = textLength;
    copy.arguments = arguments;
    return copy;
  }

  /** Same code id, severity, message key and arguments, location, related values and numbers. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return code.id().equals(that.code.id())
        && severity == that.severity
        && messageKey.equals(that.messageKey)
        && pointer.equals(that.pointer)
        && relatedPointers.equals(that.relatedPointers)
        && Objects.equals(stated, that.stated)
        && Objects.equals(computed, that.computed)
        && line == that.line
        && column == that.column
        && page == that.page
        && textOffset == that.textOffset
        && textLength == that.textLength
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code.id(), severity, messageKey, pointer, stated, computed, line, column);
  }

  /**
   * Severity, id, location and the English message, for logs: {@code ERROR JSON-TYPE at /year
   * (3:11): …}; the location reads {@code at ""} for the whole input and names a PDF page as {@code
   * (page 2)}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(severity).append(' ').append(code.id()).append(" at ");
    text.append(pointer.isEmpty() ? "\"\"" : pointer);
    if (line != NONE) {
      text.append(" (").append(line);
      if (column != NONE) {
        text.append(':').append(column);
      }
      text.append(')');
    }
    if (page != NONE) {
      text.append(" (page ").append(page).append(')');
    }
    return text.append(": ").append(message(Language.EN)).toString();
  }

  /**
   * A problem being built. Nothing is checked against the code's messages here: a code that
   * declares its arguments checks them where its reporter builds problems.
   */
  public static final class Builder {
    private final Code code;
    private Severity severity;
    private String messageKey;
    private String pointer = "";
    private List<String> related = Collections.emptyList();
    private BigDecimal stated;
    private BigDecimal computed;
    private int line = NONE;
    private int column = NONE;
    private int page = NONE;
    private int textOffset = NONE;
    private int textLength = NONE;
    private Object[] arguments = NO_ARGUMENTS;

    private Builder(Code code) {
      this.code = Objects.requireNonNull(code, "code");
      this.severity = Objects.requireNonNull(code.severity(), "the code's severity");
      this.messageKey = Objects.requireNonNull(code.id(), "the code's id");
    }

    /** Another severity than the code's default, e.g. the one a validation profile gives it. */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** A variant of the code's message, under the key {@code ID.variant}. */
    public Builder variant(String variant) {
      this.messageKey = code.id() + "." + Objects.requireNonNull(variant, "variant");
      return this;
    }

    /** Where the problem is, as a JSON Pointer; {@code ""} (the default) for the whole input. */
    public Builder at(String pointer) {
      this.pointer = Objects.requireNonNull(pointer, "pointer");
      return this;
    }

    /** The other values that took part, by JSON Pointer. */
    public Builder related(String... pointers) {
      return related(Arrays.asList(pointers));
    }

    /** The other values that took part, by JSON Pointer. */
    public Builder related(List<String> pointers) {
      List<String> copy = new ArrayList<>(pointers);
      for (String pointer : copy) {
        Objects.requireNonNull(pointer, "a related pointer is null");
      }
      this.related = Collections.unmodifiableList(copy);
      return this;
    }

    /** The number the input states at the pointer. */
    public Builder stated(BigDecimal stated) {
      this.stated = stated;
      return this;
    }

    /** The number expected at the pointer. */
    public Builder computed(BigDecimal computed) {
      this.computed = computed;
      return this;
    }

    /**
     * The line and column in the input, each from 1.
     *
     * @throws IllegalArgumentException if either is below 1
     */
    public Builder line(int line, int column) {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("line and column are from 1: " + line + ":" + column);
      }
      this.line = line;
      this.column = column;
      return this;
    }

    /**
     * The line in the input, from 1, when the column is not known.
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder line(int line) {
      if (line < 1) {
        throw new IllegalArgumentException("lines are from 1: " + line);
      }
      this.line = line;
      this.column = NONE;
      return this;
    }

    /**
     * The page of a PDF, from 1.
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder page(int page) {
      if (page < 1) {
        throw new IllegalArgumentException("pages are from 1: " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * Where the sentence the problem is about is in a narrative section's text.
     *
     * @throws IllegalArgumentException if offset or length is below 0
     */
    public Builder text(int offset, int length) {
      if (offset < 0 || length < 0) {
        throw new IllegalArgumentException(
            "offset and length are at least 0: " + offset + ", " + length);
      }
      this.textOffset = offset;
      this.textLength = length;
      return this;
    }

    /**
     * The arguments of the message, by position. User data belongs here, never in a pattern; a
     * cell, row, column or label of the form is written in the form's own terms (see {@link
     * MessageBundle#text(Object, Language)}).
     */
    public Builder arguments(Object... arguments) {
      this.arguments = arguments.length == 0 ? NO_ARGUMENTS : arguments.clone();
      return this;
    }

    /** The problem. The builder may be used again. */
    public Problem build() {
      return new Problem(this);
    }
  }
}
