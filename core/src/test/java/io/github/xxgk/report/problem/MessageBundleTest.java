package io.github.xxgk.report.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.Label;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
  private static final MessageBundle SAMPLE = SampleCode.MESSAGES;

  @Test
  void theFilesAreReadAsUtf8() {
    assertEquals("样例无法读取", SAMPLE.title("SAMPLE-PARSE", Language.ZH));
    assertEquals("Sample cannot be read", SAMPLE.title("SAMPLE-PARSE", Language.EN));
    assertEquals("输入为空", SAMPLE.format("SAMPLE-PARSE.empty", Language.ZH));
  }

  @Test
  void aBundleIsLoadedOnce() {
    assertSame(SAMPLE, MessageBundle.of(SampleCode.class, "Sample"));
  }

  @Test
  void userDataIsNeverAPatternAndNumbersAreNotGrouped() {
    assertEquals(
        "line 2024 cannot be read: it's {0} '{x}'",
        SAMPLE.format("SAMPLE-PARSE", Language.EN, 2024, "it's {0} '{x}'"));
    assertEquals(
        "第 12345678 行无法读取：1234567.50",
        SAMPLE.format("SAMPLE-PARSE", Language.ZH, 12345678L, new BigDecimal("1234567.50")));
    assertEquals("year's x", SAMPLE.format("quoted", Language.EN, "x"));
  }

  @Test
  void aPlaceholderThatNamesAFormatGetsTheArgumentAsItIs() {
    assertEquals(
        "a is later than b, no copy", SAMPLE.format("SAMPLE-LATE", Language.EN, "a", "b", 0));
    assertEquals(
        "a is later than b, 3 copies", SAMPLE.format("SAMPLE-LATE", Language.EN, "a", "b", 3));
    assertEquals("a晚于b，共 一份", SAMPLE.format("SAMPLE-LATE", Language.ZH, "a", "b", 1));
  }

  @Test
  void aMissingKeyOrFileNamesWhatIsMissing() {
    IllegalStateException key =
        assertThrows(IllegalStateException.class, () -> SAMPLE.pattern("NOPE", Language.EN));
    assertTrue(key.getMessage().contains("NOPE"), key.getMessage());
    assertTrue(key.getMessage().contains("Sample_en.properties"), key.getMessage());
    MessageBundle none = MessageBundle.of(SampleCode.class, "NoSuchBundle");
    IllegalStateException file =
        assertThrows(IllegalStateException.class, () -> none.pattern("x", Language.ZH));
    assertTrue(file.getMessage().contains("NoSuchBundle_zh.properties"), file.getMessage());
  }

  @Test
  void aMissingBasisIsEmptyAndAMissingTitleIsABug() {
    assertEquals("本库的契约", SAMPLE.basis("SAMPLE-PARSE", Language.ZH));
    assertEquals("", SAMPLE.basis("SAMPLE-LATE", Language.EN));
    assertThrows(IllegalStateException.class, () -> SAMPLE.title("SAMPLE-NONE", Language.EN));
  }

  @Test
  void cellsRowsColumnsAndLabelsAreWrittenInTheFormsTerms() {
    Label label = Label.of("总计", "Total");
    assertEquals("总计", MessageBundle.text(label, Language.ZH));
    assertEquals("Total", MessageBundle.text(label, Language.EN));
    String cell =
        MessageBundle.text(
            FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON),
            Language.EN);
    assertTrue(cell.startsWith("row \""), cell);
    assertTrue(cell.contains(ApplicationRow.NEWLY_RECEIVED.label().en()), cell);
    assertTrue(cell.contains(ApplicantColumn.NATURAL_PERSON.label().en()), cell);
    String zh =
        MessageBundle.text(
            FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON),
            Language.ZH);
    assertTrue(zh.contains(ApplicationRow.NEWLY_RECEIVED.label().zh()), zh);
    assertEquals("1 + 2", MessageBundle.text(Arrays.asList(1, 2), Language.EN));
    assertEquals("1E+2147483647", MessageBundle.text(new BigDecimal("1E+2147483647"), Language.EN));
  }

  @Test
  void anArgumentWhoseToStringFailsIsNamedByItsClass() {
    Object hostile =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("no");
          }
        };
    assertEquals(hostile.getClass().getName(), MessageBundle.text(hostile, Language.EN));
  }

  /** The shared texts and the test bundle obey what every module's bundle test checks. */
  @Test
  void bothLanguagesHaveTheSameKeysAndEveryPatternParses() {
    for (MessageBundle bundle :
        Arrays.asList(SAMPLE, MessageBundle.of(MessageBundle.class, "Texts"))) {
      assertEquals(bundle.keys(Language.ZH), bundle.keys(Language.EN), bundle.toString());
      assertTrue(bundle.keys(Language.ZH).size() >= 2, bundle.toString());
      for (Language language : Language.values()) {
        for (String key : bundle.keys(language)) {
          new MessageFormat(bundle.pattern(key, language), language.locale());
        }
      }
    }
  }
}
