package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  @Test
  void idsAreUniqueWellFormedAndDocumented() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rules.standard()) {
      assertTrue(ids.add(rule.id()), rule.id());
      assertTrue(rule.id().matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*"), rule.id());
      for (Language language : Language.values()) {
        assertFalse(rule.title(language).trim().isEmpty(), rule.id());
        assertFalse(rule.basis(language).trim().isEmpty(), rule.id());
      }
      assertEquals(Stage.VALIDATION, rule.stage());
      assertFalse(rule.withholdsReport(), rule.id());
      assertSame(rule, Catalogue.find(rule.id()).get());
      assertTrue(rule.isStandard());
      assertEquals(rule, Rules.byId(rule.id()).get());
    }
    assertFalse(Rules.byId("NO-SUCH-RULE").isPresent());
  }

  @Test
  void theContractsRuleIdsAndSeveritiesAreThere() {
    String[] errors = {
      "APPLICATIONS-ROW-TOTAL",
      "APPLICATIONS-OUTCOME-TOTAL",
      "APPLICATIONS-BALANCE",
      "RECONSIDERATION-TOTAL",
      "LITIGATION-TOTAL",
      "NON-NEGATIVE",
      "CARRY-OVER-CONTINUITY"
    };
    for (String id : errors) {
      assertEquals(Severity.ERROR, Rules.byId(id).get().severity(), id);
    }
    assertTrue(Rules.byId("CARRY-OVER-CONTINUITY").get().needsPreviousYear());
    assertFalse(Rules.byId("APPLICATIONS-BALANCE").get().needsPreviousYear());
  }

  @Test
  void theEquationsCoverTheFormOnceEach() {
    Map<String, Integer> perRule = new LinkedHashMap<>();
    for (Equation equation : Rules.equations()) {
      perRule.merge(equation.ruleId(), 1, Integer::sum);
      assertEquals(
          equation.cells().size(), new HashSet<>(equation.cells()).size(), equation.toString());
      assertTrue(equation.stated().isTotal(), equation.toString());
      assertEquals(Severity.ERROR, Rules.byId(equation.ruleId()).get().severity());
    }
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put(Rules.APPLICATIONS_ROW_TOTAL, 25);
    expected.put(Rules.APPLICATIONS_OUTCOME_TOTAL, 7);
    expected.put(Rules.APPLICATIONS_BALANCE, 7);
    expected.put(Rules.RECONSIDERATION_TOTAL, 1);
    expected.put(Rules.LITIGATION_TOTAL, 2);
    assertEquals(expected, perRule);
    // Every cell of tables 三 and 四 takes part in some equation; table 二 has none.
    for (Cell cell : FormCells.all()) {
      boolean used = false;
      for (Equation equation : Rules.equations()) {
        used |= equation.contains(cell);
      }
      assertEquals(
          cell.table() != io.github.xxgk.report.form.FormTable.PROACTIVE_DISCLOSURE,
          used,
          cell.pointer());
    }
  }
}
