package io.github.xxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import java.text.MessageFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tool's bundle, {@code Messages_zh/_en.properties}. */
class MessagesTest {
  @Test
  void bothLanguagesHaveTheSameKeysAndEveryPatternParses() {
    Set<String> zh = Messages.BUNDLE.keys(Language.ZH);
    assertEquals(zh, Messages.BUNDLE.keys(Language.EN));
    for (Language language : Language.values()) {
      for (String key : zh) {
        MessageFormat format =
            new MessageFormat(Messages.BUNDLE.pattern(key, language), language.locale());
        // The tool passes strings only: no pattern asks for a number or a date format.
        for (Object each : format.getFormatsByArgumentIndex()) {
          assertEquals(null, each, key);
        }
      }
    }
  }

  @Test
  void everyCodeOfTheToolHasATitleABasisAndMessagesInBothLanguages() {
    for (FileRule code : FileRule.values()) {
      int messages = 0;
      for (String key : Messages.BUNDLE.keys(Language.ZH)) {
        messages += key.equals(code.id()) || key.startsWith(code.id() + ".") ? 1 : 0;
      }
      assertTrue(messages > 0, code.id());
      for (Language language : Language.values()) {
        assertFalse(code.title(language).isEmpty(), code.id());
        assertFalse(code.basis(language).isEmpty(), code.id());
      }
    }
  }

  @Test
  void anApostropheIsPrintedAndUserDataIsNeverAPattern() {
    assertEquals(
        "# reports checked against last year's: 1 of 2",
        new Messages(Language.EN).get("summary.previous", "1", "2"));
    Problem problem =
        Problem.of(FileRule.FILE_UNREADABLE).variant("io").arguments("it's {0}").build();
    assertEquals("cannot read: it's {0}", problem.message(Language.EN));
    assertEquals("无法读取：it's {0}", problem.message(Language.ZH));
  }
}
