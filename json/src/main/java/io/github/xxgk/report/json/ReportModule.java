package io.github.xxgk.report.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ValidationResult;
import java.util.Locale;
import java.util.Objects;

/**
 * The Jackson module for the contract's JSON form of {@link AnnualReport}, and for writing
 * validation results. Register it on a mapper of your own, or let {@code findAndRegisterModules()}
 * find it:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
 * AnnualReport report = mapper.readValue(json, AnnualReport.class);
 * String problems = mapper.writeValueAsString(ReportValidator.standard().validate(report));
 * }</pre>
 *
 * <p>The module only adds serializers and deserializers; it changes no setting of the mapper. A
 * report with problems fails with an {@link InvalidReportException} (a Jackson {@code
 * MismatchedInputException}) that carries them as {@link JsonRule} problems. Unknown properties in
 * a report are problems whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (which Spring Boot
 * turns off for the caller's own types); {@link #allowingUnknownProperties()} skips them. For
 * hardened limits, all problems as {@link JsonRule} problems and canonical output, use {@link
 * ReportJson}, which builds its own mapper with this module.
 *
 * <p>A {@link ValidationResult} is written as {@code {"valid": false, "violations": [...]}} and a
 * {@link Problem} as {@code {"rule", "severity", "path", "related", "stated", "computed",
 * "message"}} ({@code stated} and {@code computed} left out when absent), the message in Chinese or
 * in the language given to {@link #ReportModule(Locale)}. Neither is read: a result comes from
 * validating a report, and reading one fails with a {@code MismatchedInputException}.
 */
public final class ReportModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with validation messages in Chinese; strict: unknown properties are problems. */
  public ReportModule() {
    this(Locale.CHINESE, false);
  }

  /**
   * The module, with validation messages in the given language: Chinese for a Chinese locale,
   * English for any other (see {@link Problem#message(Locale)}); strict.
   */
  public ReportModule(Locale messages) {
    this(messages, false);
  }

  private ReportModule(Locale messages, boolean allowUnknownProperties) {
    super(ReportModule.class.getSimpleName(), PackageVersion.VERSION);
    Objects.requireNonNull(messages, "messages");
    addSerializer(AnnualReport.class, new ReportSerializer());
    addDeserializer(AnnualReport.class, new ReportDeserializer(allowUnknownProperties));
    ValidationSerializers.ViolationSerializer violation =
        new ValidationSerializers.ViolationSerializer(messages);
    addSerializer(Problem.class, violation);
    addSerializer(ValidationResult.class, new ValidationSerializers.ResultSerializer(violation));
    addDeserializer(Problem.class, new ValidationSerializers.Refusal<>(Problem.class));
    addDeserializer(
        ValidationResult.class, new ValidationSerializers.Refusal<>(ValidationResult.class));
  }

  /**
   * A module that skips the properties a report does not define, as {@link
   * ReportJson.Builder#allowUnknownProperties} does; validation messages in Chinese.
   */
  public static ReportModule allowingUnknownProperties() {
    return new ReportModule(Locale.CHINESE, true);
  }

  /**
   * The module's name, by which a mapper registers it once: Jackson before 2.13 would use the class
   * name instead.
   */
  @Override
  public Object getTypeId() {
    return getModuleName();
  }
}
