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
 * report with problems fails with an {@link InvalidReportException} (a Jackson {@code
 * MismatchedInputException}) that carries them as {@link JsonProblem}s. Unknown properties in a
 * report are problems whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (which Spring Boot
 * turns off for the caller's own types); {@link #allowingUnknownProperties()} skips them.
 * For hardened limits, all problems as {@link JsonProblem}s and canonical output, use {@link
 * ReportJson}, which builds its own mapper with this module.
 */
public final class ReportModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, ready to register: strict, unknown properties are problems. */
  public ReportModule() {
    this(false);
  }

  private ReportModule(boolean allowUnknownProperties) {
    super(ReportModule.class.getSimpleName(), PackageVersion.VERSION);
    addSerializer(AnnualReport.class, new ReportSerializer());
    addDeserializer(AnnualReport.class, new ReportDeserializer(allowUnknownProperties));
  }

  /** A module that skips the properties a report does not define, as {@link ReportJson.Builder#allowUnknownProperties} does. */
  public static ReportModule allowingUnknownProperties() {
    return new ReportModule(true);
  }
}
