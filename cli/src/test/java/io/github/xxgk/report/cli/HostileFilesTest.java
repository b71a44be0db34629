package io.github.xxgk.report.json.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.json.ReportJson;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on files that are not reports: each gives exit status 2 and exactly one
 * finding line, located where the file has a place to point at, and the example given after it
 * is still checked.
 */
class HostileFilesTest {
  private static final String EXAMPLE = Paths.get("examples", "linfen-yaodu-2024.json").toString();
  private static final long MB = 1024 * 1024;

  @TempDir Path dir;

  private String run(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream printOut = new PrintStream(out, true, "UTF-8");
    PrintStream printErr = new PrintStream(err, true, "UTF-8");
    int status =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () -> Main.run(args, new ByteArrayInputStream(new byte[0]), printOut, printErr));
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    assertEquals(Main.UNREADABLE, status, text);
    assertEquals("", new String(err.toByteArray(), StandardCharsets.UTF_8));
    return text;
  }

  /** Checks the bad file's one finding and summary, and that the example after it passed. */
  private void assertOneLine(Path file, String rule, boolean located) throws IOException {
    String out = run("validate", "--lang", "en", file.toString(), EXAMPLE);
    List<String> lines = new ArrayList<>(Arrays.asList(out.split("\n")));
    assertEquals(3, lines.size(), out);
    String location = located ? ":\\d+:\\d+" : "";
    assertTrue(
        Pattern.matches(Pattern.quote(file.toString()) + location + ": ERROR " + rule + "( \\S+)?: .+", lines.get(0)),
        lines.get(0));
    assertTrue(lines.get(1).startsWith(file + ": NOT READABLE (0 reports"), lines.get(1));
    assertEquals(EXAMPLE + ": VALID (1 reports in 1 records; 0 errors, 0 warnings, 0 infos)", lines.get(2));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void emptyFile() throws IOException {
    assertOneLine(write("empty.json", new byte[0]), "JSON-SYNTAX", true);
  }

  @Test
  void onlyWhitespace() throws IOException {
    assertOneLine(write("blank.json", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8)), "JSON-SYNTAX", true);
  }

  @Test
  void emptyArray() throws IOException {
    assertOneLine(write("none.json", "[ ]".getBytes(StandardCharsets.UTF_8)), "JSON-SYNTAX", true);
  }

  @Test
  void directory() throws IOException {
    assertOneLine(Files.createDirectory(dir.resolve("folder.json")), "FILE-UNREADABLE", false);
  }

  @Test
  void missingFile() throws IOException {
    assertOneLine(dir.resolve("absent.json"), "FILE-UNREADABLE", false);
  }

  @Test
  void binaryJunk() throws IOException {
    byte[] junk = new byte[64 * 1024];
    new Random(7).nextBytes(junk);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(png, 0, junk, 0, png.length);
    assertOneLine(write("picture.json", junk), "JSON-SYNTAX", true);
    byte[] text = "\u0000\u0001\u0002 MZ\u0090 not json at all".getBytes(StandardCharsets.UTF_8);
    assertOneLine(write("text.json", text), "JSON-SYNTAX", true);
  }

  /**
   * The example with 100 MB of spaces after its first line: a valid report but for its size. It
   * is written to disk in pieces, and rejected once past the limit.
   */
  @Test
  void reportOfOneHundredMegabytes() throws IOException {
    byte[] example = Files.readAllBytes(Paths.get(EXAMPLE));
    Path file = dir.resolve("huge.json");
    byte[] spaces = new byte[(int) MB];
    Arrays.fill(spaces, (byte) ' ');
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write(example, 0, 2);
      for (int i = 0; i < 100; i++) {
        out.write(spaces);
      }
      out.write(example, 2, example.length - 2);
    }
    assertTrue(Files.size(file) > 100 * MB);
    assertOneLine(file, "JSON-LIMIT", true);
    // The same spaces on the first line, after the brace.
    Path sameLine = dir.resolve("huge-line.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(sameLine))) {
      out.write('{');
      for (int i = 0; i < 100; i++) {
        out.write(spaces);
      }
      out.write(example, 1, example.length - 1);
    }
    assertOneLine(sameLine, "JSON-LIMIT", true);
    assertTrue(ReportJson.MAX_DOCUMENT_LENGTH < 100 * MB);
  }
}
