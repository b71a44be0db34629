package io.github.xxgk.report.bench;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.Applications;
import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.DocumentCounts;
import io.github.xxgk.report.model.NotDisclosed;
import io.github.xxgk.report.model.NotProcessed;
import io.github.xxgk.report.model.OtherHandling;
import io.github.xxgk.report.model.Outcomes;
import io.github.xxgk.report.model.ProactiveDisclosure;
import io.github.xxgk.report.model.ReconsiderationAndLitigation;
import io.github.xxgk.report.model.UnableToProvide;
import io.github.xxgk.report.validation.ReportValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor of validation: every one of the 200 cells must be read at least once, so reading and
 * summing them all is the least any check of a report can cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CellReadBenchmark {
  private final AnnualReport report = LinfenYaodu2024.report();
  private final List<Cell> cells = FormCells.all();

  /** Fails the run if the straight-line arithmetic disagrees with the validator. */
  @Setup
  public void check() {
    AnnualReport invalid = ValidationBenchmark.misstated(report);
    if (!ArithmeticFloor.holds(report)
        || ArithmeticFloor.holds(invalid)
        || !ReportValidator.standard().validate(report).isValid()) {
      throw new IllegalStateException("ArithmeticFloor disagrees with the validator");
    }
  }

  /**
   * The floor of the arithmetic itself: every cell read once, its sign checked, and the 42
   * equations summed term by term in straight-line code, with nothing as data.
   */
  @Benchmark
  public boolean checkTheArithmeticInStraightLineCode() {
    return ArithmeticFloor.holds(report);
  }

  /** Reads every count cell through the catalogue and the fee through the model. */
  @Benchmark
  public long readAllCellsThroughTheCatalogue() {
    long sum = 0;
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (!cell.isMoney()) {
        sum += cell.count(report);
      }
    }
    return sum + report.proactiveDisclosure().fees().amountWanYuan().signum();
  }

  /** Reads every cell through the model's accessors, written out by hand. */
  @Benchmark
  public long readAllCellsThroughTheAccessors() {
    ProactiveDisclosure disclosure = report.proactiveDisclosure();
    long sum =
        documents(disclosure.regulations())
            + documents(disclosure.normativeDocuments())
            + disclosure.licensing().decisions()
            + disclosure.punishment().decisions()
            + disclosure.coercion().decisions()
            + disclosure.fees().amountWanYuan().signum();
    Applications applications = report.applications();
    Outcomes outcomes = applications.outcomes();
    NotDisclosed notDisclosed = outcomes.notDisclosed();
    UnableToProvide unable = outcomes.unableToProvide();
    NotProcessed notProcessed = outcomes.notProcessed();
    OtherHandling other = outcomes.otherHandling();
    sum +=
        row(applications.newlyReceived())
            + row(applications.carriedOverFromPreviousYear())
            + row(outcomes.disclosed())
            + row(outcomes.partiallyDisclosed())
            + row(notDisclosed.stateSecret())
            + row(notDisclosed.prohibitedByLaw())
            + row(notDisclosed.securityAndStability())
            + row(notDisclosed.thirdPartyRights())
            + row(notDisclosed.internalAffairs())
            + row(notDisclosed.processInformation())
            + row(notDisclosed.enforcementCaseFiles())
            + row(notDisclosed.administrativeInquiries())
            + row(unable.notHeld())
            + row(unable.requiresCreation())
            + row(unable.unclearAfterCorrection())
            + row(notProcessed.petitionsAndComplaints())
            + row(notProcessed.repeatedApplications())
            + row(notProcessed.publicPublications())
            + row(notProcessed.excessiveApplications())
            + row(notProcessed.confirmationRequests())
            + row(other.correctionOverdue())
            + row(other.feeOverdue())
            + row(other.other())
            + row(outcomes.total())
            + row(applications.carriedOverToNextYear());
    ReconsiderationAndLitigation cases = report.reconsiderationAndLitigation();
    return sum
        + cases(cases.reconsideration())
        + cases(cases.litigationWithoutReconsideration())
        + cases(cases.litigationAfterReconsideration());
  }

  private static long documents(DocumentCounts documents) {
    return (long) documents.issued() + documents.repealed() + documents.inForce();
  }

  private static long row(ApplicantCounts row) {
    return row.computedTotal() + row.total();
  }

  private static long cases(CaseResults results) {
    return results.computedTotal() + results.total();
  }
}
