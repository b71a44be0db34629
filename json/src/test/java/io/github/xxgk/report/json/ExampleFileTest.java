package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The real report of 临汾市尧都区 in {@code json/examples}, against the model built in core's tests and
 * against the testkit's fixture built through the catalogue: three transcriptions that agree.
 */
class ExampleFileTest {
  static final Path EXAMPLE = Paths.get("examples", "linfen-yaodu-2024.json");

  static byte[] example() throws IOException {
    return Files.readAllBytes(EXAMPLE);
  }

  @Test
  void readsToTheReportAsPublished() throws IOException {
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      assertEquals(LinfenYaodu2024.report(), ReportJson.standard().read(in));
    }
  }

  @Test
  void isTheTestkitsFixture() throws IOException {
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      assertEquals(ReportFixtures.linfenYaodu2024(), ReportJson.standard().read(in));
    }
    String file = new String(example(), StandardCharsets.UTF_8);
    assertEquals(ReportJson.standard().writePretty(ReportFixtures.linfenYaodu2024()) + "\n", file);
  }

  @Test
  void keepsTheNarrativeSectionsVerbatim() throws IOException {
    AnnualReport report = ReportJson.standard().read(example());
    assertEquals(LinfenYaodu2024.OVERVIEW, report.overview().get());
    assertEquals(LinfenYaodu2024.PROBLEMS_AND_IMPROVEMENTS, report.problemsAndImprovements().get());
    assertEquals(LinfenYaodu2024.OTHER_MATTERS, report.otherMatters().get());
  }

  @Test
  void isTheCanonicalPrettyFormWithAFinalLineEnd() throws IOException {
    String file = new String(example(), StandardCharsets.UTF_8);
    assertEquals(ReportJson.standard().writePretty(LinfenYaodu2024.report()) + "\n", file);
  }

  @Test
  void statesThePublishedNumbers() throws IOException {
    AnnualReport report = ReportJson.standard().read(example());
    assertEquals(14, report.applications().newlyReceived().total());
    assertEquals(8, report.applications().outcomes().unableToProvide().notHeld().naturalPerson());
    assertEquals(12, report.applications().outcomes().total().total());
    assertEquals(21, report.proactiveDisclosure().normativeDocuments().inForce());
    assertEquals(
        1, report.reconsiderationAndLitigation().litigationWithoutReconsideration().pending());
    assertEquals(new BigDecimal("0"), report.proactiveDisclosure().fees().amountWanYuan());
  }
}
