package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import org.junit.jupiter.api.Test;

/** The Jackson module on a caller's own mapper. */
class ReportModuleTest {
  @Test
  void isFoundByServiceLoading() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains(ReportModule.class.getSimpleName()));
    AnnualReport report = mapper.readValue(Hostile.EXAMPLE, AnnualReport.class);
    assertEquals(LinfenYaodu2024.report(), report);
    assertEquals(ReportJson.standard().write(report), mapper.writeValueAsString(report));
  }

  @Test
  void hasTheBuildsVersion() {
    Version version = new ReportModule().version();
    assertEquals("io.github.xxgk", version.getGroupId());
    assertEquals("xxgk-report-json", version.getArtifactId());
    assertEquals(0, version.getMajorVersion());
    assertEquals(1, version.getMinorVersion());
    assertFalse(version.isUnknownVersion());
    assertEquals(version, new PackageVersion().version());
  }

  @Test
  void reportsProblemsAsAMismatchedInput() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class,
            () ->
                mapper.readValue(
                    Hostile.edit("\"year\": 2024", "\"year\": \"x\""), AnnualReport.class));
    assertTrue(e.getOriginalMessage().contains("JSON-TYPE at /year"), e.getMessage());
  }

  /**
   * A plain mapper has Jackson's duplicate detection off, and would keep the last of two values;
   * the module's reader finds duplicates itself.
   */
  @Test
  void findsDuplicateKeysWithoutJacksonsDetection() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
    String doc = Hostile.edit("\"year\": 2024,", "\"year\": 2024, \"year\": 2023,");
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class, () -> mapper.readValue(doc, AnnualReport.class));
    assertTrue(e.getOriginalMessage().contains("JSON-DUPLICATE-KEY at /year"), e.getMessage());
  }

  @Test
  void refusesUnknownPropertiesUnderALenientMapperUnlessTheModuleAllowsThem() throws Exception {
    String extra = Hostile.edit("\"year\": 2024,", "\"year\": 2024, \"x\": 1,");
    ObjectMapper lenient =
        JsonMapper.builder()
            .addModule(new ReportModule())
            .disable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    InvalidReportException e =
        assertThrows(
            InvalidReportException.class, () -> lenient.readValue(extra, AnnualReport.class));
    assertEquals(Hostile.problems(extra), e.problems());
    assertEquals(JsonRule.UNKNOWN_PROPERTY.id(), e.problems().get(0).ruleId());
    ObjectMapper allowing =
        JsonMapper.builder().addModule(ReportModule.allowingUnknownProperties()).build();
    assertEquals(LinfenYaodu2024.report(), allowing.readValue(extra, AnnualReport.class));
  }

  /** A report inside the caller's own type: the same exception, its problems and its cause. */
  static final class Envelope {
    public String id;
    public AnnualReport report;
  }

  @Test
  void theExceptionIsPublicAndCarriesTheProblems() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
    String bad = Hostile.edit("\"year\": 2024,", "\"year\": \"2024\",");
    InvalidReportException e =
        assertThrows(
            InvalidReportException.class,
            () -> mapper.readValue("{\"id\": \"a\", \"report\": " + bad + "}", Envelope.class));
    assertEquals(1, e.problems().size(), e.problems()::toString);
    assertEquals("/year", e.problems().get(0).pointer());
    ReportFormatException cause = (ReportFormatException) e.getCause();
    assertEquals(e.problems(), cause.problems());
    assertEquals("report", e.getPath().get(0).getFieldName());
    assertTrue(java.lang.reflect.Modifier.isPublic(InvalidReportException.class.getModifiers()));
  }

  @Test
  void leavesJacksonsDefaultsAlone() {
    ReportJson.builder().allowUnknownProperties(true).build();
    if (JacksonSupport.READ_CONSTRAINTS) {
      // By reflection: the tests are also compiled against Jackson 2.12, which has no constraints.
      try {
        Class<?> constraints = Class.forName("com.fasterxml.jackson.core.StreamReadConstraints");
        Object defaults = constraints.getMethod("defaults").invoke(null);
        assertEquals(
            constraints.getField("DEFAULT_MAX_DEPTH").get(null),
            constraints.getMethod("getMaxNestingDepth").invoke(defaults));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    assertTrue(
        new ObjectMapper()
            .isEnabled(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }
}
