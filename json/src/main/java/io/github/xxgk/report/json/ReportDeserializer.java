package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Reads an {@link AnnualReport} strictly. Unknown properties are errors while the context's
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is on (Jackson's default); nothing
 * else can be relaxed.
 */
final class ReportDeserializer extends StdDeserializer<AnnualReport> {
  private static final long serialVersionUID = 1L;

  ReportDeserializer() {
    super(AnnualReport.class);
  }

  @Override
  public AnnualReport deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    boolean allowUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    ReportReader.Result result = ReportReader.read(parser, allowUnknown, null);
    if (result.report != null) {
      return result.report;
    }
    throw new ProblemsException(parser, result.problems);
  }

  /** A document of just {@code null} is not a report: Jackson asks here instead of deserializing. */
  @Override
  public AnnualReport getNullValue(DeserializationContext context) throws ProblemsException {
    JsonParser parser = context.getParser();
    Problems problems = new Problems();
    problems.type("", parser == null ? null : JacksonSupport.tokenLocation(parser), "对象", "an object", "null", "null");
    throw new ProblemsException(parser, problems.all());
  }

  /** Carries the problems of a report through Jackson, which expects an {@code IOException}. */
  static final class ProblemsException
      extends com.fasterxml.jackson.databind.exc.MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<JsonProblem> problems;

    ProblemsException(JsonParser parser, List<JsonProblem> problems) {
      super(parser, new ReportFormatException(problems).getMessage());
      this.problems = Collections.unmodifiableList(problems);
    }

    List<JsonProblem> problems() {
      return problems;
    }
  }
}
