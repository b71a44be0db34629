package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON form of validation results, as the command line's {@code --format json} writes them: a
 * result is {@code {"valid", "violations": [...]}}, a violation {@code {"rule", "severity", "path",
 * "related", "stated", "computed", "message"}} with {@code stated} and {@code computed} left out
 * when absent. Written only: a result is made by validating a report, and one read back could not
 * be checked, so reading either fails with a clear message.
 */
final class ValidationSerializers {
  private ValidationSerializers() {}

  /** Writes a {@link ValidationResult}, its messages in one language. */
  static final class ResultSerializer extends StdSerializer<ValidationResult> {
    private static final long serialVersionUID = 1L;
    private final ViolationSerializer violations;

    ResultSerializer(ViolationSerializer violations) {
      super(ValidationResult.class);
      this.violations = violations;
    }

    @Override
    public void serialize(
        ValidationResult result, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject();
      generator.writeBooleanField("valid", result.isValid());
      generator.writeArrayFieldStart("violations");
      for (Problem violation : result.violations()) {
        violations.serialize(violation, generator, provider);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  /** Writes a {@link Problem}, its message in one language. */
  static final class ViolationSerializer extends StdSerializer<Problem> {
    private static final long serialVersionUID = 1L;
    private final Locale locale;

    ViolationSerializer(Locale locale) {
      super(Problem.class);
      this.locale = locale;
    }

    @Override
    public void serialize(Problem violation, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject();
      generator.writeStringField("rule", violation.ruleId());
      generator.writeStringField("severity", violation.severity().name());
      generator.writeStringField("path", violation.pointer());
      generator.writeArrayFieldStart("related");
      for (String pointer : violation.relatedPointers()) {
        generator.writeString(pointer);
      }
      generator.writeEndArray();
      number(generator, "stated", violation.stated());
      number(generator, "computed", violation.computed());
      generator.writeStringField("message", violation.message(locale));
      generator.writeEndObject();
    }

    private static void number(JsonGenerator generator, String name, Optional<BigDecimal> value)
        throws IOException {
      if (value.isPresent()) {
        generator.writeNumberField(name, value.get());
      }
    }
  }

  /** Refuses to read a type that only validation makes. */
  static final class Refusal<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    Refusal(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return context.reportInputMismatch(
          type,
          "%s is not read from JSON: it is made by validating a report"
              + " (read the AnnualReport and call ReportValidator.validate)",
          type.getSimpleName());
    }
  }
}
