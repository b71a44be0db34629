package io.github.xxgk.report.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  @Test
  void theCodesOfEveryRegisteredProviderAreFound() {
    assertTrue(Catalogue.all().contains(SampleCode.SAMPLE_PARSE), Catalogue.all().toString());
    assertTrue(Catalogue.all().contains(SampleCode.SAMPLE_LATE));
    assertSame(SampleCode.SAMPLE_LATE, Catalogue.find("SAMPLE-LATE").get());
    assertFalse(Catalogue.find("NO-SUCH-CODE").isPresent());
  }

  @Test
  void codesAreInStageOrderThenById() {
    List<Code> all = Catalogue.all();
    for (int i = 1; i < all.size(); i++) {
      Code before = all.get(i - 1);
      Code after = all.get(i);
      int stages = before.stage().compareTo(after.stage());
      assertTrue(
          stages < 0 || stages == 0 && before.id().compareTo(after.id()) < 0,
          before.id() + " before " + after.id());
    }
    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
  }

  @Test
  void everyCodeHasAWellFormedIdAndTitlesInBothLanguages() {
    for (Code code : Catalogue.all()) {
      assertTrue(code.id().matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*"), code.id());
      for (Language language : Language.values()) {
        assertFalse(code.title(language).trim().isEmpty(), code.id() + " " + language);
      }
      assertEquals(code, Catalogue.find(code.id()).get());
    }
  }
}
