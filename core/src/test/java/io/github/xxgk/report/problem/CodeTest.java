package io.github.xxgk.report.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodeTest {
  @Test
  void aCodeOfABundleTakesItsTitleBasisAndMessagesFromIt() {
    assertEquals("Sample cannot be read", SampleCode.SAMPLE_PARSE.title(Language.EN));
    assertEquals("this library's contract", SampleCode.SAMPLE_PARSE.basis(Language.EN));
    assertEquals("", SampleCode.SAMPLE_LATE.basis(Language.EN));
    assertEquals(
        "line 2024 cannot be read: x",
        SampleCode.SAMPLE_PARSE.message("SAMPLE-PARSE", new Object[] {2024, "x"}, Language.EN));
    assertEquals(
        "the input is empty",
        SampleCode.SAMPLE_PARSE.message("SAMPLE-PARSE.empty", new Object[0], Language.EN));
  }

  @Test
  void aCodeWithoutABundleMustBringItsOwnTexts() {
    Code bare =
        new Code() {
          @Override
          public String id() {
            return "BARE";
          }

          @Override
          public Stage stage() {
            return Stage.FILE;
          }

          @Override
          public Severity severity() {
            return Severity.ERROR;
          }
        };
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> bare.title(Language.ZH));
    assertEquals("BARE has no bundle; it overrides title, basis and message", e.getMessage());
  }
}
