package io.github.xxgk.report.cli;

import static io.github.xxgk.report.cli.Cli.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directories, include patterns, and last year's reports matched by organ across a batch. */
class InputsTest {
  @TempDir Path dir;

  private Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** The example as another organ and year, with a chosen carry-over to the next year. */
  private static String report(String organ, int year, int carriedOverToNextYear)
      throws IOException {
    String doc = Cli.example();
    String block = "(\"carriedOverToNextYear\": \\{\\s*\"naturalPerson\": )3(,[^}]*\"total\": )3";
    assertTrue(java.util.regex.Pattern.compile(block).matcher(doc).find());
    return doc.replace("临汾市尧都区人民政府办公室", organ)
        .replace("\"year\": 2024", "\"year\": " + year)
        .replace("\"publishedOn\": \"2025-", "\"publishedOn\": \"" + (year + 1) + "-")
        .replaceFirst(block, "$1" + carriedOverToNextYear + "$2" + carriedOverToNextYear);
  }

  @Test
  void aDirectoryIsWalkedRecursivelyInNameOrderForTheIncludedNamesOnly() throws IOException {
    String example = Cli.example();
    write(dir.resolve("b/z.json"), example);
    write(dir.resolve("a.json"), example);
    write(
        dir.resolve("b/c/y.jsonl"),
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(example) + "\n");
    write(dir.resolve("notes.log"), "not read");
    write(dir.resolve("b/README.md"), "not read");
    Cli run = Cli.run("validate", "--lang=en", dir.toString());
    assertEquals(Main.OK, run.status, run::toString);
    String[] lines = run.lines();
    String sep = java.io.File.separator;
    assertEquals(
        dir + sep + "a.json: VALID (1 reports in 1 records; 0 errors, 0 warnings, 0 infos)",
        lines[0]);
    assertTrue(lines[1].startsWith(dir + sep + "b" + sep + "c" + sep + "y.jsonl: VALID"), lines[1]);
    assertTrue(lines[2].startsWith(dir + sep + "b" + sep + "z.json: VALID"), lines[2]);
    assertTrue(lines[3].startsWith("# total: 3 inputs"), lines[3]);
  }

  @Test
  void includeChoosesTheFilesOfDirectoriesButNotFilesNamedOutright() throws IOException {
    Path text = write(dir.resolve("report.log"), "plain text");
    write(dir.resolve("a.json"), Cli.example());
    Cli run = Cli.run("validate", "--lang=en", "--include=*.log", dir.toString(), EXAMPLE);
    assertEquals(Main.NOT_A_REPORT, run.status);
    // Plain text is read as a copied page, and this one holds none of the form's tables.
    assertTrue(run.out.startsWith(text + ": ERROR IMPORT-TABLE-MISSING"), run.out);
    assertFalse(run.out.contains("a.json"), run.out);
    assertTrue(run.out.contains(EXAMPLE + ": VALID"), run.out);
  }

  @Test
  void aDirectoryWithNothingToReadIsNotAPass() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Cli run = Cli.run("validate", "--lang=en", empty.toString());
    assertEquals(Main.NOT_A_REPORT, run.status);
    assertTrue(
        run.out.startsWith(
            empty
                + ": ERROR FILE-UNREADABLE: no file to read in the directory (matching *.json *.jsonl *.html *.htm *.txt *.pdf)"),
        run.out);
  }

  @Test
  void previousYearsAreMatchedPerOrganAcrossABatch() throws IOException {
    // This year every organ states 1 carried over from last year. Last year organ A stated 3
    // carried over to this year, organ B 1: only A's pair breaks continuity. C has no last year.
    String carriedOverFrom = "\"carriedOverFromPreviousYear\": {\n      \"naturalPerson\": 1";
    assertTrue(Cli.example().contains(carriedOverFrom));
    Path last = dir.resolve("2023");
    write(last.resolve("a.json"), report("某某区 教育局", 2023, 3));
    write(last.resolve("b.json"), report("某某区卫生健康局", 2023, 1));
    Path now = dir.resolve("2024");
    Path a = write(now.resolve("a.json"), report("某某区教育局", 2024, 3));
    Path b = write(now.resolve("b.json"), report("某某区卫生健康局", 2024, 3));
    Path c = write(now.resolve("c.json"), report("某某区民政局", 2024, 3));
    Cli run = Cli.run("validate", "--lang=en", "--previous", last.toString(), now.toString());
    assertEquals(Main.INVALID, run.status, run::toString);
    assertTrue(run.out.contains(a + ":"), run.out);
    String aLines = run.out.substring(run.out.indexOf(a.toString()), run.out.indexOf(b.toString()));
    assertTrue(aLines.contains("CARRY-OVER-CONTINUITY"), run.out);
    String bAndC = run.out.substring(run.out.indexOf(b.toString()), run.out.indexOf("# total"));
    assertFalse(bAndC.contains("CARRY-OVER-CONTINUITY"), run.out);
    assertTrue(run.out.contains(c + ": VALID"), run.out);
    // Both the natural-person cell and the total of the row differ.
    assertTrue(run.out.contains("# CARRY-OVER-CONTINUITY: 2\n"), run.out);
    assertTrue(run.out.contains("\n# reports checked against last year's: 2 of 3\n"), run.out);
    // The files of last year are read, not printed, unless they are not reports.
    assertFalse(run.out.contains(last.resolve("a.json").toString()), run.out);
  }

  @Test
  void anUnreadablePreviousYearIsPrintedAndTheFilesAreStillChecked() throws IOException {
    Path garbage = write(dir.resolve("garbage.json"), "{\"organ\": \n]");
    Cli run = Cli.run("validate", "--lang=en", "--previous", garbage.toString(), EXAMPLE);
    assertEquals(Main.NOT_A_REPORT, run.status);
    assertTrue(run.out.startsWith(garbage + ":2:1: ERROR JSON-SYNTAX"), run.out);
    assertTrue(run.out.contains(EXAMPLE + ": VALID"), run.out);
  }

  @Test
  void organNamesAreComparedWithoutSpacesAndWidth() {
    assertEquals(PreviousYears.normalise("某某区教育局(ABC)"), PreviousYears.normalise(" 某某区　教育局（ＡＢＣ）"));
    assertFalse(PreviousYears.normalise("某某区教育局").equals(PreviousYears.normalise("某某县教育局")));
  }

  @Test
  void theRealPublishedTextIsReadAsAReport() {
    assertTrue(Files.isRegularFile(Cli.PUBLISHED_TEXT));
    Cli run = Cli.run("validate", Cli.PUBLISHED_TEXT.toString(), EXAMPLE);
    assertEquals(Main.OK, run.status, run::toString);
    String[] lines = run.lines();
    assertEquals(Cli.PUBLISHED_TEXT + ": 通过（报告 1 份，记录 1 条；错误 0，警告 0，提示 0）", lines[0]);
    assertTrue(lines[1].startsWith(EXAMPLE + ": 通过"), lines[1]);
  }
}
