package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.xxgk.report.problem.Problem;
import java.util.List;

/**
 * A document is not a report in the contract's JSON form, read through {@link ReportModule} by a
 * mapper of the caller's own. Jackson's mapper expects a {@link
 * com.fasterxml.jackson.databind.JsonMappingException}, so this is one (a {@link
 * MismatchedInputException}, with Jackson's path to the report inside the caller's own types); it
 * carries every problem found, as {@link ReportJson} reports them, in {@link #problems()}, and its
 * cause is the {@link ReportFormatException} that {@link ReportJson} would have thrown (which keeps
 * the problems when serialized).
 *
 * <pre>{@code
 * try {
 *   AnnualReport report = mapper.readValue(json, AnnualReport.class);
 * } catch (InvalidReportException e) {
 *   for (Problem problem : e.problems()) { ... }
 * }
 * }</pre>
 */
public final class InvalidReportException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  InvalidReportException(JsonParser parser, List<Problem> problems) {
    this(parser, new ReportFormatException(problems));
  }

  private InvalidReportException(JsonParser parser, ReportFormatException cause) {
    super(parser, cause.getMessage());
    initCause(cause);
  }

  /** Every problem found, in the order of the input; never empty. */
  public List<Problem> problems() {
    return ((ReportFormatException) getCause()).problems();
  }
}
