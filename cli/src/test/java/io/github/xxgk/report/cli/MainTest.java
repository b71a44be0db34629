package io.github.xxgk.report.json.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.json.ReportSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process. */
class MainTest {
  private static final String EXAMPLE = Paths.get("examples", "linfen-yaodu-2024.json").toString();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return run(new byte[0], args);
  }

  private int run(byte[] stdin, String... args) {
    try {
      return Main.run(
          args,
          new ByteArrayInputStream(stdin),
          new PrintStream(out, true, "UTF-8"),
          new PrintStream(err, true, "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String out() {
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private String err() {
    return new String(err.toByteArray(), StandardCharsets.UTF_8);
  }

  private static String example() throws IOException {
    return new String(Files.readAllBytes(Paths.get(EXAMPLE)), StandardCharsets.UTF_8);
  }

  /** The example with the stated total of 一、本年新收 changed from 14 to 15. */
  private Path wrongTotal() throws IOException {
    String doc = example();
    String stated = "\"otherOrganization\": 0,\n      \"total\": 14";
    assertTrue(doc.contains(stated));
    Path file = dir.resolve("wrong-total.json");
    Files.write(file, doc.replace(stated, "\"otherOrganization\": 0,\n      \"total\": 15").getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private Path garbage() throws IOException {
    Path file = dir.resolve("garbage.json");
    Files.write(file, "{\"organ\": \n]".getBytes(StandardCharsets.UTF_8));
    return file;
  }

  @Test
  void theExampleIsValid() {
    assertEquals(Main.OK, run("validate", EXAMPLE), err()::toString);
    assertFalse(out().contains("ERROR"), out());
    assertTrue(out().contains(EXAMPLE + ": 通过"), out());
  }

  @Test
  void aChangedTotalNamesTheRuleAndTheCell() throws IOException {
    Path file = wrongTotal();
    assertEquals(Main.INVALID, run("validate", file.toString()));
    Cell cell = FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
    String line = out().split("\n")[0];
    assertTrue(line.contains("ERROR APPLICATIONS-ROW-TOTAL"), line);
    assertTrue(line.contains(cell.pointer()), line);
    assertTrue(line.contains(cell.rowLabels().get(0).zh()), line);
    assertTrue(line.contains(cell.columnLabels().get(0).zh()), line);
    assertTrue(line.contains("15") && line.contains("14"), line);
  }

  @Test
  void englishMessagesKeepTheChineseCaptions() throws IOException {
    Path file = wrongTotal();
    assertEquals(Main.INVALID, run("validate", "--lang", "en", file.toString()));
    Cell cell = FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
    assertTrue(out().contains("stated 15, computed 14"), out());
    assertTrue(out().contains(cell.rowLabels().get(0).zh()), out());
    assertTrue(out().contains(": INVALID ("), out());
  }

  @Test
  void garbageExitsTwoWithALocatedLineAndTheOtherFilesAreStillChecked() throws IOException {
    Path garbage = garbage();
    Path wrong = wrongTotal();
    assertEquals(Main.UNREADABLE, run("validate", garbage.toString(), wrong.toString(), EXAMPLE));
    String[] lines = out().split("\n");
    assertTrue(lines[0].startsWith(garbage + ":2:1: ERROR JSON-SYNTAX"), lines[0]);
    assertTrue(out().contains("APPLICATIONS-ROW-TOTAL"), out());
    assertTrue(out().contains(EXAMPLE + ": 通过"), out());
  }

  @Test
  void jsonFormat() throws Exception {
    Path wrong = wrongTotal();
    Path garbage = garbage();
    assertEquals(
        Main.UNREADABLE,
        run("validate", "--format", "json", EXAMPLE, wrong.toString(), garbage.toString()));
    JsonNode files = new ObjectMapper().readTree(out());
    assertEquals(3, files.size());
    assertEquals(EXAMPLE, files.get(0).get("file").asText());
    assertTrue(files.get(0).get("valid").asBoolean());
    JsonNode violation = files.get(1).get("violations").get(0);
    assertFalse(files.get(1).get("valid").asBoolean());
    assertEquals("APPLICATIONS-ROW-TOTAL", violation.get("rule").asText());
    assertEquals("ERROR", violation.get("severity").asText());
    assertEquals("/applications/newlyReceived/total", violation.get("path").asText());
    assertFalse(violation.get("message").asText().isEmpty());
    assertEquals("JSON-SYNTAX", files.get(2).get("violations").get(0).get("rule").asText());
  }

  @Test
  void standardInputAndJsonLines() throws IOException {
    String compact = new ObjectMapper().readTree(example()).toString();
    byte[] lines = (compact + "\n" + compact.replace("\"year\":2024", "\"year\":\"x\"") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(Main.UNREADABLE, run(lines, "validate", "--jsonl", "--lang", "en", "-"));
    assertTrue(out().contains("-:2:"), out());
    assertTrue(out().contains("JSON-TYPE /year"), out());
    assertTrue(out().contains("1 reports in 2 records"), out());
  }

  @Test
  void previousYear() throws IOException {
    String doc = example();
    Path previous = dir.resolve("previous.json");
    // Last year carried 2 over to this year, where 1 is stated as carried over from last year.
    Files.write(
        previous,
        doc.replace("\"year\": 2024", "\"year\": 2023")
            .replace("\"carriedOverToNextYear\": {\n        \"naturalPerson\": 3", "\"carriedOverToNextYear\": {\n        \"naturalPerson\": 2")
            .getBytes(StandardCharsets.UTF_8));
    assertEquals(Main.INVALID, run("validate", "--previous", previous.toString(), EXAMPLE));
    assertTrue(out().contains("CARRY-OVER-CONTINUITY"), out());
  }

  @Test
  void unreadableFile() {
    assertEquals(Main.UNREADABLE, run("validate", dir.resolve("absent.json").toString(), EXAMPLE));
    assertTrue(out().contains("FILE-UNREADABLE"), out());
    assertTrue(out().contains(EXAMPLE + ": 通过"), out());
  }

  @Test
  void schemaAndHelp() {
    assertEquals(Main.OK, run("schema"));
    assertEquals(ReportSchema.text(), out());
    out.reset();
    assertEquals(Main.OK, run("--help"));
    for (String documented : new String[] {"--format", "--lang", "--previous", "--jsonl", "schema", "Exit status"}) {
      assertTrue(out().contains(documented), documented);
    }
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(Main.UNREADABLE, run());
    assertEquals(Main.UNREADABLE, run("check", EXAMPLE));
    assertEquals(Main.UNREADABLE, run("validate"));
    assertEquals(Main.UNREADABLE, run("validate", "--format", "xml", EXAMPLE));
    assertEquals(Main.UNREADABLE, run("validate", "--lang"));
    assertEquals(Main.UNREADABLE, run("validate", "--colour", EXAMPLE));
    assertTrue(err().contains("--help"), err());
    assertEquals("", out());
  }

  @Test
  void unreadablePreviousYearStillChecksTheFiles() throws IOException {
    Path garbage = garbage();
    assertEquals(Main.UNREADABLE, run("validate", "--previous", garbage.toString(), EXAMPLE));
    assertTrue(out().startsWith(garbage + ":2:1: ERROR JSON-SYNTAX"), out());
    assertTrue(out().contains(EXAMPLE + ": 通过"), out());
  }
}
