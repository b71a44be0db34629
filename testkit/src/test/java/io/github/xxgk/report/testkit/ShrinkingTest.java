package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.model.AnnualReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs failing properties in-process and checks where jqwik's shrinking of valid reports ends. */
class ShrinkingTest {
  @Test
  void aPropertyFailingForEveryReportShrinksToTheAllZeroReport() {
    AnnualReport shrunk = shrunkReport("everyReportFails");
    for (Cell cell : FormCells.all()) {
      assertEquals(0, cell.amount(shrunk).signum(), cell.pointer());
    }
    assertEquals(ReportFixtures.zero(), shrunk);
  }

  @Test
  void aPropertyFailingFromTenApplicationsShrinksToASmallReport() {
    AnnualReport shrunk = shrunkReport("failsFromTenApplications");
    int received = shrunk.applications().newlyReceived().total();
    assertTrue(received >= 10 && received <= 12, "received " + received);
    for (FormTable table :
        new FormTable[] {
          FormTable.PROACTIVE_DISCLOSURE, FormTable.RECONSIDERATION_AND_LITIGATION
        }) {
      for (Cell cell : FormCells.of(table)) {
        assertEquals(0, cell.amount(shrunk).signum(), cell.pointer());
      }
    }
    assertEquals(0, shrunk.applications().carriedOverFromPreviousYear().total());
    assertEquals(2021, shrunk.year());
  }

  private static AnnualReport shrunkReport(String property) {
    List<Event> failures =
        EngineTestKit.engine("jqwik")
            .selectors(
                selectMethod(ShrinkingSpecimens.class, property, AnnualReport.class.getName()))
            .execute()
            .testEvents()
            .failed()
            .list();
    assertEquals(1, failures.size(), property + " should fail once");
    Throwable thrown =
        failures.get(0).getPayload(TestExecutionResult.class).get().getThrowable().get();
    assertTrue(thrown instanceof ShrinkingSpecimens.Falsified, thrown.toString());
    return ((ShrinkingSpecimens.Falsified) thrown).report;
  }
}
