package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reports at the limits of int: the validator neither throws nor overflows. */
class ExtremeValuesTest {

  private static AnnualReport everyCell(int value, int year) {
    int[] cells = new int[FormCells.SIZE];
    Arrays.fill(cells, value);
    return Reports.fromCells(
        AnnualReport.builder()
            .from(LinfenYaodu2024.report())
            .year(year)
            .publishedOn(LocalDate.of(2025, 1, 13)),
        cells,
        new BigDecimal(value).scaleByPowerOfTen(10));
  }

  private static BigDecimal times(long factor, int value) {
    return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor));
  }

  private static void assertOnly(
      ValidationResult result,
      String ruleId,
      String pointer,
      BigDecimal stated,
      BigDecimal computed) {
    Problem v =
        result.byPointer().get(pointer).stream()
            .filter(x -> x.ruleId().equals(ruleId))
            .findFirst()
            .get();
    assertEquals(stated, v.stated().get(), pointer);
    assertEquals(computed, v.computed().get(), pointer);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MAX_VALUE, Integer.MIN_VALUE})
  void everyCellAtTheLimit(int value) {
    ReportValidator validator = ReportValidator.standard();
    for (int year : new int[] {Integer.MIN_VALUE, 2024, Integer.MAX_VALUE}) {
      AnnualReport report = everyCell(value, year);
      ValidationResult result = validator.validate(report);
      ValidationResult twoYears = validator.validate(everyCell(-value - 1, year), report);
      assertFalse(result.isValid());
      assertFalse(twoYears.isValid());
      for (Problem violation : twoYears.violations()) {
        // Every message renders in both languages.
        assertFalse(violation.message(Language.ZH).isEmpty());
        assertFalse(violation.message(Locale.ENGLISH).isEmpty());
      }
    }
    ValidationResult result = validator.validate(everyCell(value, 2024));
    BigDecimal v = BigDecimal.valueOf(value);
    // Six applicant columns in a row, 21 outcome rows in a column, four results in a group.
    assertOnly(
        result,
        Rules.APPLICATIONS_ROW_TOTAL,
        "/applications/newlyReceived/total",
        v,
        times(6, value));
    assertOnly(
        result,
        Rules.APPLICATIONS_OUTCOME_TOTAL,
        "/applications/outcomes/total/total",
        v,
        times(21, value));
    assertOnly(
        result,
        Rules.RECONSIDERATION_TOTAL,
        "/reconsiderationAndLitigation/reconsideration/total",
        v,
        times(4, value));
    // v + v - v = v: the balance holds.
    assertTrue(result.byRule(Rules.APPLICATIONS_BALANCE).isEmpty());
    assertEquals(value < 0 ? FormCells.SIZE : 0, result.byRule(Rules.NON_NEGATIVE).size());
    assertEquals(
        25 + 7 + 1 + 2,
        result.bySeverity(Severity.ERROR).size() - result.byRule(Rules.NON_NEGATIVE).size());
  }
}
