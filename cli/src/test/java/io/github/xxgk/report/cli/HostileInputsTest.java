package io.github.xxgk.report.cli;

import static io.github.xxgk.report.cli.Cli.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.publication.read.PublishedReports;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not reports: each is exit status 2 with exactly one finding line, then the
 * input's summary line, and the example after it is still checked; nothing hangs (every run is
 * under a timeout) and nothing goes to standard error.
 */
class HostileInputsTest {
  private static final long MB = 1024 * 1024;

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** One finding of this rule (located or not), the input's summary, and the example valid. */
  private static void assertOneLine(String name, String rule, boolean located, String... args) {
    Cli run = Cli.run(args);
    assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
    assertEquals("", run.err);
    String[] lines = run.lines();
    String location = located ? ":\\d+(:\\d+)?" : "";
    assertTrue(
        Pattern.matches(
            Pattern.quote(Escape.fileName(name)) + location + ": ERROR " + rule + "( \\S+)?: .+",
            lines[0]),
        run::toString);
    assertTrue(
        lines[1].startsWith(Escape.fileName(name) + ": NOT READABLE (0 reports"), run::toString);
    assertEquals(
        EXAMPLE + ": VALID (1 reports in 1 records; 0 errors, 0 warnings, 0 infos)", lines[2]);
  }

  private static void assertOneLine(Path file, String rule, boolean located) {
    assertOneLine(
        file.toString(), rule, located, "validate", "--lang=en", file.toString(), EXAMPLE);
  }

  @Test
  void emptyBlankAndEmptyArray() throws IOException {
    assertOneLine(write("empty.json", new byte[0]), "JSON-SYNTAX", true);
    assertOneLine(
        write("blank.json", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8)),
        "JSON-SYNTAX",
        true);
    assertOneLine(write("none.json", "[ ]".getBytes(StandardCharsets.UTF_8)), "JSON-SYNTAX", true);
  }

  @Test
  void missingAndUnreadableFiles() {
    assertOneLine(dir.resolve("absent.json"), "FILE-UNREADABLE", false);
    // Reading this file fails with an I/O error even for root.
    Path unreadable = Paths.get("/proc/self/mem");
    assertTrue(Files.exists(unreadable));
    assertOneLine(unreadable, "FILE-UNREADABLE", false);
  }

  @Test
  void brokenPublishedFormatsAreLocatedProblemsAndBinarySaysWhatItLooksLike() throws IOException {
    String[][] cases = {
      {"report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj", "PDF-"},
      {"report.html", "<!DOCTYPE html>\n<html><head><title>x</title>", "IMPORT-"},
      {"report.txt", "临汾市尧都区人民政府办公室\n2024年政府信息公开工作年度报告\n", "IMPORT-"},
      {"gbk.txt", "临汾市尧都区人民政府办公室", "IMPORT-"},
    };
    for (String[] c : cases) {
      byte[] bytes =
          c[1].getBytes(
              c[0].startsWith("gbk")
                  ? java.nio.charset.Charset.forName("GB18030")
                  : StandardCharsets.UTF_8);
      Path file = write(c[0], bytes);
      Cli run = Cli.run("validate", "--lang=en", file.toString(), EXAMPLE);
      assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
      assertEquals("", run.err);
      assertTrue(run.lines()[0].startsWith(file + ""), run::toString);
      assertTrue(run.lines()[0].contains(" ERROR " + c[2]), run::toString);
      assertTrue(run.out.contains(file + ": NOT READABLE (0 reports"), run::toString);
      assertTrue(run.out.contains(EXAMPLE + ": VALID (1 reports"), run::toString);
    }
    byte[] junk = new byte[64 * 1024];
    new Random(7).nextBytes(junk);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(png, 0, junk, 0, png.length);
    assertOneLine(write("picture.json", junk), "INPUT-FORMAT", true);
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    assertTrue(
        Cli.run("validate", "--lang=en", write("report.docx", zip).toString())
            .out
            .contains("it looks like a ZIP archive"));
  }

  @Test
  void endlessDevicesStopAtOnce() {
    for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
      assertTrue(Files.exists(Paths.get(device)));
      Cli run = Cli.run("validate", "--lang=en", device, EXAMPLE);
      assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
      assertTrue(run.lines()[0].startsWith(device + ":1:"), run::toString);
      assertTrue(run.lines()[1].startsWith(device + ": NOT READABLE (0 reports"), run::toString);
      assertTrue(run.lines()[2].startsWith(EXAMPLE + ": VALID"), run::toString);
    }
  }

  /** An endless stream: records without end, or one record without end and without a line feed. */
  private static InputStream endless(byte[] start, byte[] repeated) {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        long at = position++;
        return at < start.length
            ? start[(int) at] & 0xFF
            : repeated[(int) ((at - start.length) % repeated.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
  }

  @Test
  void endlessStandardInputStopsAtTheDocumentedLimits() {
    byte[] none = new byte[0];
    Cli records =
        Cli.run(
            endless("[".getBytes(StandardCharsets.UTF_8), "{},".getBytes(StandardCharsets.UTF_8)),
            "validate",
            "--lang=en",
            "--max-records=1000",
            "-q",
            "-");
    assertEquals(Main.NOT_A_REPORT, records.status, records::toString);
    assertTrue(records.out.contains("# JSON-LIMIT: 1\n"), records.out);
    Cli spaces =
        Cli.run(
            endless("{".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8)),
            "validate",
            "--lang=en",
            "-");
    assertEquals(Main.NOT_A_REPORT, spaces.status);
    assertTrue(spaces.lines()[0].startsWith("-:1:"), spaces.out);
    // Located where the limit was reached, on the first line.
    assertTrue(spaces.lines()[0].matches("-:1:\\d+: ERROR JSON-LIMIT: .*"), spaces.out);
    assertTrue(
        spaces.lines()[0].contains(String.valueOf(ReportJson.MAX_DOCUMENT_LENGTH)), spaces.out);
    Cli text =
        Cli.run(endless(none, "y".getBytes(StandardCharsets.UTF_8)), "validate", "--lang=en", "-");
    // Endless text is read as a copied page, up to the reader's limit for text, located where
    // it was reached: after the last character read of the one line.
    assertTrue(
        text.lines()[0].startsWith(
            "-:1:" + (PublishedReports.MAX_TEXT_BYTES + 1) + ": ERROR IMPORT-INPUT: "),
        text.out);
    assertTrue(text.lines()[0].contains("4,194,304 bytes"), text.out);
  }

  @Test
  void aReportOfOneHundredMegabytesStopsAtTheLimit() throws IOException {
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
    assertOneLine(file, "JSON-LIMIT", true);
  }

  @Test
  void aFifoIsReadLikeAFile() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor());
    byte[] example = Files.readAllBytes(Paths.get(EXAMPLE));
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(example);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    Cli run = Cli.run("validate", "--lang=en", fifo.toString());
    writer.join();
    assertEquals(Main.OK, run.status, run::toString);
    assertTrue(run.out.startsWith(fifo + ": VALID"), run.out);
  }

  @Test
  void aSymbolicLinkLoopIsReportedOnceAndTheRestIsRead() throws IOException {
    Path root = Files.createDirectory(dir.resolve("batch"));
    Files.write(root.resolve("a.json"), Files.readAllBytes(Paths.get(EXAMPLE)));
    Files.createSymbolicLink(root.resolve("loop"), root);
    Files.createSymbolicLink(root.resolve("dangling.json"), root.resolve("nowhere.json"));
    Cli run = Cli.run("validate", "--lang=en", root.toString());
    assertEquals(Main.NOT_A_REPORT, run.status, run::toString);
    String sep = java.io.File.separator;
    assertTrue(run.out.contains(root + sep + "a.json: VALID"), run.out);
    assertTrue(
        run.out.contains(
            root
                + sep
                + "dangling.json: ERROR FILE-UNREADABLE: a symbolic link to a file that does not exist"),
        run.out);
    assertTrue(
        run.out.contains(
            root + sep + "loop: ERROR FILE-UNREADABLE: a symbolic link loop, not followed"),
        run.out);
    assertEquals(1, run.out.split("a.json: VALID", -1).length - 1, run.out);
  }

  @Test
  void aClosedStandardOutputEndsTheRunQuietly() throws IOException {
    Path wrong = Cli.wrongTotal(dir);
    final int[] writes = {0};
    OutputStream closedAfterOneLine =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (writes[0]++ > 0) {
              throw new IOException("Broken pipe");
            }
          }
        };
    String[] args = new String[2002];
    args[0] = "validate";
    args[1] = "--lang=en";
    Arrays.fill(args, 2, args.length, wrong.toString());
    Cli run = Cli.run(new java.io.ByteArrayInputStream(new byte[0]), closedAfterOneLine, args);
    assertEquals(Main.INTERNAL, run.status);
    assertEquals("", run.err);
    // It stopped at the first failed write, not after checking the two thousand files.
    assertTrue(writes[0] <= 3, String.valueOf(writes[0]));
  }
}
