package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureFilesTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesReportsAndAManifestThatDescribesThem() throws Exception {
    int invalid = 2 * FixtureFiles.fileRules().size();
    assertEquals(0, run("--valid", "3", "--invalid", String.valueOf(invalid), "--seed", "5", "--out", dir.toString()), () -> text(err));
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    assertEquals(3 + invalid, manifest.size());
    Set<String> rulesSeen = new HashSet<>();
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(3 + invalid + 1, files.count());
    }
    for (JsonNode entry : manifest) {
      String file = entry.get("file").asText();
      AnnualReport report = ReportJson.standard().read(Files.readAllBytes(dir.resolve(file)));
      Set<String> expected = new TreeSet<>();
      entry.get("brokenRules").forEach(rule -> expected.add(rule.asText()));
      assertEquals(ValidationProperties.errorRules(ReportValidator.standard().validate(report)), expected, file);
      if (entry.get("valid").asBoolean()) {
        assertTrue(expected.isEmpty(), file);
        assertTrue(entry.get("defect").isNull(), file);
        assertTrue(ReportValidator.standard().validate(report).violations().isEmpty(), file);
      } else {
        assertFalse(expected.isEmpty(), file);
        assertFalse(entry.get("defect").asText().isEmpty(), file);
        rulesSeen.addAll(expected);
      }
    }
    assertEquals(new HashSet<>(FixtureFiles.fileRules()), rulesSeen);
    assertEquals(
        ReportFixtures.valid(5 + 2),
        ReportJson.standard().read(Files.readAllBytes(dir.resolve("valid-0002.json"))));
  }

  @Test
  void helpGoesToStandardOutput() {
    assertEquals(0, run("--help"));
    assertTrue(text(out).startsWith("Usage: "));
    assertEquals("", text(err));
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy() {
    assertBadUsage("--out DIR is required", "--valid", "1");
    assertBadUsage("unknown argument: --frobnicate", "--frobnicate", "--out", dir.toString());
    assertBadUsage("--seed needs a value", "--out", dir.toString(), "--seed");
    assertBadUsage("not a whole number", "--valid", "many", "--out", dir.toString());
    assertBadUsage("--invalid must be between 0 and", "--invalid", "-1", "--out", dir.toString());
  }

  @Test
  void anUnwritableDirectoryExitsWithOne() throws Exception {
    Path file = Files.createFile(dir.resolve("occupied"));
    assertEquals(1, run("--valid", "1", "--out", file.toString()));
    assertTrue(text(err).contains("could not write fixtures"), text(err));
  }

  private void assertBadUsage(String message, String... args) {
    out.reset();
    err.reset();
    assertEquals(2, run(args));
    assertTrue(text(err).contains(message), text(err));
    assertTrue(text(err).contains("Usage: "), text(err));
  }

  private int run(String... args) {
    return FixtureFiles.run(
        args, new PrintStream(out, true), new PrintStream(err, true));
  }

  private static String text(ByteArrayOutputStream bytes) {
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
