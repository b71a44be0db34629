package io.github.xxgk.report.consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.json.JsonRule;
import io.github.xxgk.report.json.ReportFormatException;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.json.ReportLinesWriter;
import io.github.xxgk.report.json.ReportRecord;
import io.github.xxgk.report.json.ReportStream;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The json module as a consumer on a given Jackson uses it: the reader's guarantees (strict UTF-8,
 * limits), canonical writing, batches, and the module on the consumer's own mapper.
 */
class JsonConsumerTest {
  private static final Path EXAMPLE = Paths.get(System.getProperty("xxgk.example"));
  private static final ReportJson JSON = ReportJson.standard();

  private static String example() throws IOException {
    return new String(Files.readAllBytes(EXAMPLE), StandardCharsets.UTF_8);
  }

  @Test
  void runsOnTheJacksonItNames() {
    String expected = System.getProperty("expected.jackson");
    for (Version version :
        new Version[] {
          com.fasterxml.jackson.core.json.PackageVersion.VERSION,
          com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
        }) {
      assertEquals(expected, version.getMajorVersion() + "." + version.getMinorVersion(), version.toString());
    }
  }

  @Test
  void readsValidatesAndWritesTheRealReport() throws IOException {
    AnnualReport report = JSON.read(EXAMPLE);
    assertTrue(ReportValidator.standard().validate(report).isValid());
    assertEquals(report, JSON.read(JSON.write(report)));
    assertEquals(report, JSON.read(example().getBytes(StandardCharsets.UTF_8)));
  }

  /** Bytes written must be the text written, also for a character beyond U+FFFF. */
  @Test
  void writesBytesAsText() {
    AnnualReport report = AnnualReport.builder().from(JSON.read(EXAMPLE)).organ("\uD840\uDC00区政府办公室").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writePretty(report, out);
    assertArrayEquals(JSON.writePretty(report).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    assertEquals(report, JSON.read(out.toByteArray()));
  }

  @Test
  void refusesMalformedUtf8() throws IOException {
    byte[] text = example().replace("临汾市", "@@").getBytes(StandardCharsets.UTF_8);
    int at = new String(text, StandardCharsets.ISO_8859_1).indexOf("@@");
    text[at] = (byte) 0xC0; // an overlong form of '/'
    text[at + 1] = (byte) 0xAF;
    byte[] bytes = text;
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> JSON.read(bytes));
    Problem problem = e.problems().get(0);
    assertEquals(JsonRule.SYNTAX.id(), problem.ruleId(), problem.toString());
    assertEquals("/organ", problem.pointer(), problem.toString());
  }

  @Test
  void holdsItsLimits() throws IOException {
    ReportJson lenient = ReportJson.builder().allowUnknownProperties(true).build();
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      deep.append('[');
    }
    for (int i = 0; i < 100; i++) {
      deep.append(']');
    }
    String nested = example().replace("\"year\": 2024,", "\"year\": 2024, \"x\": " + deep + ",");
    assertLimit(lenient, nested);
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      digits.append('9');
    }
    assertLimit(JSON, example().replace("\"year\": 2024,", "\"year\": " + digits + ","));
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      key.append('k');
    }
    assertLimit(lenient, example().replace("\"year\": 2024,", "\"year\": 2024, \"" + key + "\": 1,"));
  }

  private static void assertLimit(ReportJson json, String text) {
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.read(text));
    assertEquals(JsonRule.LIMIT.id(), e.problems().get(0).ruleId(), e.problems().toString());
    ReportFormatException bytes =
        assertThrows(ReportFormatException.class, () -> json.read(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(JsonRule.LIMIT.id(), bytes.problems().get(0).ruleId(), bytes.problems().toString());
  }

  @Test
  void writesAndReadsJsonLines() {
    AnnualReport report = JSON.read(EXAMPLE);
    Cell cell = FormCells.byPointer("/applications/newlyReceived/naturalPerson").get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReportLinesWriter lines = JSON.linesWriter(out)) {
      lines.write(report);
      lines.write(CellGrid.of(report).set(cell, 99).toReport());
    }
    List<Integer> counts = new ArrayList<>();
    try (ReportStream records = JSON.readAll(new ByteArrayInputStream(out.toByteArray()))) {
      for (ReportRecord record : records) {
        counts.add(cell.count(record.report().get()));
      }
    }
    assertEquals(java.util.Arrays.asList(13, 99), counts);
  }

  @Test
  void theModuleWorksOnTheConsumersMapper() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    AnnualReport report = mapper.readValue(example(), AnnualReport.class);
    assertEquals(JSON.read(EXAMPLE), report);
    Cell cell = FormCells.byPointer("/applications/newlyReceived/total").get();
    ValidationResult result = ReportValidator.standard().validate(CellGrid.of(report).set(cell, 15).toReport());
    JsonNode written = mapper.readTree(mapper.writeValueAsString(result));
    assertEquals(false, written.get("valid").booleanValue());
    assertEquals("APPLICATIONS-ROW-TOTAL", written.get("violations").get(0).get("rule").textValue());
  }
}
