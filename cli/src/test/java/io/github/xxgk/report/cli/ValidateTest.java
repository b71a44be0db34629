package io.github.xxgk.report.cli;

import static io.github.xxgk.report.cli.Cli.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on good and bad reports, in its three output formats. */
class ValidateTest {
  @TempDir Path dir;

  private static final Cell NEWLY_RECEIVED_TOTAL =
      FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);

  @Test
  void theExampleIsValid() {
    Cli run = Cli.run("validate", EXAMPLE);
    assertEquals(Main.OK, run.status, run::toString);
    assertFalse(run.out.contains("ERROR"), run.out);
    assertTrue(run.out.startsWith(EXAMPLE + ": 通过（报告 1 份"), run.out);
    assertTrue(run.out.contains("\n# 合计：输入 1 个"), run.out);
    assertEquals("", run.err);
  }

  @Test
  void aChangedTotalNamesTheRuleTheCellAndItsLineInThePrettyFile() throws IOException {
    Path file = Cli.wrongTotal(dir);
    Cli run = Cli.run("validate", file.toString());
    assertEquals(Main.INVALID, run.status, run::toString);
    String line = run.lines()[0];
    String doc = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    int expectedLine = Cli.lineOf(doc, "\"newlyReceived\"", "\"total\": 15");
    assertTrue(expectedLine > 1);
    assertTrue(
        line.startsWith(
            file
                + ":"
                + expectedLine
                + ":16: ERROR APPLICATIONS-ROW-TOTAL "
                + NEWLY_RECEIVED_TOTAL.pointer()),
        line);
    assertTrue(line.contains(NEWLY_RECEIVED_TOTAL.rowLabels().get(0).zh()), line);
    assertTrue(line.contains(NEWLY_RECEIVED_TOTAL.columnLabels().get(0).zh()), line);
    assertTrue(line.contains("填报 15，计算 14"), line);
  }

  @Test
  void englishMessagesKeepTheChineseCaptions() throws IOException {
    Cli run = Cli.run("validate", "--lang=en", Cli.wrongTotal(dir).toString());
    assertEquals(Main.INVALID, run.status);
    assertTrue(run.out.contains("stated 15, computed 14"), run.out);
    assertTrue(run.out.contains(NEWLY_RECEIVED_TOTAL.rowLabels().get(0).zh()), run.out);
    assertTrue(run.out.contains(": INVALID (1 reports in 1 records; 2 errors"), run.out);
  }

  @Test
  void aSyntaxErrorIsLocatedAndTheOtherFilesAreStillChecked() throws IOException {
    Path garbage = dir.resolve("garbage.json");
    Files.write(garbage, "{\"organ\": \n]".getBytes(StandardCharsets.UTF_8));
    Path wrong = Cli.wrongTotal(dir);
    Cli run = Cli.run("validate", "--lang", "en", garbage.toString(), wrong.toString(), EXAMPLE);
    assertEquals(Main.NOT_A_REPORT, run.status);
    String[] lines = run.lines();
    assertEquals(
        garbage
            + ":2:1: ERROR JSON-SYNTAX /organ: JSON syntax error: expected a JSON value (a string, number, object, array, true, false or null), found ']' (U+005D)",
        lines[0]);
    assertTrue(run.out.contains("APPLICATIONS-ROW-TOTAL"), run.out);
    assertTrue(run.out.contains(EXAMPLE + ": VALID"), run.out);
    assertTrue(
        run.out.contains(
            "# total: 3 inputs, 1 not readable as reports; 3 records; 2 reports, 1 valid, 1 invalid; exit status 2"),
        run.out);
    assertTrue(
        run.out.contains("# APPLICATIONS-BALANCE: 1\n# APPLICATIONS-ROW-TOTAL: 1\n"), run.out);
    assertTrue(run.out.contains("# JSON-SYNTAX: 1\n"), run.out);
  }

  @Test
  void aChineseCharacterWhereJsonBelongsIsShownAsItself() throws IOException {
    Path file = dir.resolve("chinese.json");
    Files.write(file, "{年度: 1}\n".getBytes(StandardCharsets.UTF_8));
    Cli run = Cli.run("validate", file.toString());
    assertEquals(Main.NOT_A_REPORT, run.status);
    assertTrue(run.out.contains("实际为 '年' (U+5E74)"), run.out);
    assertFalse(
        run.out.contains("å") || run.out.contains("REDACTED") || run.out.contains("code 229"),
        run.out);
  }

  @Test
  void jsonOutputStreamsEveryFileWithItsCountsAndASummary() throws Exception {
    Path wrong = Cli.wrongTotal(dir);
    Path garbage = dir.resolve("garbage.json");
    Files.write(garbage, "{\"organ\": \n]".getBytes(StandardCharsets.UTF_8));
    Cli run =
        Cli.run("validate", "--format", "json", EXAMPLE, wrong.toString(), garbage.toString());
    assertEquals(Main.NOT_A_REPORT, run.status);
    JsonNode root = new ObjectMapper().readTree(run.out);
    JsonNode files = root.get("files");
    assertEquals(3, files.size());
    assertEquals(EXAMPLE, files.get(0).get("file").asText());
    assertTrue(files.get(0).get("valid").asBoolean());
    assertEquals(0, files.get(0).get("findings").size());
    JsonNode finding = files.get(1).get("findings").get(0);
    assertFalse(files.get(1).get("valid").asBoolean());
    assertTrue(files.get(1).get("readable").asBoolean());
    assertEquals("APPLICATIONS-ROW-TOTAL", finding.get("rule").asText());
    assertEquals("ERROR", finding.get("severity").asText());
    assertEquals(NEWLY_RECEIVED_TOTAL.pointer(), finding.get("path").asText());
    assertEquals(15, finding.get("stated").asInt());
    assertEquals(14, finding.get("computed").asInt());
    assertEquals(2024, finding.get("year").asInt());
    assertEquals(0, finding.get("record").asInt());
    assertTrue(finding.get("line").asInt() > 1);
    assertFalse(finding.get("organ").asText().isEmpty());
    assertEquals("JSON-SYNTAX", files.get(2).get("findings").get(0).get("rule").asText());
    assertFalse(files.get(2).get("readable").asBoolean());
    JsonNode summary = root.get("summary");
    assertEquals(3, summary.get("inputs").asInt());
    assertEquals(1, summary.get("unreadableInputs").asInt());
    assertEquals(1, summary.get("validReports").asInt());
    assertEquals(1, summary.get("invalidReports").asInt());
    assertEquals(1, summary.get("rules").get("APPLICATIONS-ROW-TOTAL").asInt());
    assertEquals(2, summary.get("exitStatus").asInt());
  }

  @Test
  void csvHasOneRowPerFindingForASpreadsheet() throws IOException {
    Path wrong = Cli.wrongTotal(dir);
    Cli run = Cli.run("validate", "--format=csv", wrong.toString(), EXAMPLE);
    assertEquals(Main.INVALID, run.status);
    String[] rows = run.out.split("\r\n");
    assertEquals("\uFEFF" + CsvOutput.HEADER, rows[0]);
    // The changed total also breaks the balance of table 三: two rows, in the validator's order.
    assertEquals(3, rows.length, run.out);
    assertTrue(
        rows[1].startsWith(
            "\""
                + wrong
                + "\",0,\"临汾市尧都区人民政府办公室\",2024,\"APPLICATIONS-ROW-TOTAL\",ERROR,\""
                + NEWLY_RECEIVED_TOTAL.pointer()
                + "\","),
        rows[1]);
    assertTrue(rows[1].contains(",15,14,\""), rows[1]);
  }

  @Test
  void aCsvCellCannotBecomeAFormula() {
    StringBuilder row = new StringBuilder();
    CsvOutput.text(row, "=HYPERLINK(\"x\")");
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", row.toString());
  }

  @Test
  void standardInputAndJsonLinesLocateTheRecord() throws IOException {
    String compact = new ObjectMapper().readTree(Cli.example()).toString();
    byte[] lines =
        (compact + "\n" + compact.replace("\"year\":2024", "\"year\":\"x\"") + "\n")
            .getBytes(StandardCharsets.UTF_8);
    Cli run = Cli.run(lines, "validate", "--jsonl", "--lang", "en", "-");
    assertEquals(Main.NOT_A_REPORT, run.status);
    assertTrue(run.out.contains("-:2:"), run.out);
    assertTrue(run.out.contains("JSON-TYPE /year"), run.out);
    assertTrue(run.out.contains("-: NOT READABLE (1 reports in 2 records"), run.out);
  }

  @Test
  void quietPrintsOnlyTheSummaryAndOutputGoesToAFile() throws IOException {
    Path wrong = Cli.wrongTotal(dir);
    Cli quiet = Cli.run("validate", "-q", "--lang=en", wrong.toString(), EXAMPLE);
    assertEquals(Main.INVALID, quiet.status);
    assertTrue(quiet.out.startsWith("# total: 2 inputs"), quiet.out);
    assertFalse(quiet.out.contains(wrong.toString()), quiet.out);
    Path report = dir.resolve("findings.txt");
    Cli toFile = Cli.run("validate", "-o", report.toString(), wrong.toString());
    assertEquals(Main.INVALID, toFile.status);
    assertEquals("", toFile.out);
    String written = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
    assertTrue(written.contains("APPLICATIONS-ROW-TOTAL"), written);
  }

  @Test
  void atMostNFindingsAreListedPerFileAndTheRestCounted() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      lines.append("{}\n");
    }
    Cli run =
        Cli.run(
            lines.toString().getBytes(StandardCharsets.UTF_8),
            "validate",
            "--lang=en",
            "--max-findings=10",
            "-");
    assertEquals(Main.NOT_A_REPORT, run.status);
    String[] out = run.lines();
    for (int i = 0; i < 10; i++) {
      assertTrue(out[i].startsWith("-:"), out[i]);
    }
    // Each {} misses the same required values: 50 records, the same count each.
    long perRecord =
        Long.parseLong(run.out.replaceAll("(?s).*# JSON-MISSING: (\\d+).*", "$1")) / 50;
    assertTrue(perRecord > 0, run.out);
    assertEquals(
        "-: " + (50 * perRecord - 10) + " more findings not listed (see --max-findings)", out[10]);
    assertTrue(
        out[11].startsWith(
            "-: NOT READABLE (0 reports in 50 records; " + 50 * perRecord + " errors"),
        out[11]);
  }

  @Test
  void aFailureInsideTheToolIsOneLineAndExitThreeAndTheOtherInputsAreChecked() {
    java.io.InputStream failing =
        new java.io.InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("simulated fault");
          }
        };
    Cli run = Cli.run(failing, "validate", "--lang=en", "-", EXAMPLE);
    assertEquals(Main.INTERNAL, run.status, run::toString);
    String[] lines = run.lines();
    assertTrue(
        lines[0].startsWith(
            "-: ERROR INTERNAL-ERROR: internal error of the tool, this input was skipped: java.lang.IllegalStateException: simulated fault"),
        lines[0]);
    assertTrue(lines[1].startsWith("-: INTERNAL ERROR"), lines[1]);
    assertTrue(run.out.contains(EXAMPLE + ": VALID"), run.out);
  }
}
