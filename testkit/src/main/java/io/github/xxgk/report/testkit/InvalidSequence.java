package io.github.xxgk.report.testkit;

import io.github.xxgk.report.model.AnnualReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Reports of one organ for consecutive years with one defect between two neighbouring years. Each
 * report is valid on its own; validating each year against the previous one gives an ERROR for
 * exactly the rules in {@link #brokenRules()}.
 */
public final class InvalidSequence extends KnownDefect {
  private final List<AnnualReport> reports;

  /**
   * A broken sequence: the reports, earliest first, the ids of the rules whose ERRORs the defect
   * causes (at least one), and what was changed, for people.
   */
  public InvalidSequence(List<AnnualReport> reports, Set<String> brokenRules, String defect) {
    super(brokenRules, defect, "a broken sequence");
    this.reports = Collections.unmodifiableList(new ArrayList<>(reports));
  }

  /** The reports, earliest year first, in an unmodifiable list. */
  public List<AnnualReport> reports() {
    return reports;
  }

  @Override
  Object subject() {
    return reports;
  }

  @Override
  String subjectName() {
    return "reports";
  }
}
