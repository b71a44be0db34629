package io.github.xxgk.report.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.xxgk.report.model.AnnualReport;

/**
 * The Jackson module for the contract's JSON form of {@link AnnualReport}. Register it on a
 * mapper of your own, or let {@code findAndRegisterModules()} find it:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
 * AnnualReport report = mapper.readValue(json, AnnualReport.class);
 * }</pre>
 *
 * <p>The module only adds a serializer and a deserializer; it changes no setting of the mapper. A
 * report with problems fails with a {@code MismatchedInputException} whose message lists them.
 * For hardened limits, all problems as {@link JsonProblem}s and canonical output, use {@link
 * ReportJson}, which builds its own mapper with this module.
 */
public final class ReportModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, ready to register. */
  public ReportModule() {
    super(ReportModule.class.getSimpleName(), PackageVersion.VERSION);
    addSerializer(AnnualReport.class, new ReportSerializer());
    addDeserializer(AnnualReport.class, new ReportDeserializer());
  }
}
