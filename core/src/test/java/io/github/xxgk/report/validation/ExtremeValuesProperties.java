package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Reports whose cells are anywhere in {@code int}, the edges most often: every equation of the form
 * that fails is reported once, with the stated value and the sum that BigInteger arithmetic gives,
 * and no equation that holds is reported. {@link ExtremeValuesTest} has the all-MIN and all-MAX
 * reports; this covers mixtures, where a sum in {@code int} would wrap.
 */
class ExtremeValuesProperties {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Provide
  Arbitrary<int[]> cells() {
    Arbitrary<Integer> value =
        Arbitraries.frequencyOf(
            Tuple.of(
                3,
                Arbitraries.of(
                    Integer.MIN_VALUE,
                    Integer.MAX_VALUE,
                    Integer.MIN_VALUE + 1,
                    Integer.MAX_VALUE - 1,
                    -1,
                    0,
                    1)),
            Tuple.of(3, Arbitraries.integers()),
            Tuple.of(2, Arbitraries.integers().between(-3, 30)));
    return value.array(int[].class).ofSize(FormCells.SIZE);
  }

  private static AnnualReport report(int[] cells) {
    return Reports.fromCells(
        AnnualReport.builder().from(LinfenYaodu2024.report()), cells, BigDecimal.ZERO);
  }

  private static List<String> reference(AnnualReport report) {
    List<String> expected = new ArrayList<>();
    for (Equation equation : Rules.equations()) {
      BigInteger sum = BigInteger.ZERO;
      for (Equation.Term term : equation.terms()) {
        sum =
            sum.add(
                BigInteger.valueOf(term.coefficient())
                    .multiply(BigInteger.valueOf(term.cell().count(report))));
      }
      BigInteger stated = BigInteger.valueOf(equation.stated().count(report));
      if (!stated.equals(sum)) {
        expected.add(
            equation.ruleId() + " " + equation.stated().pointer() + " " + stated + " " + sum);
      }
    }
    Collections.sort(expected);
    return expected;
  }

  private static List<String> equationViolations(ValidationResult result) {
    Set<String> equationRules = new HashSet<>();
    for (Equation equation : Rules.equations()) {
      equationRules.add(equation.ruleId());
    }
    List<String> actual = new ArrayList<>();
    for (Problem violation : result.violations()) {
      if (equationRules.contains(violation.ruleId())) {
        actual.add(
            violation.ruleId()
                + " "
                + violation.pointer()
                + " "
                + violation.stated().get().toBigIntegerExact()
                + " "
                + violation.computed().get().toBigIntegerExact());
      }
    }
    Collections.sort(actual);
    return actual;
  }

  @Property(tries = 500)
  void equationsAgreeWithBigIntegerArithmetic(@ForAll("cells") int[] cells) {
    AnnualReport report = report(cells);
    ValidationResult result = VALIDATOR.validate(report);
    assertEquals(reference(report), equationViolations(result));
    for (Problem violation : result.violations()) {
      assertFalse(violation.message(Locale.CHINESE).isEmpty(), violation::toString);
      assertFalse(violation.message(Locale.ENGLISH).isEmpty(), violation::toString);
    }
  }

  @Property(tries = 200)
  void twoExtremeYearsNeitherThrowNorDisagree(
      @ForAll("cells") int[] last, @ForAll("cells") int[] current) {
    AnnualReport previous = report(last);
    AnnualReport report = report(current);
    ValidationResult result = VALIDATOR.validate(previous, report);
    assertEquals(reference(report), equationViolations(result));
    for (Problem violation : result.byRule(Rules.CARRY_OVER_CONTINUITY)) {
      assertFalse(violation.stated().get().equals(violation.computed().get()), violation::toString);
    }
  }
}
