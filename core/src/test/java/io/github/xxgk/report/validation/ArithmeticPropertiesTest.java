package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.ApplicantSums;
import io.github.xxgk.report.model.Applications;
import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.DocumentCounts;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.model.ProactiveDisclosure;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of the arithmetic rules, over generated reports. */
class ArithmeticPropertiesTest {
  // Random cells contradict the real narrative's figures and give 规章 to a district office; those
  // rules are tested in NarrativeRulesTest, this test is about the arithmetic.
  private static final ReportValidator VALIDATOR =
      ReportValidator.builder()
          .disable(Rules.NARRATIVE_TABLE_MISMATCH)
          .disable(Rules.NARRATIVE_PERCENTAGE)
          .disable(Rules.FEE_ROW_WITHOUT_FEE_TEXT)
          .disable(Rules.REGULATIONS_WITHOUT_POWER)
          .build();

  @Provide
  Arbitrary<AnnualReport> consistentReports() {
    Arbitrary<int[]> free =
        Arbitraries.integers().between(0, 500).array(int[].class).ofSize(Reports.FREE);
    Arbitrary<BigDecimal> fee =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999.99")).ofScale(2);
    Arbitrary<Integer> year = Arbitraries.integers().between(2021, 2100);
    Arbitrary<Optional<OrganKind>> kind = Arbitraries.of(OrganKind.class).optional();
    Arbitrary<Integer> dayOfJanuary = Arbitraries.integers().between(1, 31);
    return Combinators.combine(free, fee, year, kind, dayOfJanuary)
        .as(
            (cells, amount, y, k, day) ->
                Reports.fromCells(
                    AnnualReport.builder()
                        .from(LinfenYaodu2024.report())
                        .year(y)
                        .organKind(k)
                        .publishedOn(LocalDate.of(y + 1, 1, day)),
                    Reports.consistentCells(cells),
                    amount));
  }

  @Property
  void aReportWhoseTotalsAreComputedHasNoError(@ForAll("consistentReports") AnnualReport report) {
    ValidationResult result = VALIDATOR.validate(report);
    assertTrue(result.bySeverity(Severity.ERROR).isEmpty(), result.toString());
    assertTrue(result.isValid());
  }

  /**
   * Changing one cell by d breaks exactly the equations that contain it, each located at its stated
   * cell; and adds NON-NEGATIVE when the cell went below zero. The expected numbers follow from the
   * report having balanced before the change.
   */
  @Property
  void changingOneCellBreaksExactlyTheEquationsThatContainIt(
      @ForAll("consistentReports") AnnualReport report,
      @ForAll @IntRange(min = 0, max = FormCells.SIZE - 1) int index,
      @ForAll @IntRange(min = -1000, max = 1000) int d) {
    if (d == 0) {
      d = 1;
    }
    Cell cell = FormCells.all().get(index);
    AnnualReport changed;
    boolean negative;
    if (cell.isMoney()) {
      BigDecimal fee = cell.amount(report).add(BigDecimal.valueOf(d));
      changed = Reports.withFee(report, fee);
      negative = fee.signum() < 0;
    } else {
      int value = cell.count(report) + d;
      changed = Reports.with(report, cell, value);
      negative = value < 0;
    }

    List<String> expected = new ArrayList<>();
    for (Equation equation : Rules.equations()) {
      if (!equation.contains(cell)) {
        continue;
      }
      long before = equation.stated().count(report);
      long stated = equation.stated() == cell ? before + d : before;
      long computed = before;
      for (Equation.Term term : equation.terms()) {
        if (term.cell() == cell) {
          computed += (long) term.coefficient() * d;
        }
      }
      expected.add(
          equation.ruleId() + " " + equation.stated().pointer() + " " + stated + " " + computed);
    }
    if (negative) {
      expected.add(
          Rules.NON_NEGATIVE
              + " "
              + cell.pointer()
              + " "
              + cell.amount(changed).toPlainString()
              + " -");
    }

    List<String> actual = new ArrayList<>();
    for (Problem violation : VALIDATOR.validate(changed).bySeverity(Severity.ERROR)) {
      actual.add(
          violation.ruleId()
              + " "
              + violation.pointer()
              + " "
              + violation.stated().get().toPlainString()
              + " "
              + violation.computed().map(BigDecimal::toPlainString).orElse("-"));
    }
    Collections.sort(expected);
    Collections.sort(actual);
    assertEquals(expected, actual);
  }

  @Provide
  Arbitrary<AnnualReport> arbitraryReports() {
    // Small values, so that some totals happen to be right and some cells negative.
    Arbitrary<int[]> cells =
        Arbitraries.integers().between(-2, 4).array(int[].class).ofSize(FormCells.SIZE);
    Arbitrary<BigDecimal> fee =
        Arbitraries.bigDecimals().between(new BigDecimal("-1"), BigDecimal.ONE).ofScale(1);
    return Combinators.combine(cells, fee)
        .as(
            (values, amount) ->
                Reports.fromCells(
                    AnnualReport.builder().from(LinfenYaodu2024.report()), values, amount));
  }

  /** The arithmetic errors agree with a plain computation through the model's accessors. */
  @Property
  void agreesWithAPlainReferenceComputation(@ForAll("arbitraryReports") AnnualReport report) {
    List<String> expected = reference(report);
    List<String> actual = new ArrayList<>();
    for (Problem violation : VALIDATOR.validate(report).violations()) {
      actual.add(
          violation.ruleId()
              + " "
              + violation.pointer()
              + " "
              + violation.stated().get().toPlainString()
              + " "
              + violation.computed().map(BigDecimal::toPlainString).orElse("-"));
    }
    Collections.sort(expected);
    Collections.sort(actual);
    assertEquals(expected, actual);
  }

  private static final String[] COLUMNS = {
    "naturalPerson",
    "commercialEnterprise",
    "researchInstitution",
    "socialWelfareOrganization",
    "legalServiceAgency",
    "otherOrganization",
    "total"
  };

  private static long[] columns(ApplicantCounts row) {
    return new long[] {
      row.naturalPerson(),
      row.commercialEnterprise(),
      row.researchInstitution(),
      row.socialWelfareOrganization(),
      row.legalServiceAgency(),
      row.otherOrganization(),
      row.total()
    };
  }

  private static long[] columns(ApplicantSums row) {
    return new long[] {
      row.naturalPerson(),
      row.commercialEnterprise(),
      row.researchInstitution(),
      row.socialWelfareOrganization(),
      row.legalServiceAgency(),
      row.otherOrganization(),
      row.total()
    };
  }

  private static List<String> reference(AnnualReport report) {
    List<String> found = new ArrayList<>();
    Applications applications = report.applications();
    List<ApplicantCounts> rows = applications.rows();
    ApplicationRow[] names = ApplicationRow.values();
    for (int r = 0; r < rows.size(); r++) {
      ApplicantCounts row = rows.get(r);
      String pointer = "/applications" + names[r].pointer();
      if (row.total() != row.computedTotal()) {
        found.add(
            "APPLICATIONS-ROW-TOTAL "
                + pointer
                + "/total "
                + row.total()
                + " "
                + row.computedTotal());
      }
      long[] values = columns(row);
      for (int c = 0; c < 7; c++) {
        if (values[c] < 0) {
          found.add("NON-NEGATIVE " + pointer + "/" + COLUMNS[c] + " " + values[c] + " -");
        }
      }
    }
    long[] stated = columns(applications.outcomes().total());
    long[] sums = columns(applications.outcomes().computedTotal());
    long[] newly = columns(applications.newlyReceived());
    long[] from = columns(applications.carriedOverFromPreviousYear());
    long[] to = columns(applications.carriedOverToNextYear());
    // The computed sum of the total column adds the rows' stated totals, as the equation does.
    for (int c = 0; c < 7; c++) {
      String pointer = "/applications/outcomes/total/" + COLUMNS[c];
      if (stated[c] != sums[c]) {
        found.add("APPLICATIONS-OUTCOME-TOTAL " + pointer + " " + stated[c] + " " + sums[c]);
      }
      long balance = newly[c] + from[c] - to[c];
      if (stated[c] != balance) {
        found.add("APPLICATIONS-BALANCE " + pointer + " " + stated[c] + " " + balance);
      }
    }
    for (CaseGroup group : CaseGroup.values()) {
      CaseResults results = group.read(report.reconsiderationAndLitigation());
      String pointer = "/reconsiderationAndLitigation" + group.pointer();
      if (results.total() != results.computedTotal()) {
        found.add(
            (group.isLitigation() ? "LITIGATION-TOTAL " : "RECONSIDERATION-TOTAL ")
                + pointer
                + "/total "
                + results.total()
                + " "
                + results.computedTotal());
      }
      int[] values = {
        results.upheld(), results.corrected(), results.other(), results.pending(), results.total()
      };
      String[] keys = {"upheld", "corrected", "other", "pending", "total"};
      for (int c = 0; c < values.length; c++) {
        if (values[c] < 0) {
          found.add("NON-NEGATIVE " + pointer + "/" + keys[c] + " " + values[c] + " -");
        }
      }
    }
    ProactiveDisclosure disclosure = report.proactiveDisclosure();
    documents(found, "regulations", disclosure.regulations());
    documents(found, "normativeDocuments", disclosure.normativeDocuments());
    decisions(found, "licensing/decisions", disclosure.licensing().decisions());
    decisions(found, "punishment/decisions", disclosure.punishment().decisions());
    decisions(found, "coercion/decisions", disclosure.coercion().decisions());
    BigDecimal fee = disclosure.fees().amountWanYuan();
    if (fee.signum() < 0) {
      found.add(
          "NON-NEGATIVE /proactiveDisclosure/fees/amountWanYuan " + fee.toPlainString() + " -");
    }
    return found;
  }

  private static void documents(List<String> found, String item, DocumentCounts counts) {
    String pointer = "/proactiveDisclosure/" + item;
    decisions(found, item + "/issued", counts.issued());
    decisions(found, item + "/repealed", counts.repealed());
    decisions(found, item + "/inForce", counts.inForce());
    long net = (long) counts.issued() - counts.repealed();
    if (counts.inForce() < net) {
      found.add("IN-FORCE-PLAUSIBILITY " + pointer + "/inForce " + counts.inForce() + " " + net);
    }
  }

  private static void decisions(List<String> found, String path, int value) {
    if (value < 0) {
      found.add("NON-NEGATIVE /proactiveDisclosure/" + path + " " + value + " -");
    }
  }
}
