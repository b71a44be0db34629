package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes annual reports in the contract's JSON form, with safe defaults. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.standard();
 * AnnualReport report = json.read(bytes);        // throws ReportFormatException
 * String text = json.writePretty(report);
 * }</pre>
 *
 * <p><b>Reading</b> is strict: an unknown property, a duplicate key, {@code null}, a missing
 * required value, a string, fraction or exponent where a count belongs ({@code "12"}, {@code 1.5},
 * {@code 1e2}), a count outside {@code int} range, an edition other than {@code "2021"} and content
 * after the document are all errors. Only unknown properties can be allowed, with {@link
 * Builder#allowUnknownProperties}. Totals ({@code total} keys and the row {@code outcomes.total})
 * may be omitted; they are then the sums, as in the model. All problems of a well-formed document
 * are reported together in one {@link ReportFormatException}; a syntax error or an exceeded limit
 * stops reading. Input bytes must be UTF-8 (a byte order mark is skipped). Reading does not close
 * the stream it is given.
 *
 * <p><b>Limits</b> (a {@link JsonRule#LIMIT} problem when exceeded): {@value #MAX_DOCUMENT_LENGTH}
 * characters per document (per record in a batch), nesting depth {@value #MAX_NESTING_DEPTH},
 * {@value #MAX_STRING_LENGTH} characters per string, {@value #MAX_NAME_LENGTH} per key, {@value
 * #MAX_NUMBER_LENGTH} per number, a money scale of at most {@value #MAX_MONEY_SCALE} either way,
 * and {@value #MAX_PROBLEMS} listed problems per report.
 *
 * <p><b>Writing</b> is canonical: keys in the contract's order, every cell including totals, absent
 * optional values left out, money with its scale, UTF-8 without escapes; pretty output is indented
 * by two spaces with {@code \n} line ends. {@code read(write(r))} equals {@code r}.
 *
 * <p>I/O failures of the given streams are thrown as {@link UncheckedIOException}. Jackson's global
 * defaults and any mapper of the caller are never changed: this class builds its own.
 */
public final class ReportJson {
  /** Maximum characters of one document, or of one record of a batch. */
  public static final int MAX_DOCUMENT_LENGTH = Limits.DOCUMENT_LENGTH;

  /** Maximum nesting depth of objects and arrays; the contract needs 5. */
  public static final int MAX_NESTING_DEPTH = Limits.NESTING_DEPTH;

  /** Maximum characters of one string value, enough for a long narrative section. */
  public static final int MAX_STRING_LENGTH = Limits.STRING_LENGTH;

  /** Maximum characters of one property name. */
  public static final int MAX_NAME_LENGTH = Limits.NAME_LENGTH;

  /** Maximum characters of one number. */
  public static final int MAX_NUMBER_LENGTH = Limits.NUMBER_LENGTH;

  /** Maximum absolute scale of the money amount, so that {@code 1e-999999999} is refused. */
  public static final int MAX_MONEY_SCALE = Limits.MONEY_SCALE;

  /** Maximum problems listed for one report; more are counted in one last problem. */
  public static final int MAX_PROBLEMS = Limits.PROBLEMS;

  private static final ReportJson STANDARD = builder().build();

  private final boolean allowUnknownProperties;
  private final DocumentReader documents;

  /** Parses a batch, whose records are bounded one by one instead. */
  private final JsonFactory unbounded;

  /** Writes; reading goes straight to {@link ReportReader}, which needs no databind context. */
  private final DocumentWriter writer;

  private ReportJson(Builder builder) {
    this.allowUnknownProperties = builder.allowUnknownProperties;
    JsonFactory bounded = factory(MAX_DOCUMENT_LENGTH, MAX_NAME_LENGTH);
    this.unbounded = factory(-1, MAX_NAME_LENGTH);
    // Jackson's byte parser counts a key's bytes, up to 3 a character: ReportReader holds keys to
    // MAX_NAME_LENGTH characters instead.
    JsonFactory bytes = factory(-1, 4 * MAX_NAME_LENGTH);
    this.documents = new DocumentReader(bounded, bytes, allowUnknownProperties);
    this.writer = new DocumentWriter(bounded);
  }

  /** The strict reader and writer. */
  public static ReportJson standard() {
    return STANDARD;
  }

  /** A builder, to allow unknown properties. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether unknown properties are skipped instead of reported. */
  public boolean allowsUnknownProperties() {
    return allowUnknownProperties;
  }

  /**
   * Reads one report from a JSON text.
   *
   * @throws ReportFormatException with every problem found
   */
  public AnnualReport read(String json) {
    Objects.requireNonNull(json, "json");
    return orThrow(documents.read(json));
  }

  /**
   * Reads one report from UTF-8 bytes.
   *
   * @throws ReportFormatException with every problem found
   */
  public AnnualReport read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return orThrow(documents.read(json, 0, json.length));
  }

  /**
   * Reads one report from a UTF-8 stream, to its end; the stream is not closed.
   *
   * @throws ReportFormatException with every problem found
   * @throws UncheckedIOException when the stream fails
   */
  public AnnualReport read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return orThrow(documents.read(json));
  }

  /**
   * Reads one report from a UTF-8 file.
   *
   * @throws ReportFormatException with every problem found
   * @throws UncheckedIOException when the file cannot be read (missing, a directory, no access)
   */
  public AnnualReport read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      // A file that cannot hold the limit's characters in UTF-8 (3 bytes each at most, and a byte
      // order mark) is read in bytes, the fast path; a longer one as a stream, which stops at the
      // limit instead of loading the whole file.
      if (Files.size(file) <= 3L * MAX_DOCUMENT_LENGTH + 3) {
        return read(Files.readAllBytes(file));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnnualReport orThrow(ReadResult result) {
    if (result.report == null) {
      throw new ReportFormatException(result.problems);
    }
    return result.report;
  }

  /** Reads one line of JSON Lines; see {@link DocumentReader#readLine}. */
  ReadResult readLine(byte[] json, int offset, int length, long indent, long allowed) {
    return documents.readLine(json, offset, length, indent, allowed);
  }

  /** Reads one whole document from a parser of this reader's own. */
  ReadResult readChars(com.fasterxml.jackson.core.JsonParser parser, Positions positions)
      throws IOException {
    return documents.read(parser, positions);
  }

  /**
   * Reads many reports lazily, in constant memory, from UTF-8 input that is a JSON array of
   * reports, JSON Lines (one report per line), or reports one after another; the form is detected
   * from the first line. A bad record is reported in its {@link ReportRecord} and the next records
   * are still read; only a syntax error or an exceeded limit in an array or in multi-line reports
   * ends the stream. Each record is held to {@value #MAX_DOCUMENT_LENGTH} characters (counted with
   * the space before it); a first line longer than that is one {@link JsonRule#LIMIT} record and
   * the end of the stream, since no layout can be told from it. Close the result to close the
   * input.
   */
  public ReportStream readAll(InputStream in) {
    Objects.requireNonNull(in, "in");
    return Layouts.detect(this, in);
  }

  /**
   * Reads JSON Lines lazily: one report per line, blank lines skipped. A line that is not a report
   * is reported in its {@link ReportRecord}, and reading goes on with the next line.
   */
  public ReportStream readLines(InputStream in) {
    Objects.requireNonNull(in, "in");
    return Layouts.lines(this, in);
  }

  /**
   * A writer of JSON Lines to the stream: one compact report per line, each ended by {@code \n},
   * readable by {@link #readLines}. Closing the writer flushes it and closes the stream.
   */
  public ReportLinesWriter linesWriter(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new ReportLinesWriter(this, out);
  }

  /**
   * Writes reports as JSON Lines, one compact report per line ended by {@code \n}; the stream is
   * flushed, not closed.
   *
   * @throws IllegalArgumentException as for {@link #write(AnnualReport)}, before the report's line
   * @throws UncheckedIOException when the stream fails
   */
  public void writeLines(Iterable<AnnualReport> reports, OutputStream out) {
    Objects.requireNonNull(reports, "reports");
    ReportLinesWriter writer = linesWriter(out);
    for (AnnualReport report : reports) {
      writer.write(report);
    }
    writer.flush();
  }

  JsonFactory streamFactory() {
    return unbounded;
  }

  /**
   * The report as compact JSON.
   *
   * @throws IllegalArgumentException when the report could not be read back: an edition other than
   *     2021, or a value beyond the reader's limits
   */
  public String write(AnnualReport report) {
    return writer.write(report, false);
  }

  /**
   * The report as pretty JSON: two-space indents, {@code \n} line ends, no final line end.
   *
   * @throws IllegalArgumentException as for {@link #write(AnnualReport)}
   */
  public String writePretty(AnnualReport report) {
    return writer.write(report, true);
  }

  /**
   * Writes the report as compact UTF-8 JSON; the stream is flushed, not closed.
   *
   * @throws IllegalArgumentException as for {@link #write(AnnualReport)}
   * @throws UncheckedIOException when the stream fails
   */
  public void write(AnnualReport report, OutputStream out) {
    writer.write(report, false, out);
  }

  /**
   * Writes the report as pretty UTF-8 JSON; the stream is flushed, not closed.
   *
   * @throws IllegalArgumentException as for {@link #write(AnnualReport)}
   * @throws UncheckedIOException when the stream fails
   */
  public void writePretty(AnnualReport report, OutputStream out) {
    writer.write(report, true, out);
  }

  private static JsonFactory factory(long maxDocumentLength, int maxNameLength) {
    // Not STRICT_DUPLICATE_DETECTION: ReportReader finds duplicate keys itself, for less.
    return JacksonSupport.factoryBuilder(maxDocumentLength, maxNameLength)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** Builds a {@link ReportJson}; by default it is the same as {@link #standard()}. */
  public static final class Builder {
    private boolean allowUnknownProperties;

    private Builder() {}

    /**
     * Whether properties that the contract does not define are skipped instead of reported as
     * {@link JsonRule#UNKNOWN_PROPERTY}; off by default. Nothing else can be relaxed.
     *
     * @return this builder
     */
    public Builder allowUnknownProperties(boolean allow) {
      this.allowUnknownProperties = allow;
      return this;
    }

    /** The reader and writer. */
    public ReportJson build() {
      return new ReportJson(this);
    }
  }
}
