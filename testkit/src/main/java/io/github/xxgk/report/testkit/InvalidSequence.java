package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reports of one organ for consecutive years with one defect between two neighbouring years. Each
 * report is valid on its own; validating each year against the previous one gives an ERROR for
 * exactly the rules in {@link #brokenRules()}.
 */
public final class InvalidSequence {
  private final List<AnnualReport> reports;
  private final SortedSet<String> brokenRules;
  private final String defect;

  /**
   * A broken sequence: the reports, earliest first, the ids of the rules whose ERRORs the defect
   * causes (at least one), and what was changed, for people.
   */
  public InvalidSequence(List<AnnualReport> reports, Set<String> brokenRules, String defect) {
    this.reports = Collections.unmodifiableList(new ArrayList<>(reports));
    this.brokenRules = Collections.unmodifiableSortedSet(new TreeSet<>(brokenRules));
    this.defect = Objects.requireNonNull(defect, "defect");
    if (this.brokenRules.isEmpty()) {
      throw new IllegalArgumentException("a broken sequence breaks at least one rule: " + defect);
    }
  }

  /** The reports, earliest year first, in an unmodifiable list. */
  public List<AnnualReport> reports() {
    return reports;
  }

  /**
   * The ids of exactly the rules reported as ERROR across the sequence, sorted: an unmodifiable
   * set, never empty.
   */
  public SortedSet<String> brokenRules() {
    return brokenRules;
  }

  /** What the defect changed, for people. */
  public String defect() {
    return defect;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof InvalidSequence)) {
      return false;
    }
    InvalidSequence that = (InvalidSequence) other;
    return reports.equals(that.reports)
        && brokenRules.equals(that.brokenRules)
        && defect.equals(that.defect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reports, brokenRules, defect);
  }

  @Override
  public String toString() {
    return "InvalidSequence{brokenRules="
        + brokenRules
        + ", defect="
        + defect
        + ", reports="
        + reports
        + "}";
  }
}
