package io.github.xxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text output that the data cannot forge: no line, colour or reordering comes from the input. */
class EscapeTest {
  @TempDir Path dir;

  /** Every line of text output is a finding, a summary of a file, or a line of the run. */
  private static void assertEveryLineIsTheTools(Cli run, String... files) {
    for (String line : run.lines()) {
      if (line.isEmpty() || line.startsWith("# ")) {
        continue;
      }
      boolean fromAFile = false;
      for (String file : files) {
        fromAFile |= line.startsWith(Escape.fileName(file) + ":");
      }
      assertTrue(fromAFile, () -> "a line not made by the tool: " + line + "\n" + run);
      for (char c : line.toCharArray()) {
        assertFalse(
            Escape.unsafe(c), () -> "unsafe character U+" + Integer.toHexString(c) + " in " + line);
      }
    }
  }

  @Test
  void aKeyWithALineFeedCannotPrintAFakeVerdict() throws IOException {
    String example = Cli.example();
    String key = "x\\nevil.json: 通过（报告 1 份）\\u001b[2J\\u009b\\u2028\\u202e\\ufeff";
    int brace = example.indexOf('{');
    String forged =
        example.substring(0, brace + 1) + "\"" + key + "\": 1," + example.substring(brace + 1);
    Path file = dir.resolve("forged.json");
    Files.write(file, forged.getBytes(StandardCharsets.UTF_8));
    Cli run = Cli.run("validate", file.toString());
    assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
    assertEveryLineIsTheTools(run, file.toString());
    assertFalse(run.out.contains("\nevil.json"), run.out);
    assertTrue(run.out.contains("\\u000A"), run.out);
    assertTrue(run.out.contains("\\u001B"), run.out);
    assertTrue(run.out.contains("\\u202E"), run.out);
  }

  @Test
  void controlsInAnOrganNameInAMessageAreEscaped() {
    assertEquals(
        "a\\u001B[31mb\\u0085c\\u2029d\\u200Fe\\u007Ff\\uD800",
        Escape.text("a\u001B[31mb\u0085c\u2029d\u200Fe\u007Ff\uD800"));
    assertEquals("年度\uD83D\uDE00", Escape.text("年度\uD83D\uDE00"));
  }

  @Test
  void fileNamesThatCouldPassForALocationAreQuoted() throws IOException {
    byte[] example = Files.readAllBytes(java.nio.file.Paths.get(Cli.EXAMPLE));
    Path colon = dir.resolve("a.json:12:1: ERROR X");
    Files.write(colon, example);
    Path lineFeed = dir.resolve("b\nfake.json: 通过");
    Files.write(lineFeed, example);
    Cli run = Cli.run("validate", colon.toString(), lineFeed.toString());
    assertEquals(Main.OK, run.status, run::toString);
    assertEveryLineIsTheTools(run, colon.toString(), lineFeed.toString());
    assertTrue(run.out.startsWith("\"" + colon + "\": 通过"), run.out);
    assertTrue(run.out.contains("\"" + dir + "/b\\u000Afake.json: 通过\": 通过"), run.out);
    assertEquals("\"say \\\"hi\\\"\"", Escape.fileName("say \"hi\""));
    assertEquals("plain/name.json", Escape.fileName("plain/name.json"));
  }
}
