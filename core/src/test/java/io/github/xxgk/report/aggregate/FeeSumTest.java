package io.github.xxgk.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The fee in a sum of reports: exact, its scale kept, and never a runaway computation. */
class FeeSumTest {
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  private static AnnualReport withFee(String fee) {
    return CellGrid.of(REAL)
        .set(
            FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN),
            new BigDecimal(fee))
        .toReport();
  }

  private static BigDecimal fee(AnnualReport report) {
    return FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN)
        .amount(report);
  }

  @Test
  void oneReportsFeeKeepsItsScale() {
    AnnualReport sum = AnnualReports.sum("x", 2024, Collections.singletonList(withFee("1E+3")));
    assertEquals(new BigDecimal("1E+3"), fee(sum));
    assertEquals(-3, fee(sum).scale());
    assertEquals(
        new BigDecimal("1.50"),
        fee(AnnualReports.sum("x", 2024, Arrays.asList(withFee("1"), withFee("0.50")))));
  }

  @Test
  void feesWithFarApartScalesAreRefusedAtOnce() {
    ArithmeticException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                assertThrows(
                    ArithmeticException.class,
                    () ->
                        AnnualReports.sum(
                            "x",
                            2024,
                            Arrays.asList(withFee("1E+999999999"), withFee("1E-999999999")))));
    assertTrue(e.getMessage().contains("/proactiveDisclosure"), e.getMessage());
    // Far apart but within the bound: summed exactly.
    BigDecimal sum =
        fee(AnnualReports.sum("x", 2024, Arrays.asList(withFee("1E+5000"), withFee("1E-4000"))));
    assertEquals(new BigDecimal("1E+5000").add(new BigDecimal("1E-4000")), sum);
    // Zeros of any scale cost nothing and keep the finer scale.
    assertEquals(
        new BigDecimal("0E-999999999"),
        fee(
            AnnualReports.sum(
                "x", 2024, Arrays.asList(withFee("0E+999999999"), withFee("0E-999999999")))));
  }
}
