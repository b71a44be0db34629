package io.github.xxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.PublishedReports;
import io.github.xxgk.report.publication.read.ReadResult;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on real published reports (test-fixtures' reports/): the copied text of 临汾市尧都区
 * (nothing wrong in its tables), the saved portal page of 沭阳县发展和改革局 (blank columns, a label
 * variant) and the PDF of 洪泽区 (printed partly on the 2019 template).
 */
class PublishedReportsTest {
  static final String TEXT = Cli.PUBLISHED_TEXT.toString();
  static final String HTML = Cli.REPORTS.resolve("shuyang-fagaiju-2023.html").toString();
  static final String PDF = Cli.REPORTS.resolve("hongze-2023.pdf").toString();

  @TempDir Path dir;

  @Test
  void theCopiedTextIsReadAndValid() {
    Cli run = Cli.run("validate", "--lang=en", TEXT);
    assertEquals(Main.OK, run.status, run::toString);
    assertEquals(
        TEXT + ": VALID (1 reports in 1 records; 0 errors, 0 warnings, 0 infos)", run.lines()[0]);
    assertEquals("", run.err);
  }

  @Test
  void thePortalPageGivesImportAndValidationFindingsInOneList() {
    Cli run = Cli.run("validate", "--lang=en", HTML);
    assertEquals(Main.OK, run.status, run::toString);
    int variant = -1;
    int blank = -1;
    String[] lines = run.lines();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(" INFO IMPORT-LABEL-VARIANT") && variant < 0) {
        variant = i;
      }
      if (lines[i].contains(" WARNING CELL-BLANK ") && blank < 0) {
        blank = i;
      }
    }
    assertTrue(variant >= 0 && blank > variant, run::toString);
    // The reading's finding is located in the page's markup.
    assertTrue(
        Pattern.matches(
            Pattern.quote(HTML) + ":\\d+:\\d+: INFO IMPORT-LABEL-VARIANT.*规范性文件.*", lines[variant]),
        lines[variant]);
    assertTrue(
        run.out.contains(HTML + ": VALID (1 reports in 1 records; 0 errors, 5 warnings, 3 infos)"),
        run.out);
  }

  /**
   * A finding is located where its part of the report was printed: a cell where its value stood, a
   * table where its first cell stood, a narrative section where its first paragraph starts. A
   * finding on what was printed nowhere in particular (the organ kind, inferred from the name) has
   * no line at all, rather than line 1.
   */
  @Test
  void findingsOnAPublishedPageAreLocatedWhereTheirPartWasPrinted() throws IOException {
    Cli run = Cli.run("validate", "--lang=en", HTML);
    assertEquals(Main.OK, run.status, run::toString);
    ReadResult reading = PublishedReports.read(Paths.get(HTML));
    SourcePosition tableThree = null;
    for (Map.Entry<Cell, ReadCell> cell : reading.cells().entrySet()) {
      SourcePosition at = cell.getValue().position();
      if (cell.getKey().pointer().startsWith("/applications/")
          && at.isKnown()
          && (tableThree == null || at.compareTo(tableThree) < 0)) {
        tableThree = at;
      }
    }
    List<String> page = Files.readAllLines(Paths.get(HTML), StandardCharsets.UTF_8);
    String otherMatters = reading.report().get().otherMatters().get();
    int findings = 0;
    for (String line : run.lines()) {
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(HTML + ": VALID")) {
        continue;
      }
      findings++;
      Matcher located =
          Pattern.compile(
                  Pattern.quote(HTML)
                      + ":(\\d+):(\\d+): \\w+ ([A-Z0-9-]+)(?: (/[^\\s:\\[]*))?(?: \\[[^\\]]*\\])?: .*")
              .matcher(line);
      if (!located.matches()) {
        assertTrue(
            Pattern.matches(
                Pattern.quote(HTML) + ": (INFO|WARNING) IMPORT-ORGAN-KIND /organKind: .*", line),
            line);
        continue;
      }
      int row = Integer.parseInt(located.group(1));
      int column = Integer.parseInt(located.group(2));
      if (located.group(3).equals("CELL-BLANK")) {
        assertEquals("/applications", located.group(4), line);
        assertEquals(tableThree, SourcePosition.of(row, column), line);
      }
      if ("/otherMatters".equals(located.group(4))) {
        String printed = page.get(row - 1).substring(column - 1).replaceAll("<[^>]*>", "");
        assertTrue(
            printed.startsWith(otherMatters.substring(0, 8)),
            () -> line + " / " + printed + " / " + otherMatters);
      }
    }
    assertEquals(8, findings, run::toString);
  }

  @Test
  void textJsonAndCsvLocateTheSameFindingsAlike() throws IOException {
    List<String> fromText = new ArrayList<>();
    for (String line : Cli.run("validate", "--lang=en", HTML).lines()) {
      Matcher finding =
          Pattern.compile(
                  Pattern.quote(HTML)
                      + "(?::(\\d+):(\\d+))?: (?:INFO|WARNING|ERROR) ([A-Z0-9-]+)(?: (/[^\\s:\\[]*))?(?: \\[[^\\]]*\\])?: .*")
              .matcher(line);
      if (finding.matches()) {
        fromText.add(
            finding.group(3)
                + " "
                + (finding.group(4) == null ? "" : finding.group(4))
                + " "
                + (finding.group(1) == null ? "-" : finding.group(1) + ":" + finding.group(2)));
      }
    }
    List<String> fromJson = new ArrayList<>();
    for (JsonNode finding :
        new ObjectMapper()
            .readTree(Cli.run("validate", "--format=json", HTML).out)
            .path("files")
            .path(0)
            .path("findings")) {
      fromJson.add(
          finding.path("rule").asText()
              + " "
              + finding.path("path").asText()
              + " "
              + (finding.has("line")
                  ? finding.path("line").asInt() + ":" + finding.path("column").asInt()
                  : "-"));
    }
    List<String> fromCsv = new ArrayList<>();
    String[] rows = Cli.run("validate", "--format=csv", HTML).out.split("\r\n");
    for (int i = 1; i < rows.length; i++) {
      // file,record,organ,year,rule,severity,path,line,column,…: no comma inside these fields here.
      String[] fields = rows[i].split(",", -1);
      fromCsv.add(
          fields[4].replace("\"", "")
              + " "
              + fields[6].replace("\"", "")
              + " "
              + (fields[7].isEmpty() ? "-" : fields[7] + ":" + fields[8]));
    }
    assertEquals(8, fromText.size(), fromText::toString);
    assertEquals(fromText, fromJson);
    assertEquals(fromText, fromCsv);
    assertTrue(fromText.contains("IMPORT-ORGAN-KIND /organKind -"), fromText::toString);
  }

  @Test
  void jsonAndCsvOutputsCarryTheImportFindings() throws IOException {
    Cli json = Cli.run("validate", "--format=json", HTML);
    assertEquals(Main.OK, json.status, json::toString);
    JsonNode findings =
        new ObjectMapper().readTree(json.out).path("files").path(0).path("findings");
    boolean located = false;
    for (JsonNode finding : findings) {
      if (finding.path("rule").asText().equals("IMPORT-LABEL-VARIANT")) {
        located =
            finding.path("line").asInt() > 0 && finding.path("organ").asText().equals("沭阳县发展和改革局");
      }
    }
    assertTrue(located, json.out);
    Cli csv = Cli.run("validate", "--format=csv", HTML);
    assertTrue(csv.out.contains(",\"IMPORT-LABEL-VARIANT\",INFO,"), csv.out);
    assertTrue(csv.out.contains(",\"CELL-BLANK\",WARNING,"), csv.out);
  }

  @Test
  void aPdfOnThe2019TemplateIsReadValidatedAndKeepsItsEditionErrorWhilePdfBoxStaysSilent() {
    Cli run = Cli.run("validate", "--lang=en", PDF, Cli.EXAMPLE);
    // The report is read (its 2019-shaped row in （六）3, （六）1–2 blank) and validated: the
    // edition ERROR stays, at table 三 where the 2019 row stands, and the totals of table 四 wrong
    // as published are found.
    assertEquals(Main.INVALID, run.status, run::toString);
    assertTrue(
        Pattern.compile(
                Pattern.quote(PDF)
                    + ":\\d+:\\d+: ERROR IMPORT-EDITION-2019 /applications: .*2019.*")
            .matcher(run.out)
            .find(),
        run.out);
    assertTrue(
        Pattern.compile(Pattern.quote(PDF) + ":\\d+:\\d+: ERROR RECONSIDERATION-TOTAL ")
            .matcher(run.out)
            .find(),
        run.out);
    assertTrue(
        Pattern.compile(Pattern.quote(PDF) + ":\\d+:\\d+: ERROR LITIGATION-TOTAL ")
            .matcher(run.out)
            .find(),
        run.out);
    assertTrue(run.out.contains(PDF + ": INVALID (1 reports in 1 records"), run.out);
    assertTrue(run.out.contains(Cli.EXAMPLE + ": VALID"), run.out);
    assertEquals("", run.err);
    assertEquals(Level.OFF, Logger.getLogger("org.apache.pdfbox").getLevel());
    assertEquals(Level.OFF, Logger.getLogger("org.apache.fontbox").getLevel());
  }

  /**
   * The copied text with （六） printed as the 2019 template's single row: the report is read and
   * valid in its arithmetic, yet its edition ERROR makes it invalid, in the file's line and in the
   * total.
   */
  @Test
  void aReportWhoseOnlyErrorIsThe2019TemplateIsCountedInvalid() throws IOException {
    java.util.List<String> lines = Files.readAllLines(Paths.get(TEXT), StandardCharsets.UTF_8);
    int group = -1;
    int total = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (group < 0 && lines.get(i).contains("（六）其他处理")) {
        group = i;
      }
      if (total < 0 && lines.get(i).contains("（七）总计")) {
        total = i;
      }
    }
    assertTrue(group > 0 && total > group, "layout of the copied text");
    java.util.List<String> trial = new java.util.ArrayList<>(lines.subList(0, group + 1));
    int end = group + 2;
    while (!lines.get(end).isEmpty()) {
      end++;
    }
    // the seven values of （六）1 stay under the single caption; （六）1's caption and rows 2–3 go
    trial.addAll(lines.subList(group + 2, end + 1));
    trial.addAll(lines.subList(total - 1, lines.size()));
    Path file = dir.resolve("trial.txt");
    Files.write(file, trial, StandardCharsets.UTF_8);
    Cli run = Cli.run("validate", "--lang=en", file.toString());
    assertEquals(Main.INVALID, run.status, run::toString);
    assertTrue(run.out.contains(file + ": INVALID (1 reports in 1 records; 1 errors"), run.out);
    assertTrue(run.out.contains("1 reports, 0 valid, 1 invalid"), run.out);
    assertTrue(run.out.contains(" ERROR IMPORT-EDITION-2019"), run.out);
  }

  @Test
  void aDirectoryOfPublishedReportsIsReadButNotItsReadme() throws IOException {
    for (String name : new String[] {"linfen-yaodu-2024.txt", "shuyang-fagaiju-2023.html"}) {
      Files.copy(Cli.REPORTS.resolve(name), dir.resolve(name));
    }
    Files.write(dir.resolve("README.md"), "# Reports\n".getBytes(StandardCharsets.UTF_8));
    Cli run = Cli.run("validate", "--lang=en", "-q", dir.toString());
    assertEquals(Main.OK, run.status, run::toString);
    assertTrue(
        run.out.startsWith(
            "# total: 2 inputs, 0 not readable as reports; 2 records; 2 reports, 2 valid"),
        run.out);
  }

  @Test
  void convertWritesTheCellsOfTheHandTranscribedExample() throws IOException {
    Cli run = Cli.run("convert", TEXT);
    assertEquals(Main.OK, run.status, run::toString);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode converted = mapper.readTree(run.out);
    JsonNode transcribed = mapper.readTree(Paths.get(Cli.EXAMPLE).toFile());
    for (Cell cell : FormCells.all()) {
      assertEquals(
          transcribed.at(cell.pointer()).decimalValue().stripTrailingZeros(),
          converted.at(cell.pointer()).decimalValue().stripTrailingZeros(),
          cell.pointer());
    }
    assertEquals(transcribed.path("organ"), converted.path("organ"));
    assertEquals(transcribed.path("year"), converted.path("year"));
    AnnualReport report = ReportJson.standard().read(run.out);
    assertEquals(2024, report.year());
  }

  @Test
  void convertOfSeveralInputsWritesJsonLinesOrOneFileEach() throws IOException {
    Cli lines = Cli.run("convert", TEXT, HTML);
    assertEquals(Main.OK, lines.status, lines::toString);
    assertEquals(2, lines.out.split("\n").length, lines.out);
    assertTrue(lines.out.endsWith("}\n"), lines.out);
    assertEquals("沭阳县发展和改革局", ReportJson.standard().read(lines.lines()[1]).organ());
    Path out = dir.resolve("out");
    Cli files = Cli.run("convert", "--out", out.toString(), TEXT, HTML);
    assertEquals(Main.OK, files.status, files::toString);
    assertEquals("", files.out);
    assertEquals(
        "临汾市尧都区人民政府办公室",
        ReportJson.standard()
            .read(Files.readAllBytes(out.resolve("linfen-yaodu-2024.json")))
            .organ());
    assertTrue(Files.isRegularFile(out.resolve("shuyang-fagaiju-2023.json")));
  }

  @Test
  void convertWritesAReportOnThe2019TemplateWithItsErrorOnStandardErrorAndExitOne()
      throws IOException {
    Cli run = Cli.run("convert", "--lang=en", PDF);
    assertEquals(Main.INVALID, run.status, run::toString);
    assertTrue(
        Pattern.compile(Pattern.quote(PDF) + ":\\d+:\\d+: ERROR IMPORT-EDITION-2019")
            .matcher(run.err)
            .find(),
        run.err);
    JsonNode converted = new ObjectMapper().readTree(run.out);
    JsonNode blank = converted.path("blankCells");
    java.util.Set<String> blankCells = new java.util.TreeSet<>();
    blank.forEach(node -> blankCells.add(node.asText()));
    assertTrue(
        blankCells.contains("/applications/outcomes/otherHandling/correctionOverdue/total"),
        blankCells::toString);
    assertTrue(
        blankCells.contains("/applications/outcomes/otherHandling/feeOverdue/total"),
        blankCells::toString);
    assertEquals(2023, ReportJson.standard().read(run.out).year());
  }

  @Test
  void convertOfAnInputThatCannotBeReadExactlyIsExitTwoWithLocatedProblems() throws IOException {
    // The page's （一） row gets an eighth value cell: that row cannot be read exactly.
    String page = new String(Files.readAllBytes(Paths.get(TEXT)), StandardCharsets.UTF_8);
    Path broken = dir.resolve("broken.txt");
    Files.write(
        broken,
        page.replaceFirst("(?m)^(\\t+)(\\d+)$", "$1$2\n$1x").getBytes(StandardCharsets.UTF_8));
    Cli run = Cli.run("convert", "--lang=en", broken.toString());
    assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
    assertEquals("", run.out);
    assertTrue(
        Pattern.compile(Pattern.quote(broken.toString()) + ":\\d+:\\d+: ERROR IMPORT-")
            .matcher(run.err)
            .find(),
        run.err);
    Cli text = Cli.run("convert", "-");
    assertEquals(Main.NOT_A_REPORT, text.status, text::toString);
  }

  @Test
  void renderWritesThePageOfAnyInputAndItsTextReadsBackTheSame() throws IOException {
    Cli html = Cli.run("render", HTML);
    assertEquals(Main.OK, html.status, html::toString);
    assertTrue(html.out.startsWith("<!DOCTYPE html>"), html.out);
    assertTrue(html.out.contains("<title>沭阳县发展和改革局2023年政府信息公开工作年度报告</title>"), html.out);
    Cli text = Cli.run("render", "--to", "text", HTML);
    assertEquals(Main.OK, text.status, text::toString);
    Cli back = Cli.run(text.out.getBytes(StandardCharsets.UTF_8), "convert", "-");
    assertEquals(Main.OK, back.status, back::toString);
    assertEquals(Cli.run("convert", HTML).out, back.out);
    Cli fromJson = Cli.run("render", Cli.EXAMPLE);
    assertEquals(Main.OK, fromJson.status, fromJson::toString);
    assertTrue(fromJson.out.contains("临汾市尧都区人民政府办公室"), fromJson.out);
  }

  @Test
  void renderFindingsMarksTheCellsAndRefusesText() {
    Cli run = Cli.run("render", "--findings", "--lang=en", HTML);
    assertEquals(Main.OK, run.status, run::toString);
    // The five blank rows are listed as warnings, and the report is valid.
    assertTrue(run.out.contains("class=\"summary valid\""), run.out);
    assertEquals(5, run.out.split("class=\"warning\"", -1).length - 1, run.out);
    Cli text = Cli.run("render", "--findings", "--to=text", HTML);
    assertEquals(Main.NOT_A_REPORT, text.status);
    assertTrue(text.err.contains("--findings"), text.err);
    Cli trial = Cli.run("render", PDF);
    assertEquals(Main.INVALID, trial.status);
    assertTrue(trial.out.startsWith("<!DOCTYPE html>"), trial.out);
    assertTrue(trial.err.contains("IMPORT-EDITION-2019"), trial.err);
    Cli notOne = Cli.run("render", Cli.EXAMPLE, "-");
    assertEquals(Main.NOT_A_REPORT, notOne.status);
    assertEquals("", notOne.out);
  }

  /**
   * PDFBox warns on standard error (java.util.logging) about a truncated PDF, as it does without
   * the tool; run as a process, the tool's standard error stays empty and its output says it all.
   */
  @Test
  void aBrokenPdfLeavesStandardErrorEmptyInAProcess() throws IOException, InterruptedException {
    byte[] pdf = Files.readAllBytes(Paths.get(PDF));
    Path truncated = dir.resolve("truncated.pdf");
    Files.write(truncated, java.util.Arrays.copyOf(pdf, pdf.length / 2));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "validate",
                "--lang=en",
                truncated.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
    String output = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    assertEquals(Main.NOT_A_REPORT, process.exitValue(), output);
    assertTrue(output.contains(truncated + ": NOT READABLE"), output);
    assertEquals("", new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
  }
}
