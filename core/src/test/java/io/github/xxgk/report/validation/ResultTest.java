package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.Reports.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ResultTest {
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  /** A report with faults of many rules, several at one cell. */
  private static AnnualReport messy() {
    Map<Cell, Integer> changes = new HashMap<>();
    changes.put(cell("/applications/outcomes/total/total"), -5);
    changes.put(cell("/applications/newlyReceived/naturalPerson"), 20);
    changes.put(cell("/reconsiderationAndLitigation/litigationAfterReconsideration/upheld"), 3);
    return AnnualReport.builder()
        .from(Reports.with(REAL, changes))
        .organ(" ")
        .publishedOn(LocalDate.of(2025, 5, 1))
        .otherMatters("无。")
        .build();
  }

  private static int indexOf(ReportValidator validator, String ruleId) {
    List<Rule> rules = validator.rules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    throw new AssertionError(ruleId);
  }

  @Test
  void violationsAreOrderedByRuleThenByCellAndTheOrderIsStable() {
    ReportValidator validator = ReportValidator.standard();
    ValidationResult result = validator.validate(messy());
    assertEquals(result.violations(), validator.validate(messy()).violations());
    List<Problem> violations = result.violations();
    for (int i = 1; i < violations.size(); i++) {
      Problem a = violations.get(i - 1);
      Problem b = violations.get(i);
      int ruleA = indexOf(validator, a.ruleId());
      int ruleB = indexOf(validator, b.ruleId());
      assertTrue(ruleA <= ruleB, a + " before " + b);
      if (ruleA == ruleB
          && FormCells.byPointer(a.pointer()).isPresent()
          && FormCells.byPointer(b.pointer()).isPresent()) {
        assertTrue(
            FormCells.byPointer(a.pointer()).get().compareTo(FormCells.byPointer(b.pointer()).get())
                < 0,
            a + " before " + b);
      }
    }
  }

  @Test
  void filtersAndGroups() {
    ValidationResult result = ReportValidator.standard().validate(messy());
    assertFalse(result.isValid());
    int total = 0;
    for (Severity severity : Severity.values()) {
      for (Problem violation : result.bySeverity(severity)) {
        assertEquals(severity, violation.severity());
      }
      total += result.bySeverity(severity).size();
    }
    assertEquals(result.violations().size(), total);
    assertEquals(1, result.bySeverity(Severity.INFO).size());
    for (Problem violation : result.byRule(Rules.APPLICATIONS_BALANCE)) {
      assertEquals(Rules.APPLICATIONS_BALANCE, violation.ruleId());
    }
    assertEquals(2, result.byRule(Rules.APPLICATIONS_BALANCE).size());
    assertTrue(result.byRule("NO-SUCH-RULE").isEmpty());

    Map<String, List<Problem>> byPointer = result.byPointer();
    List<String> atTotal = new ArrayList<>();
    for (Problem violation : byPointer.get("/applications/outcomes/total/total")) {
      atTotal.add(violation.ruleId());
    }
    assertEquals(
        java.util.Arrays.asList(
            Rules.APPLICATIONS_ROW_TOTAL,
            Rules.APPLICATIONS_OUTCOME_TOTAL,
            Rules.APPLICATIONS_BALANCE,
            Rules.NON_NEGATIVE),
        atTotal);
    int grouped = 0;
    for (List<Problem> group : byPointer.values()) {
      grouped += group.size();
    }
    assertEquals(result.violations().size(), grouped);
    assertThrows(UnsupportedOperationException.class, () -> result.violations().clear());
  }

  @Test
  void validatorsCanBeSharedBetweenThreads() throws Exception {
    ReportValidator validator = ReportValidator.standard();
    List<AnnualReport> reports = new ArrayList<>();
    List<ValidationResult> sequential = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      AnnualReport report = Reports.with(REAL, FormCells.all().get(i * 5), i - 20);
      reports.add(report);
      sequential.add(validator.validate(report));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Problem>>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (AnnualReport report : reports) {
          futures.add(pool.submit(() -> validator.validate(report).violations()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % reports.size()).violations(), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
