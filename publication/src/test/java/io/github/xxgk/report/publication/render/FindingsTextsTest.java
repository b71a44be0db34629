package io.github.xxgk.report.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The texts of the findings view, {@code Findings_zh/_en.properties}. */
class FindingsTextsTest {
  private static final MessageBundle TEXTS = MessageBundle.of(Findings.class, "Findings");

  /** Each key and the arguments {@link Findings} passes it: the three counts, the rule id. */
  private static final Map<String, Integer> ARGUMENTS = new HashMap<>();

  static {
    for (String plain : Arrays.asList("lang", "valid", "invalid", "error", "warning", "info")) {
      ARGUMENTS.put(plain, 0);
    }
    ARGUMENTS.put("counts", 3);
    ARGUMENTS.put("unwritable", 1);
  }

  @Test
  void bothLanguagesHaveTheKeysTheViewUses() {
    assertEquals(new TreeSet<>(ARGUMENTS.keySet()), TEXTS.keys(Language.ZH));
    assertEquals(TEXTS.keys(Language.ZH), TEXTS.keys(Language.EN));
  }

  @Test
  void everyPatternParsesAndUsesExactlyItsArguments() {
    for (Map.Entry<String, Integer> key : ARGUMENTS.entrySet()) {
      for (Language language : Language.values()) {
        String pattern = TEXTS.pattern(key.getKey(), language);
        new MessageFormat(pattern, language.locale());
        Set<Integer> expected = new HashSet<>();
        for (int i = 0; i < key.getValue(); i++) {
          expected.add(i);
        }
        assertEquals(expected, used(pattern), key.getKey() + " " + language);
      }
      assertNotEquals(
          TEXTS.pattern(key.getKey(), Language.ZH),
          TEXTS.pattern(key.getKey(), Language.EN),
          key.getKey());
    }
  }

  @Test
  void theLanguageOfTheListsIsATag() {
    assertEquals("zh-CN", TEXTS.pattern("lang", Language.ZH));
    assertEquals("en", TEXTS.pattern("lang", Language.EN));
  }

  private static Set<Integer> used(String pattern) {
    Set<Integer> used = new HashSet<>();
    Matcher placeholder =
        Pattern.compile("\\{(\\d+)[,}]").matcher(pattern.replaceAll("'[^']*'", ""));
    while (placeholder.find()) {
      used.add(Integer.parseInt(placeholder.group(1)));
    }
    return used;
  }
}
