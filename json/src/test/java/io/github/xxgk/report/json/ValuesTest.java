package io.github.xxgk.report.json;

import static io.github.xxgk.report.json.Hostile.EXAMPLE;
import static io.github.xxgk.report.json.Hostile.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.FeeAmount;
import io.github.xxgk.report.model.ProactiveDisclosure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money, optional values and what the writer refuses. */
class ValuesTest {
  private final ReportJson json = ReportJson.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {"12.3456", "12.30", "0.00", "-5", "1E+3", "123456789012345678901234.5", "0.1"})
  void moneyIsExact(String amount) {
    AnnualReport report = json.read(edit("\"amountWanYuan\": 0", "\"amountWanYuan\": " + amount));
    BigDecimal read = report.proactiveDisclosure().fees().amountWanYuan();
    assertEquals(new BigDecimal(amount), read);
    assertEquals(new BigDecimal(amount).scale(), read.scale());
    assertTrue(json.write(report).contains("\"amountWanYuan\":" + new BigDecimal(amount)));
  }

  @Test
  void optionalValuesMayBeLeftOut() {
    String doc =
        EXAMPLE
            .replace("  \"organKind\": \"department\",\n", "")
            .replace("  \"publishedOn\": \"2025-01-13\",\n", "");
    int overview = doc.indexOf("  \"overview\"");
    doc = doc.substring(0, overview) + doc.substring(doc.indexOf("  \"proactiveDisclosure\""));
    AnnualReport report = json.read(doc);
    assertFalse(report.organKind().isPresent());
    assertFalse(report.publishedOn().isPresent());
    assertFalse(report.overview().isPresent());
    assertEquals(LinfenYaodu2024.report().applications(), report.applications());
    assertFalse(json.write(report).contains("overview"));
  }

  @Test
  void emptyNarrativeIsKept() {
    AnnualReport report =
        AnnualReport.builder().from(LinfenYaodu2024.report()).otherMatters("").build();
    assertEquals(report, json.read(json.write(report)));
    assertTrue(json.write(report).contains("\"otherMatters\":\"\""));
  }

  @Test
  void writerRefusesWhatTheReaderWouldRefuse() {
    AnnualReport report = LinfenYaodu2024.report();
    assertThrows(
        IllegalArgumentException.class,
        () -> json.write(AnnualReport.builder().from(report).edition("2019").build()));
    ProactiveDisclosure tinyFee =
        ProactiveDisclosure.builder()
            .from(report.proactiveDisclosure())
            .fees(FeeAmount.of(new BigDecimal("1e-101")))
            .build();
    assertThrows(
        IllegalArgumentException.class,
        () -> json.write(AnnualReport.builder().from(report).proactiveDisclosure(tinyFee).build()));
    assertThrows(
        IllegalArgumentException.class,
        () -> json.write(AnnualReport.builder().from(report).organ("x\ud800").build()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            json.writePretty(
                AnnualReport.builder()
                    .from(report)
                    .publishedOn(java.time.LocalDate.of(10000, 1, 1))
                    .build()));
  }

  @Test
  void keysComeInTheContractsOrder() {
    String compact = json.write(LinfenYaodu2024.report());
    List<String> keys =
        java.util.Arrays.asList(
            "\"edition\"",
            "\"organ\"",
            "\"organKind\"",
            "\"year\"",
            "\"publishedOn\"",
            "\"overview\"",
            "\"proactiveDisclosure\"",
            "\"regulations\"",
            "\"fees\"",
            "\"applications\"",
            "\"newlyReceived\"",
            "\"carriedOverFromPreviousYear\"",
            "\"outcomes\"",
            "\"disclosed\"",
            "\"notDisclosed\"",
            "\"otherHandling\"",
            "\"carriedOverToNextYear\"",
            "\"reconsiderationAndLitigation\"",
            "\"litigationAfterReconsideration\"",
            "\"problemsAndImprovements\"",
            "\"otherMatters\"");
    int previous = -1;
    for (String key : keys) {
      int at = compact.indexOf(key);
      assertTrue(at > previous, key + " out of order");
      previous = at;
    }
    assertTrue(compact.startsWith("{\"edition\":\"2021\",\"organ\":\"临汾市尧都区人民政府办公室\","));
  }
}
