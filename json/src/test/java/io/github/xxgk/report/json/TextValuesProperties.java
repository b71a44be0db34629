package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;

class TextValuesProperties {
  /**
   * Unicode text is exactly the text that survives UTF-8 both ways, whether checked as a string or
   * in a parser's buffer at an offset.
   */
  @Property(tries = 2_000)
  void unicodeTextIsWhatUtf8KeepsWhole(
      @ForAll @Chars({'a', '政', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD7FF', '\uE000'})
          String text,
      @ForAll @IntRange(max = 3) int padding) {
    boolean whole =
        new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
    assertEquals(whole, TextValues.isUnicode(text));
    char[] buffer = new char[text.length() + 2 * padding];
    text.getChars(0, text.length(), buffer, padding);
    assertEquals(whole, TextValues.isUnicode(buffer, padding, text.length()));
  }
}
