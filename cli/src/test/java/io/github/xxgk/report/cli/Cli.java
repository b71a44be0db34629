package io.github.xxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

/** One run of the tool in-process: its exit status, standard output and standard error. */
final class Cli {
  static final String EXAMPLE =
      Paths.get("..", "json", "examples", "linfen-yaodu-2024.json").toString();

  /** The real published reports, kept once in test-fixtures, as the tool is given them: files. */
  static final Path REPORTS =
      Paths.get("..", "test-fixtures", "src", "main", "resources", "reports");

  /** The text of a real published report, as copied from its web page. */
  static final Path PUBLISHED_TEXT = REPORTS.resolve("linfen-yaodu-2024.txt");

  final int status;
  final String out;
  final String err;

  private Cli(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  static Cli run(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), args);
  }

  static Cli run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return run(stdin, out, args);
  }

  static Cli run(InputStream stdin, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream printErr;
    try {
      printErr = new PrintStream(err, true, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    int status =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120), () -> Main.run(args, stdin, out, printErr));
    String text =
        out instanceof ByteArrayOutputStream
            ? new String(((ByteArrayOutputStream) out).toByteArray(), StandardCharsets.UTF_8)
            : "";
    return new Cli(status, text, new String(err.toByteArray(), StandardCharsets.UTF_8));
  }

  String[] lines() {
    return out.isEmpty() ? new String[0] : out.split("\n", -1);
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
  }

  static String example() throws IOException {
    return new String(Files.readAllBytes(Paths.get(EXAMPLE)), StandardCharsets.UTF_8);
  }

  /** The example with the stated total of 一、本年新收 changed from 14 to 15. */
  static Path wrongTotal(Path dir) throws IOException {
    String doc = example();
    String stated = "\"otherOrganization\": 0,\n      \"total\": 14";
    assertTrue(doc.contains(stated));
    Path file = dir.resolve("wrong-total.json");
    Files.write(
        file,
        doc.replace(stated, "\"otherOrganization\": 0,\n      \"total\": 15")
            .getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** The line (from 1) of the first occurrence of a text after another, counted independently. */
  static int lineOf(String doc, String after, String text) {
    int at = doc.indexOf(text, doc.indexOf(after));
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (doc.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
