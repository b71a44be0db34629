package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A report that breaks known rules: a valid report with one named defect applied. {@link
 * #brokenRules()} is exact: {@code ReportValidator.standard()} reports an ERROR for each of these
 * rule ids and for no other.
 */
public final class InvalidReport {
  private final AnnualReport report;
  private final SortedSet<String> brokenRules;
  private final String defect;

  /**
   * An invalid report: the report with its defect, the ids of the rules whose ERRORs the defect
   * causes (at least one), and what was changed, for people.
   */
  public InvalidReport(AnnualReport report, Set<String> brokenRules, String defect) {
    this.report = Objects.requireNonNull(report, "report");
    this.brokenRules = Collections.unmodifiableSortedSet(new TreeSet<>(brokenRules));
    this.defect = Objects.requireNonNull(defect, "defect");
    if (this.brokenRules.isEmpty()) {
      throw new IllegalArgumentException("an invalid report breaks at least one rule: " + defect);
    }
  }

  /** The report with its defect. */
  public AnnualReport report() {
    return report;
  }

  /**
   * The ids of exactly the rules reported as ERROR for this report, sorted: an unmodifiable set,
   * never empty.
   */
  public SortedSet<String> brokenRules() {
    return brokenRules;
  }

  /** What the defect changed, for people, naming cells by their JSON Pointer. */
  public String defect() {
    return defect;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof InvalidReport)) {
      return false;
    }
    InvalidReport that = (InvalidReport) other;
    return report.equals(that.report)
        && brokenRules.equals(that.brokenRules)
        && defect.equals(that.defect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, brokenRules, defect);
  }

  @Override
  public String toString() {
    return "InvalidReport{brokenRules="
        + brokenRules
        + ", defect="
        + defect
        + ", report="
        + report
        + "}";
  }
}
