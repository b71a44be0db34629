package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.validation.Rule;
import io.github.xxgk.report.validation.Rules;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of the catalogue has a generator or a stated reason why it has none. */
class CatalogueCoverageTest {
  @Test
  void everyRuleIsGeneratedOrListedWithAReason() {
    Set<String> covered = new HashSet<>();
    for (Rule rule : Rules.standard()) {
      String id = rule.id();
      boolean single = Defects.generable().contains(id);
      boolean sequence = YearSequences.generable().contains(id);
      String reason = Defects.notGenerable().get(id);
      assertTrue(
          single || sequence || reason != null, id + " has neither a generator nor a reason");
      assertFalse(single && sequence, id + " has two generators");
      assertTrue(reason == null || !single, id + " is generated and listed as not generable");
      if (reason != null) {
        assertFalse(reason.trim().isEmpty(), id);
      }
      if (single || sequence) {
        assertEquals(Severity.ERROR, rule.severity(), id + " breaks a report only as an ERROR");
      }
      covered.add(id);
    }
    Set<String> named = new HashSet<>(Defects.generable());
    named.addAll(YearSequences.generable());
    named.addAll(Defects.notGenerable().keySet());
    assertEquals(covered, named, "the testkit names rules that the catalogue lacks");
  }

  @Test
  void singleReportDefectsNeedNoPreviousYearAndSequenceDefectsDo() {
    for (String id : Defects.generable()) {
      assertFalse(Rules.byId(id).get().needsPreviousYear(), id);
    }
    for (String id : YearSequences.generable()) {
      assertTrue(Rules.byId(id).get().needsPreviousYear(), id);
    }
  }
}
