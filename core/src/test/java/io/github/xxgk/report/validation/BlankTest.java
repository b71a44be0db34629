package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Blank means whitespace or space characters only, whatever shortcut the check takes. */
class BlankTest {
  @Test
  void everyCharacterAloneIsBlankExactlyWhenJavaCallsItWhitespaceOrSpace() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean expected = Character.isWhitespace(ch) || Character.isSpaceChar(ch);
      assertEquals(
          expected, ReportChecks.isBlank(String.valueOf(ch)), "U+" + Integer.toHexString(c));
      assertEquals(
          expected, ReportChecks.isBlank(" \u3000\t" + ch + "\n"), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void emptyAndMixedText() {
    assertTrue(ReportChecks.isBlank(""));
    assertTrue(ReportChecks.isBlank("\u3000 \u00a0\u2007"));
    assertFalse(ReportChecks.isBlank("\u3000临汾"));
    assertFalse(ReportChecks.isBlank(" 2024"));
  }
}
