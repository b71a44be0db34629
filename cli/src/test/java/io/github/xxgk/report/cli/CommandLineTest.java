package io.github.xxgk.report.cli;

import static io.github.xxgk.report.cli.Cli.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.json.ReportSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GNU conventions, help, version, usage errors; and the README agrees with the help. */
class CommandLineTest {
  private static final List<Option> OPTIONS =
      Arrays.asList(
          Option.value("format", 'f'),
          Option.flag("quiet", 'q'),
          Option.values("include", Option.NONE));

  @Test
  void gnuConventions() throws UsageException {
    Arguments a =
        Arguments.parse(
            Arrays.asList(
                "x",
                "--format=json",
                "-q",
                "--include",
                "*.a",
                "--include=*.b",
                "--",
                "--quiet",
                "-"),
            OPTIONS);
    assertEquals("json", a.value(OPTIONS.get(0), null));
    assertTrue(a.has(OPTIONS.get(1)));
    assertEquals(Arrays.asList("*.a", "*.b"), a.all(OPTIONS.get(2)));
    assertEquals(Arrays.asList("x", "--quiet", "-"), a.operands());
    Arguments b = Arguments.parse(Arrays.asList("-qfcsv", "y"), OPTIONS);
    assertEquals("csv", b.value(OPTIONS.get(0), null));
    assertTrue(b.has(OPTIONS.get(1)));
    assertEquals(Arrays.asList("y"), b.operands());
    assertEquals(
        "json", Arguments.parse(Arrays.asList("-f", "json"), OPTIONS).value(OPTIONS.get(0), null));
  }

  @Test
  void usageFaults() {
    assertThrows(UsageException.class, () -> Arguments.parse(Arrays.asList("--colour"), OPTIONS));
    assertThrows(UsageException.class, () -> Arguments.parse(Arrays.asList("--format"), OPTIONS));
    assertThrows(
        UsageException.class, () -> Arguments.parse(Arrays.asList("--quiet=yes"), OPTIONS));
    assertThrows(
        UsageException.class,
        () -> Arguments.parse(Arrays.asList("--format=a", "--format=b"), OPTIONS));
    assertThrows(UsageException.class, () -> Arguments.parse(Arrays.asList("-z"), OPTIONS));
  }

  @Test
  void badUsageExitsTwoWithOneLineOnStandardError() {
    String[][] cases = {
      {},
      {"check", EXAMPLE},
      {"validate"},
      {"validate", "--format", "xml", EXAMPLE},
      {"validate", "--lang"},
      {"validate", "--colour", EXAMPLE},
      {"validate", "--max-findings=-1", EXAMPLE},
      {"validate", "--include=[", EXAMPLE},
      {"schema", "extra"},
      {"fixtures", "--valid", "1"},
    };
    for (String[] args : cases) {
      Cli run = Cli.run(args);
      assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
      assertEquals("", run.out, run::toString);
      assertTrue(run.err.startsWith("xxgk-report: "), run::toString);
      assertTrue(run.err.endsWith("Run with --help for usage.\n"), run::toString);
    }
  }

  @Test
  void helpOfTheToolAndOfEachCommandAndVersion() {
    for (String[] args : new String[][] {{"--help"}, {"-h"}, {"help"}}) {
      Cli run = Cli.run(args);
      assertEquals(Main.OK, run.status);
      assertEquals(Main.help("main"), run.out);
    }
    for (Command command : Main.COMMANDS) {
      for (String flag : new String[] {"--help", "-h"}) {
        Cli run = Cli.run(command.name(), flag);
        assertEquals(Main.OK, run.status);
        assertEquals(Main.help(command.name()), run.out);
        assertTrue(run.out.startsWith("Usage: xxgk-report " + command.name()), run.out);
        assertTrue(Main.help("main").contains("  " + command.name() + "  "), command.name());
      }
    }
    Cli version = Cli.run("--version");
    assertEquals(Main.OK, version.status);
    assertTrue(version.out.matches("xxgk-report \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version.out);
  }

  @Test
  void everyOptionOfEveryCommandIsInItsHelp() {
    for (Command command : Main.COMMANDS) {
      for (Option option : command.options()) {
        assertTrue(
            Main.help(command.name()).contains("--" + option.name),
            command.name() + " --" + option.name);
        if (option.letter != Option.NONE) {
          assertTrue(
              Main.help(command.name()).contains("-" + option.letter + ", --" + option.name),
              option.name);
        }
      }
    }
  }

  @Test
  void theJsonFormatsHelpNamesEveryFieldItWrites() throws Exception {
    Cli run =
        Cli.run(
            "validate",
            "--format=json",
            EXAMPLE,
            Cli.wrongTotal(java.nio.file.Files.createTempDirectory("help")).toString());
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out);
    String help = Main.help("validate");
    java.util.Set<String> names = new java.util.TreeSet<>();
    collect(root, names);
    names.removeIf(name -> name.matches("[A-Z]+(-[A-Z]+)+"));
    for (String name : names) {
      assertTrue(help.contains("\"" + name + "\""), name);
    }
    assertTrue(
        names.contains("stated") && names.contains("column") && names.contains("exitStatus"),
        names::toString);
  }

  private static void collect(
      com.fasterxml.jackson.databind.JsonNode node, java.util.Set<String> names) {
    node.fieldNames().forEachRemaining(names::add);
    for (com.fasterxml.jackson.databind.JsonNode child : node) {
      collect(child, names);
    }
  }

  @Test
  void schemaPrintsTheSchema() {
    Cli run = Cli.run("schema");
    assertEquals(Main.OK, run.status);
    assertEquals(ReportSchema.text(), run.out);
  }

  /** The README shows each help text verbatim, and its first command runs this tool. */
  @Test
  void theReadmeAgreesWithTheHelp() throws IOException {
    String readme =
        new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8);
    assertTrue(
        readme.contains("```text\n$ xxgk-report --help\n" + Main.help("main") + "```"),
        "main help");
    for (Command command : Main.COMMANDS) {
      assertTrue(
          readme.contains(
              "```text\n$ xxgk-report "
                  + command.name()
                  + " --help\n"
                  + Main.help(command.name())
                  + "```"),
          command.name());
    }
    String firstCommand = readme.split("\n")[3];
    assertTrue(
        firstCommand.contains(
            "java -jar cli/target/xxgk-report-cli-" + Main.version() + "-standalone.jar validate "),
        firstCommand);
  }
}
