package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Bounded lines of JSON Lines as bytes, and the detection of a complete first line. */
class ByteLinesTest {
  private static ByteLines lines(String text, int maxChars) throws IOException {
    return new ByteLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxChars, 0);
  }

  private static String line(ByteLines lines) {
    return new String(
        lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
  }

  @Test
  void aLineOverTheLimitIsTooLong() throws IOException {
    ByteLines lines = lines("abc\nabcdefgh\nxy\r\n", 5);
    assertTrue(lines.next());
    assertEquals("abc", line(lines));
    assertTrue(lines.next());
    assertTrue(lines.tooLong());
    assertEquals(2, lines.lineNumber());
    assertTrue(lines.next());
    assertFalse(lines.tooLong());
    assertEquals("xy", line(lines));
    assertEquals(3, lines.lineNumber());
    assertFalse(lines.next());
  }

  @Test
  void aLineOfMoreBytesThanAreBufferedIsReadAsItComes() throws IOException {
    ByteLines lines =
        new ByteLines(
            new Trickle("ab\nabcdefghij\r\nxy".getBytes(StandardCharsets.UTF_8), 4), 100, 0, 8);
    assertTrue(lines.next());
    assertFalse(lines.isLong());
    assertTrue(lines.next());
    assertTrue(lines.isLong());
    assertEquals("abcdefghij\r", read(lines.lineStream()));
    assertTrue(lines.next());
    assertEquals("xy", line(lines));
    assertEquals(3, lines.lineNumber());
  }

  @Test
  void theLimitCountsCharactersNotBytes() throws IOException {
    // Five Chinese characters are fifteen bytes, within a limit of five characters; six are not.
    ByteLines lines = lines("政府信息公\n政府信息公开\n", 5);
    assertTrue(lines.next());
    assertFalse(lines.tooLong());
    assertEquals("政府信息公", line(lines));
    assertTrue(lines.next());
    assertTrue(lines.tooLong());
  }

  @Test
  void blankLinesAndALinesLeadingSpacesAreDroppedAndCounted() throws IOException {
    ByteLines lines = lines("\n  \n\t{}\n", 100);
    assertEquals(2, lines.skipBlank());
    assertEquals('{', lines.peek());
    assertTrue(lines.next());
    assertEquals("{}", line(lines));
    assertEquals(1, lines.indent());
    assertEquals(5, lines.blanks());
    assertEquals(3, lines.lineNumber());
  }

  @Test
  void blanksBeyondTheLimitMakeTheNextLineTooLong() throws IOException {
    ByteLines lines = lines("{}\n   \n  {}\n", 4);
    assertTrue(lines.next());
    lines.skipBlank();
    assertTrue(lines.next());
    assertTrue(lines.tooLong());
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
    ByteLines lines = lines("\uFEFF{}\n\uFEFF{}", 100);
    assertTrue(lines.next());
    assertEquals("{}", line(lines));
    assertTrue(lines.next());
    assertEquals("\uFEFF{}", line(lines));
  }

  @Test
  void anUnreadLineIsPartOfTheRest() throws IOException {
    ByteLines lines = lines("\n{\n  \"a\": 1\n}\n", 100);
    lines.skipBlank();
    assertTrue(lines.next());
    lines.unread();
    assertEquals(1, lines.lineNumber());
    assertEquals("{\n  \"a\": 1\n}\n", read(lines.rest()));
  }

  @Test
  void completeLines() {
    assertTrue(complete("{\"a\": [1, {\"b\": \"}\"}]}"));
    assertTrue(complete("{\"a\": \"\\\"{\"}"));
    assertFalse(complete("{"));
    assertFalse(complete("{\"a\": \"}\""));
    assertTrue(complete("{\"名\": \"值{\"}"));
  }

  @Test
  void oneObjectLines() {
    assertTrue(oneObject("{\"a\": [1, {\"b\": \"}\"}]}"));
    assertTrue(oneObject("  {}\r"));
    assertFalse(oneObject("{\"issued\": 0}}, \"x\": {"));
    assertFalse(oneObject("{\"a\": 1}, {\"b\": 2}"));
    assertFalse(oneObject("{\"a\": 1"));
    assertFalse(oneObject("{\"a\": \"}"));
  }

  private static boolean oneObject(String line) {
    byte[] bytes = line.trim().getBytes(StandardCharsets.UTF_8);
    return Brackets.isOneObject(bytes, 0, bytes.length);
  }

  private static boolean complete(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return Brackets.closeAll(bytes, 0, bytes.length);
  }

  /**
   * Whatever the sizes the stream hands out, the lines are the lines of the text: the buffer's
   * compaction and growth lose nothing.
   */
  @Property(tries = 300)
  void linesAreTheLinesOfTheText(
      @ForAll List<@IntRange(min = 0, max = 20_000) Integer> lengths,
      @ForAll @IntRange(min = 1, max = 9000) int chunk)
      throws IOException {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lengths.size(); i++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < lengths.get(i); c++) {
        line.append(c % 7 == 0 ? '政' : (char) ('a' + c % 26));
      }
      expected.add(line.toString());
      text.append(line).append(i % 2 == 0 ? "\n" : "\r\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    ByteLines lines = new ByteLines(new Trickle(bytes, chunk), 1_000_000, 0);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(line(lines));
    }
    assertEquals(expected, read);
  }

  /**
   * Any bytes at all, line feeds among them: the lines found eight bytes at a time are the ones a
   * byte-by-byte split finds, whatever bytes surround the line feeds.
   */
  @Property(tries = 500)
  void lineFeedsAreFoundAmongAnyBytes(
      @ForAll @net.jqwik.api.constraints.Size(max = 3000) byte[] bytes,
      @ForAll @IntRange(min = 1, max = 4096) int chunk)
      throws IOException {
    // A byte order mark at the very start would be skipped; keep the comparison simple.
    byte[] input = bytes.clone();
    if (input.length > 0 && (input[0] & 0xFF) == 0xEF) {
      input[0] = '\n';
    }
    List<String> expected = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        if (i < input.length || lineStart < input.length) {
          int end = i > lineStart && input[i - 1] == '\r' ? i - 1 : i;
          expected.add(hex(input, lineStart, end));
        }
        lineStart = i + 1;
      }
    }
    ByteLines lines = new ByteLines(new Trickle(input, chunk), 1_000_000, 0);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(hex(lines.buffer(), lines.start(), lines.end()));
    }
    assertEquals(expected, read);
  }

  private static String hex(byte[] bytes, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      text.append(String.format("%02x", bytes[i] & 0xFF));
    }
    return text.toString();
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[100];
    for (int n; (n = in.read(chunk)) > 0; ) {
      out.write(chunk, 0, n);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /** Hands out at most a few bytes per read, as a network stream may. */
  private static final class Trickle extends ByteArrayInputStream {
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] target, int offset, int length) {
      return super.read(target, offset, Math.min(length, chunk));
    }
  }
}
