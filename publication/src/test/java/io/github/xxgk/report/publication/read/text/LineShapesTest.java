package io.github.xxgk.report.publication.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written scanners of {@link TextProducer} against the regular expressions that define
 * them (kept here as the specification): a Markdown heading's mark, a section's number, a number
 * that does not wrap.
 */
class LineShapesTest {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern NUMBER =
      Pattern.compile("[\\d,\\s\u00a0\uff10-\uff19]+(?:\\.\\d+)?");
  private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+[、.．]");

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings()
        .withChars(
            '#', ' ', '\t', '\u000b', '\u00a0', '\u3000', '1', '0', '１', ',', '.', '．', '、', '一',
            '十', '公', 'x', '\n')
        .ofMaxLength(12);
  }

  @Property(tries = 5000)
  void theScannersAgreeWithTheirPatterns(@ForAll("lines") String line) {
    assertEquals(
        HEADING.matcher(line).replaceFirst(""),
        line.substring(TextProducer.headingMark(line)),
        line);
    assertEquals(SECTION.matcher(line).find(), TextProducer.isSection(line), line);
    assertEquals(NUMBER.matcher(line).matches(), TextProducer.isNumber(line), line);
  }
}
