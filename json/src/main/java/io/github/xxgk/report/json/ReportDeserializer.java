package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;

/**
 * Reads an {@link AnnualReport} strictly. Unknown properties are errors unless the module was made
 * to allow them: the mapper's {@link
 * com.fasterxml.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, off in Spring
 * Boot's, is a setting for the caller's own types and does not relax the report's contract.
 */
final class ReportDeserializer extends StdDeserializer<AnnualReport> {
  private static final long serialVersionUID = 1L;

  private final boolean allowUnknown;

  ReportDeserializer(boolean allowUnknown) {
    super(AnnualReport.class);
    this.allowUnknown = allowUnknown;
  }

  @Override
  public AnnualReport deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    ReadResult result = ReportReader.read(parser, allowUnknown, null);
    if (result.report != null) {
      return result.report;
    }
    throw new InvalidReportException(parser, result.problems);
  }

  /**
   * A document of just {@code null} is not a report: Jackson asks here instead of deserializing.
   */
  @Override
  public AnnualReport getNullValue(DeserializationContext context) throws InvalidReportException {
    JsonParser parser = context.getParser();
    Problems problems = new Problems();
    problems.add(
        JsonMessage.TYPE_OBJECT,
        "",
        parser == null ? null : JacksonSupport.tokenLocation(parser),
        Phrase.FOUND_NULL);
    throw new InvalidReportException(parser, problems.all());
  }
}
