package io.github.xxgk.report.publication.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written scanners of {@link LineShapes} against the regular expressions that define them
 * (kept here as the specification): a Markdown heading's mark and table rule, a section's number, a
 * number that does not wrap.
 */
class LineShapesTest {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern NUMBER =
      Pattern.compile("[\\d,\\s\u00a0\uff10-\uff19]+(?:\\.\\d+)?");
  private static final Pattern MARKDOWN_RULE =
      Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");
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
        HEADING.matcher(line).replaceFirst(""), line.substring(LineShapes.headingMark(line)), line);
    assertEquals(SECTION.matcher(line).find(), LineShapes.isSection(line), line);
    assertEquals(NUMBER.matcher(line).matches(), LineShapes.isNumber(line), line);
  }

  @Provide
  Arbitrary<String> rules() {
    return Arbitraries.strings()
        .withChars('|', '-', '-', '-', ':', ' ', '\t', '\u000b', '\u00a0', 'x')
        .ofMaxLength(14);
  }

  @Property(tries = 5000)
  void theRuleScannerAgreesWithItsPattern(@ForAll("rules") String line) {
    assertEquals(MARKDOWN_RULE.matcher(line).matches(), LineShapes.isMarkdownRule(line), line);
  }

  @Example
  void rulesAsConvertersPrintThem() {
    for (String line :
        new String[] {
          "|---|---|", "| :-- | --: |", "---", "|--|", "--||", "|-|", "| --- | x |", ""
        }) {
      assertEquals(MARKDOWN_RULE.matcher(line).matches(), LineShapes.isMarkdownRule(line), line);
    }
  }
}
