package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Validation results written by ReportModule, and refused when read. */
class ValidationJsonTest {
  /** The example with 三（一）新收政府信息公开申请数 stated as 15 where its cells add up to 14. */
  private static final AnnualReport WRONG_TOTAL =
      ReportJson.standard()
          .read(
              Hostile.edit(
                  "\"otherOrganization\": 0,\n      \"total\": 14",
                  "\"otherOrganization\": 0,\n      \"total\": 15"));

  private static final ValidationResult RESULT = ReportValidator.standard().validate(WRONG_TOTAL);

  @Test
  void writesEveryViolationWithItsNumbersAndMessage() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule(Locale.ENGLISH)).build();
    JsonNode json = mapper.readTree(mapper.writeValueAsString(RESULT));

    assertFalse(json.get("valid").booleanValue());
    JsonNode violations = json.get("violations");
    assertEquals(RESULT.violations().size(), violations.size());
    JsonNode first = violations.get(0);
    assertEquals("APPLICATIONS-ROW-TOTAL", first.get("rule").textValue());
    assertEquals("ERROR", first.get("severity").textValue());
    assertEquals("/applications/newlyReceived/total", first.get("path").textValue());
    assertEquals(new BigDecimal("15"), first.get("stated").decimalValue());
    assertEquals(new BigDecimal("14"), first.get("computed").decimalValue());
    assertEquals(6, first.get("related").size(), first.toString());
    assertEquals(
        "/applications/newlyReceived/naturalPerson", first.get("related").get(0).textValue());
    Problem violation = RESULT.violations().get(0);
    assertEquals(violation.message(Locale.ENGLISH), first.get("message").textValue());
  }

  @Test
  void writesMessagesInChineseByDefault() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    JsonNode violation = mapper.readTree(mapper.writeValueAsString(RESULT.violations().get(0)));
    assertEquals(
        RESULT.violations().get(0).message(Locale.CHINESE), violation.get("message").textValue());
    assertTrue(
        violation
            .get("message")
            .textValue()
            .codePoints()
            .anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
  }

  @Test
  void leavesAbsentNumbersOut() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
    JsonNode json =
        mapper.readTree(
            mapper.writeValueAsString(
                ReportValidator.standard().validate(LinfenYaodu2024.report())));
    assertTrue(json.get("valid").booleanValue());
    assertEquals(0, json.get("violations").size());
    for (Problem violation : RESULT.violations()) {
      JsonNode written = mapper.readTree(mapper.writeValueAsString(violation));
      assertEquals(violation.stated().isPresent(), written.has("stated"), written.toString());
      assertEquals(violation.computed().isPresent(), written.has("computed"), written.toString());
    }
  }

  @Test
  void refusesToReadAResultOrAViolation() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
    MismatchedInputException result =
        assertThrows(
            MismatchedInputException.class,
            () ->
                mapper.readValue("{\"valid\": true, \"violations\": []}", ValidationResult.class));
    assertTrue(result.getOriginalMessage().contains("ValidationResult is not read from JSON"));
    assertThrows(
        MismatchedInputException.class, () -> mapper.readValue("{\"rule\": \"X\"}", Problem.class));
  }
}
