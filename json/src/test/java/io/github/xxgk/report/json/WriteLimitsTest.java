package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What {@code write} refuses: exactly what {@code read} would refuse of what it wrote. */
class WriteLimitsTest {
  private static final ReportJson JSON = ReportJson.standard();
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  private static AnnualReport withFee(BigDecimal fee) {
    Cell cell = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
    return CellGrid.of(REAL).set(cell, fee).toReport();
  }

  private static String repeat(char c, int n) {
    char[] chars = new char[n];
    Arrays.fill(chars, c);
    return new String(chars);
  }

  private static void refused(AnnualReport report) {
    assertThrows(IllegalArgumentException.class, () -> JSON.write(report));
    assertThrows(IllegalArgumentException.class, () -> JSON.writePretty(report));
    assertThrows(
        IllegalArgumentException.class, () -> JSON.write(report, new ByteArrayOutputStream()));
  }

  private static void readsBack(AnnualReport report) {
    assertEquals(report, JSON.read(JSON.write(report)));
    assertEquals(report, JSON.read(JSON.writePretty(report)));
  }

  @Test
  void aFeeWhoseScaleIsTheSmallestIntIsRefused() {
    refused(withFee(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)));
    refused(withFee(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)));
    readsBack(withFee(new BigDecimal(BigInteger.ONE, -ReportJson.MAX_MONEY_SCALE)));
  }

  @Test
  void aFeeOfMoreCharactersThanANumberMayHaveIsRefused() {
    BigDecimal longest =
        new BigDecimal(new BigInteger(repeat('9', ReportJson.MAX_NUMBER_LENGTH - 2)), 2).negate();
    assertEquals(ReportJson.MAX_NUMBER_LENGTH, longest.toString().length());
    readsBack(withFee(longest));
    refused(withFee(new BigDecimal(repeat('9', ReportJson.MAX_NUMBER_LENGTH + 1))));
    refused(withFee(new BigDecimal(new BigInteger(repeat('9', 70)), 3)));
  }

  @Test
  void textsThatTogetherExceedTheDocumentLimitAreRefused() {
    String most = repeat('a', ReportJson.MAX_STRING_LENGTH);
    AnnualReport four =
        AnnualReport.builder()
            .from(REAL)
            .organ(most)
            .overview(most)
            .problemsAndImprovements(most)
            .otherMatters(most)
            .build();
    refused(four);
    // Each fits the string limit; escaped, quotes take twice the room and controls six times.
    String quotes = repeat('"', ReportJson.MAX_STRING_LENGTH);
    refused(AnnualReport.builder().from(REAL).overview(quotes).otherMatters(quotes).build());
    String controls = repeat('\u0001', 3_000_000);
    refused(AnnualReport.builder().from(REAL).overview(controls).build());
    // At the edge of what is allowed, the pretty document still reads back.
    int room =
        ReportJson.MAX_DOCUMENT_LENGTH
            - Writability.SKELETON
            - (int) Writability.escapedLength(REAL.organ());
    String third = repeat('政', room / 4);
    AnnualReport edge =
        AnnualReport.builder()
            .from(REAL)
            .overview(third)
            .problemsAndImprovements(third)
            .otherMatters(
                repeat('x', room - 2 * (room / 4) - 3 * (room / 8)) + repeat('"', room / 8))
            .build();
    readsBack(edge);
  }
}
