package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Bounded lines of JSON Lines, and the detection of a complete first line. */
class LineReaderTest {
  @Test
  void aLineOverTheLimitIsSkippedAndTheNextIsRead() throws IOException {
    LineReader lines = new LineReader(new StringReader("abc\nabcdefgh\nxy\r\n"), 5, 0);
    assertEquals("abc", lines.next());
    assertSame(LineReader.TOO_LONG, lines.next());
    assertEquals(2, lines.lineNumber());
    assertEquals("xy", lines.next());
    assertEquals(3, lines.lineNumber());
    assertNull(lines.next());
  }

  @Test
  void blankLinesAreCounted() throws IOException {
    LineReader lines = new LineReader(new StringReader("\n  \n\t{}\n"), 100, 0);
    assertEquals(2, lines.skipBlank());
    assertEquals("{}", lines.next());
    assertEquals(3, lines.lineNumber());
  }

  @Test
  void completeLines() {
    assertTrue(LineReader.isComplete("{\"a\": [1, {\"b\": \"}\"}]}"));
    assertTrue(LineReader.isComplete("{\"a\": \"\\\"{\"}"));
    assertFalse(LineReader.isComplete("{"));
    assertFalse(LineReader.isComplete("{\"a\": \"}\""));
  }
}
