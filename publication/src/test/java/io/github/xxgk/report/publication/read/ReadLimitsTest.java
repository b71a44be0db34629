package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.match.ImportRule;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented limits of {@link PublishedReports}: a source beyond its format's limit is not
 * read, with one IMPORT-INPUT problem located where the limit was reached, and a stream is read no
 * further than that (plus one buffer).
 */
class ReadLimitsTest {
  private static final String PAGE =
      TestPages.render(
          ReportFixtures.linfenYaodu2024(), TestPages.Layout.HTML_WORD, new TestPages.Style());

  @TempDir Path dir;

  /** Endless bytes: a start, then one pattern repeated; counts what was read. */
  static final class Endless extends InputStream {
    private final byte[] start;
    private final byte[] repeated;
    long read;

    Endless(String start, String repeated) {
      this.start = start.getBytes(StandardCharsets.UTF_8);
      this.repeated = repeated.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      long at = read++;
      return at < start.length
          ? start[(int) at] & 0xff
          : repeated[(int) ((at - start.length) % repeated.length)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }
  }

  /** Where the problem is in the source, as the reader counts lines and columns. */
  private static SourcePosition position(Problem problem) {
    return SourcePosition.of(problem.line().orElse(0), problem.column().orElse(0));
  }

  private static Problem onlyProblem(ReadResult result) {
    assertFalse(result.report().isPresent());
    assertEquals(1, result.problems().size(), result.problems()::toString);
    Problem problem = result.problems().get(0);
    assertEquals(ImportRule.IMPORT_INPUT, problem.code());
    return problem;
  }

  @Test
  void endlessTextStopsAtTheTextLimitLocatedOnItsLine() throws IOException {
    Endless text = new Endless("", "y");
    ReadResult result = PublishedReports.read(text);
    Problem problem = onlyProblem(result);
    assertEquals(SourceFormat.TEXT, result.format());
    // One line of y: the limit is reached after its last character read.
    assertEquals(SourcePosition.of(1, PublishedReports.MAX_TEXT_BYTES + 1), position(problem));
    assertTrue(text.read <= PublishedReports.MAX_TEXT_BYTES + 65536L, String.valueOf(text.read));
    assertTrue(
        problem.message(Locale.ROOT).contains("4,194,304 bytes"), problem.message(Locale.ROOT));
    assertTrue(problem.message(Locale.ROOT).contains("plain text"), problem.message(Locale.ROOT));
    assertTrue(problem.message(Locale.CHINESE).contains("纯文本"), problem.message(Locale.CHINESE));
  }

  @Test
  void linesAreCountedToWhereTheLimitWasReached() throws IOException {
    // Lines of 11 bytes ("\t1234\t\u4e00\r\n"); the limit falls inside a line.
    Endless text = new Endless("", "\t1234\t\u4e00\r\n");
    Problem problem = onlyProblem(PublishedReports.read(text));
    int lines = PublishedReports.MAX_TEXT_BYTES / 11;
    int rest = PublishedReports.MAX_TEXT_BYTES % 11;
    // 4194304 = 381300 * 11 + 4: four bytes ("\t123") of the next line are read.
    assertEquals(4, rest);
    assertEquals(SourcePosition.of(lines + 1, rest + 1), position(problem));
  }

  @Test
  void aPageOverTheTextLimitIsReadAsHtmlUpToItsOwnLimit() throws IOException {
    StringBuilder page = new StringBuilder(PAGE.replace("</body>", ""));
    while (page.length() < PublishedReports.MAX_TEXT_BYTES + 100_000) {
      page.append("<p>导航 navigation</p>\n");
    }
    byte[] bytes = page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > PublishedReports.MAX_TEXT_BYTES);
    ReadResult fromStream = PublishedReports.read(new ByteArrayInputStream(bytes));
    assertTrue(fromStream.report().isPresent(), fromStream.problems()::toString);
    Path file = dir.resolve("page.html");
    Files.write(file, bytes);
    assertEquals(fromStream.report(), PublishedReports.read(file).report());
  }

  /**
   * The format is told from the bytes as from the decoded text: markup after white space of any
   * script (an ideographic space, an em space) is a page, a text opening with a word is text.
   */
  @Test
  void theFormatOfBytesIsTheFormatOfTheirText() {
    String[] openings = {
      "<html><body><p>x</p></body></html>",
      " \t\n<html><body><p>x</p></body></html>",
      "\u3000<html><body><p>x</p></body></html>",
      "\ufeff<html><body><p>x</p></body></html>",
      "\u2003\u3000 <div><p>x</p></div>",
      "\u3000\u3000临汾市尧都区人民政府办公室2024年政府信息公开工作年度报告\n<p>x</p>",
      "【2024年】<html><body></body></html>",
      "x<html><body></body></html>",
      "政府信息公开工作年度报告"
    };
    for (String opening : openings) {
      assertEquals(
          PublishedReports.detect(opening),
          PublishedReports.read(opening.getBytes(StandardCharsets.UTF_8)).format(),
          opening);
    }
    assertEquals(
        SourceFormat.HTML,
        PublishedReports.read("\u3000<html><body></body></html>".getBytes(StandardCharsets.UTF_8))
            .format());
  }

  @Test
  void endlessMarkupStopsAtThePageLimit() throws IOException {
    Endless html = new Endless("<html><body>", "<p>x</p>\n");
    ReadResult result = PublishedReports.read(html);
    Problem problem = onlyProblem(result);
    assertEquals(SourceFormat.HTML, result.format());
    assertTrue(html.read <= PublishedReports.MAX_BYTES + 65536L, String.valueOf(html.read));
    int lines = (PublishedReports.MAX_BYTES - 12) / 9;
    int rest = (PublishedReports.MAX_BYTES - 12) % 9;
    assertEquals(SourcePosition.of(lines + 1, rest + 1), position(problem));
    assertTrue(problem.message(Locale.ROOT).contains("an HTML page"), problem.message(Locale.ROOT));
  }

  @Test
  void bytesAndDecodedTextOverTheLimitAreRefusedTheSameWay() {
    byte[] bytes = new byte[PublishedReports.MAX_TEXT_BYTES + 1];
    Arrays.fill(bytes, (byte) 'y');
    Problem fromBytes = onlyProblem(PublishedReports.read(bytes));
    Problem fromText =
        onlyProblem(PublishedReports.read(new String(bytes, StandardCharsets.US_ASCII)));
    assertEquals(fromBytes, fromText);
    assertEquals(SourcePosition.of(1, PublishedReports.MAX_TEXT_BYTES + 1), position(fromBytes));
  }

  @Test
  void aCutThroughAUtf8CharacterDoesNotChangeTheEncoding() throws IOException {
    // Two bytes, then three-byte characters: the limit falls inside one (4194302 = 3 * 1398100 +
    // 2),
    // and the text read is still UTF-8, its last whole character before the cut.
    assertEquals(2, (PublishedReports.MAX_TEXT_BYTES - 2) % 3);
    ReadResult result = PublishedReports.read(new Endless("yy", "\u4e00"));
    Problem problem = onlyProblem(result);
    assertEquals(StandardCharsets.UTF_8, result.charset());
    assertEquals(
        SourcePosition.of(1, 2 + (PublishedReports.MAX_TEXT_BYTES - 2) / 3 + 1), position(problem));
  }
}
