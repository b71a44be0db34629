package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.PublishedWording;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scan of {@link OrganName} answers as {@link PublishedWording#ORGAN_NAME} does. */
class OrganNameTest {
  private static boolean pattern(String text) {
    return PublishedWording.ORGAN_NAME.matcher(text).matches();
  }

  @Test
  void namesAndNotNames() {
    for (String name : new String[] {"临汾市尧都区人民政府办公室", "沭阳县人民政府", "某某局", "某区社科联"}) {
      assertTrue(OrganName.is(name), name);
      assertTrue(pattern(name), name);
    }
    for (String words :
        new String[] {"局", "某局。", "根据某局", "我局", "《某局", "本年度无其他需要报告的事项", "某局（试）", ""}) {
      assertFalse(OrganName.is(words), words);
      assertFalse(pattern(words), words);
    }
  }

  @Test
  void wordsCountedInCodePoints() {
    // 40 characters outside the BMP (80 chars) and an ending: 40 words for the pattern
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      words.appendCodePoint(0x20000 + i);
    }
    assertTrue(pattern(words + "局"));
    assertEquals(pattern(words + "局"), OrganName.is(words + "局"));
    assertEquals(pattern(words + "x局"), OrganName.is(words + "x局"));
  }

  @Property(tries = 3000)
  void answersAsThePattern(@ForAll("words") String text) {
    assertEquals(pattern(text), OrganName.is(text), text);
  }

  /**
   * Words made of the pattern's own pieces (endings, openings, the characters it refuses), other
   * characters, line breaks and characters outside the BMP, of every length around its bounds.
   */
  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(PublishedWording.ORGAN_NAME_ENDINGS),
            Arbitraries.of(PublishedWording.ORGAN_NAME_NOT_OPENING),
            Arbitraries.of(PublishedWording.ORGAN_NAME_NOT_HOLDING.split("")),
            Arbitraries.of("某", "市", "县", "a", "1", "\n", "。", "\ud840\udc00", "\ud840", "人民"));
    return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
  }
}
