package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import java.util.Objects;
import java.util.Set;

/**
 * A report that breaks known rules: a valid report with one named defect applied. {@link
 * #brokenRules()} is exact: {@code ReportValidator.standard()} reports an ERROR for each of these
 * rule ids and for no other.
 */
public final class InvalidReport extends KnownDefect {
  private final AnnualReport report;

  /**
   * An invalid report: the report with its defect, the ids of the rules whose ERRORs the defect
   * causes (at least one), and what was changed, for people.
   */
  public InvalidReport(AnnualReport report, Set<String> brokenRules, String defect) {
    super(brokenRules, defect, "an invalid report");
    this.report = Objects.requireNonNull(report, "report");
  }

  /** The report with its defect. */
  public AnnualReport report() {
    return report;
  }

  @Override
  Object subject() {
    return report;
  }

  @Override
  String subjectName() {
    return "report";
  }
}
