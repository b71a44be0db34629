package io.github.xxgk.report.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void everyChineseLocaleIsChineseAndEveryOtherEnglish() {
    assertEquals(Language.ZH, Language.of(Locale.CHINESE));
    assertEquals(Language.ZH, Language.of(Locale.SIMPLIFIED_CHINESE));
    assertEquals(Language.ZH, Language.of(Locale.TRADITIONAL_CHINESE));
    assertEquals(Language.ZH, Language.of(Locale.forLanguageTag("zh-Hans-CN")));
    assertEquals(Language.EN, Language.of(Locale.ENGLISH));
    assertEquals(Language.EN, Language.of(Locale.FRANCE));
    assertEquals(Language.EN, Language.of(Locale.ROOT));
    assertEquals(Language.EN, Language.of(Locale.JAPANESE));
  }

  @Test
  void aLanguageGivesBackItsLocale() {
    for (Language language : Language.values()) {
      assertEquals(language, Language.of(language.locale()));
    }
    assertEquals(Locale.CHINESE, Language.ZH.locale());
    assertEquals(Locale.ENGLISH, Language.EN.locale());
  }

  @Test
  void noLocaleIsAnError() {
    assertThrows(NullPointerException.class, () -> Language.of(null));
  }
}
