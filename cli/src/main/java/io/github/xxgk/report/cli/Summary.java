package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Problem;
import java.util.Map;
import java.util.TreeMap;

/** The counts of a whole run: inputs, records, reports, and findings per rule. */
final class Summary {
  long inputs;
  long unreadableInputs;
  long records;
  long reports;
  long validReports;
  long invalidReports;

  /** Records that were not reports: syntax, types, limits. */
  long notReports;

  /** Reports checked against last year's report of their organ, and whether any was given. */
  long withPrevious;

  boolean previousGiven;

  /** Findings per rule id; the rule ids are the tool's and the validator's, a bounded set. */
  final Map<String, Long> rules = new TreeMap<>();

  int exitStatus;

  void add(FileTally file) {
    inputs++;
    if (file.notReport() || file.internalFailure) {
      unreadableInputs++;
    }
    records += file.records;
    reports += file.reports;
    validReports += file.validReports;
    invalidReports += file.reports - file.validReports;
    exitStatus = Math.max(exitStatus, file.exitStatus());
  }

  void count(Problem problem) {
    Long count = rules.get(problem.ruleId());
    rules.put(problem.ruleId(), count == null ? 1L : count + 1);
  }
}
