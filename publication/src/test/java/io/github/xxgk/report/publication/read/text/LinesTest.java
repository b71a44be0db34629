package io.github.xxgk.report.publication.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Lines} against its definition: the lines are the text split at "\r\n", "\r" and "\n"
 * (keeping empty ones, the last included), and each line's tabs are counted in the line itself.
 */
class LinesTest {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars('\t', '\t', '\n', '\n', '\r', ' ', '0', 'x', '中', '\u0085', '\u2028')
        .ofMaxLength(30);
  }

  @Property(tries = 5000)
  void linesAndTabsAreAsTheTextSplitAtItsBreaks(@ForAll("texts") String text) {
    List<String> expected = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      int tab = line.indexOf('\t');
      boolean more = tab >= 0 && line.indexOf('\t', tab + 1) >= 0;
      expected.add(line + " tab " + tab + (more ? " more" : ""));
    }
    List<String> scanned = new ArrayList<>();
    Lines lines = new Lines(text);
    while (lines.next()) {
      String line = text.substring(lines.start, lines.end);
      int tab = lines.tab < 0 ? -1 : lines.tab - lines.start;
      scanned.add(line + " tab " + tab + (lines.moreTabs ? " more" : ""));
    }
    assertEquals(expected, scanned, text);
    assertFalse(lines.next());
  }

  @Example
  void anEmptyTextIsOneEmptyLine() {
    Lines lines = new Lines("");
    assertEquals(true, lines.next());
    assertEquals(0, lines.end);
    assertEquals(-1, lines.tab);
    assertFalse(lines.next());
  }
}
