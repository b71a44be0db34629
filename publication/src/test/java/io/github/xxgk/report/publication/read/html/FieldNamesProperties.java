package io.github.xxgk.report.publication.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.form.PublishedWording;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link FieldNames#setOff} sets off exactly the texts of at most {@link FieldNames#LENGTH}
 * characters that {@link PublishedWording#METADATA_FIELD_NAME} matches: the characters it passes
 * without running the pattern are none the pattern can match. The oracle is the pattern itself.
 */
class FieldNamesProperties {
  private static final String PATTERN = PublishedWording.METADATA_FIELD_NAME.pattern();

  /** Every character of the BMP, alone, inside a name and after one (the first and the last). */
  @Test
  void everyCharacterIsPassedOnlyWhenThePatternCannotMatchIt() {
    List<String> words = words();
    for (String name : new String[] {words.get(0), words.get(words.size() - 1)}) {
      String head = name.substring(0, 1);
      String tail = name.substring(1);
      for (int c = 0; c <= 0xffff; c++) {
        char character = (char) c;
        check("" + character);
        check(head + character + tail);
        check(name + character);
      }
    }
  }

  @Property(tries = 3000)
  void namesAndTheirDamageAreSetOffAsThePatternMatches(@ForAll("texts") String text) {
    Statistics.label("a field name")
        .collect(PublishedWording.METADATA_FIELD_NAME.matcher(text).matches());
    check(text);
  }

  private static void check(String text) {
    StringBuilder builder = new StringBuilder(text);
    FieldNames.setOff(builder);
    boolean expected =
        text.length() <= FieldNames.LENGTH
            && PublishedWording.METADATA_FIELD_NAME.matcher(text).matches();
    assertEquals(expected ? text + " " : text, builder.toString(), () -> "text: " + text);
  }

  /**
   * A field name with spacing and a colon, or spacing and colons alone, perhaps with one character
   * replaced by any other.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> spacing = Arbitraries.of("", "", " ", "\u00a0", "\u3000", "\t", "\u2002");
    Arbitrary<String> name =
        Arbitraries.of(words())
            .flatMap(
                word ->
                    spacing
                        .list()
                        .ofSize(word.length())
                        .map(
                            spaces -> {
                              StringBuilder spaced = new StringBuilder();
                              for (int i = 0; i < word.length(); i++) {
                                spaced.append(word.charAt(i)).append(spaces.get(i));
                              }
                              return spaced.toString();
                            }));
    Arbitrary<String> colon = Arbitraries.of("", ":", "：", " ：", "\uff1b");
    Arbitrary<String> text =
        Combinators.combine(spacing, name, colon).as((lead, word, end) -> lead + word + end);
    Arbitrary<String> spacingOnly =
        Arbitraries.strings().withChars(" \u00a0\u3000\t:：").ofMaxLength(13);
    return Combinators.combine(
            Arbitraries.oneOf(text, text, text, spacingOnly),
            Arbitraries.integers().between(-1, 20),
            Arbitraries.chars().range('\u0000', '\uffff'))
        .as(
            (whole, at, other) ->
                at < 0 || at >= whole.length()
                    ? whole
                    : whole.substring(0, at) + other + whole.substring(at + 1));
  }

  /** The field names of the pattern: its runs of ideographs between alternatives. */
  private static List<String> words() {
    List<String> words = new ArrayList<>();
    for (String alternative : PATTERN.split("\\|")) {
      StringBuilder word = new StringBuilder();
      for (char c : alternative.toCharArray()) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          word.append(c);
        }
      }
      if (word.length() > 0) {
        words.add(word.toString());
      }
    }
    return words;
  }
}
