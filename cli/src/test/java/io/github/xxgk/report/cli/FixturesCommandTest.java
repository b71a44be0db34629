package io.github.xxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.testkit.ReportFixtures;
import io.github.xxgk.report.validation.ReportValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixtures}: files that are what the manifest says, the manifest beside them. */
class FixturesCommandTest {
  @TempDir Path dir;

  private static Set<String> errorRules(AnnualReport report) {
    Set<String> rules = new TreeSet<>();
    for (Problem v : ReportValidator.standard().validate(report).violations()) {
      if (v.severity() == Severity.ERROR) {
        rules.add(v.ruleId());
      }
    }
    return rules;
  }

  private Set<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void writesReportsAndAManifestBesideThemThatDescribesThem() throws Exception {
    Path out = dir.resolve("fixtures");
    int invalid = 2 * FixturesCommand.fileRules().size();
    Cli run =
        Cli.run(
            "fixtures",
            "--valid=3",
            "--invalid",
            String.valueOf(invalid),
            "--seed",
            "5",
            "--out",
            out.toString());
    assertEquals(Main.OK, run.status, run::toString);
    Path manifestFile = dir.resolve("fixtures.manifest.json");
    JsonNode manifest = new ObjectMapper().readTree(manifestFile.toFile());
    assertEquals(3 + invalid, manifest.size());
    assertEquals(3 + invalid, names(out).size());
    Set<String> rulesSeen = new HashSet<>();
    for (JsonNode entry : manifest) {
      String file = entry.get("file").asText();
      AnnualReport report = ReportJson.standard().read(Files.readAllBytes(out.resolve(file)));
      Set<String> expected = new TreeSet<>();
      entry.get("brokenRules").forEach(rule -> expected.add(rule.asText()));
      assertEquals(errorRules(report), expected, file);
      if (entry.get("valid").asBoolean()) {
        assertTrue(expected.isEmpty(), file);
        assertTrue(entry.get("defect").isNull(), file);
      } else {
        assertFalse(entry.get("defect").asText().isEmpty(), file);
        rulesSeen.addAll(expected);
      }
    }
    assertEquals(new HashSet<>(FixturesCommand.fileRules()), rulesSeen);
    assertEquals(
        ReportFixtures.valid(5 + 2),
        ReportJson.standard().read(Files.readAllBytes(out.resolve("valid-0002.json"))));
    // validate DIR reads the reports only: every invalid one is invalid, none is unreadable.
    Cli check = Cli.run("validate", "-q", "--lang=en", out.toString());
    assertEquals(Main.INVALID, check.status, check::toString);
    assertTrue(
        check.out.startsWith(
            "# total: "
                + (3 + invalid)
                + " inputs, 0 not readable as reports; "
                + (3 + invalid)
                + " records; "
                + (3 + invalid)
                + " reports, 3 valid, "
                + invalid
                + " invalid"),
        check.out);
  }

  @Test
  void aSecondRunLeavesNoStaleFilesAndKeepsOthers() throws Exception {
    Path out = dir.resolve("fixtures");
    assertEquals(Main.OK, Cli.run("fixtures", "--valid=4", "--invalid=4", "--out=" + out).status);
    Files.write(out.resolve("mine.json"), new byte[] {'{', '}'});
    assertEquals(Main.OK, Cli.run("fixtures", "--valid=1", "--invalid=1", "--out=" + out).status);
    Set<String> names = names(out);
    assertEquals(3, names.size(), names::toString);
    assertTrue(names.contains("mine.json") && names.contains("valid-0000.json"), names::toString);
    assertEquals(
        2, new ObjectMapper().readTree(dir.resolve("fixtures.manifest.json").toFile()).size());
  }

  @Test
  void aChosenManifestAndUnwritableFolder() throws Exception {
    Path manifest = dir.resolve("elsewhere").resolve("list.json");
    assertEquals(
        Main.OK,
        Cli.run(
                "fixtures",
                "--valid=1",
                "--out",
                dir.resolve("f").toString(),
                "--manifest",
                manifest.toString())
            .status);
    assertEquals(1, new ObjectMapper().readTree(manifest.toFile()).size());
    Path occupied = Files.createFile(dir.resolve("occupied"));
    Cli run = Cli.run("fixtures", "--valid", "1", "--out", occupied.toString());
    assertEquals(1, run.status);
    assertTrue(run.err.contains("could not write fixtures"), run.err);
  }

  @Test
  void badNumbersAreUsageFaults() {
    for (String[] args :
        new String[][] {
          {"fixtures", "--valid", "many", "--out", "x"},
          {"fixtures", "--invalid", "-1", "--out", "x"},
          {"fixtures", "--seed", "--out", "x"}
        }) {
      Cli run = Cli.run(args);
      assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
      assertTrue(run.err.startsWith("xxgk-report: fixtures: "), run.err);
    }
  }
}
