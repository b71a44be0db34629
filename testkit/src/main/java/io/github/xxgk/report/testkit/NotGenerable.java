package io.github.xxgk.report.testkit;

import io.github.xxgk.report.validation.Rules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of the standard catalogue that {@link Defects} does not break, each with the reason: a
 * WARNING or INFO does not make a report invalid, an ERROR that compares two years is broken by
 * {@link YearSequences} instead, and the validator's own failure has no report meant to cause it.
 * Words only, kept apart from the defects, which are code.
 */
final class NotGenerable {
  /** Rule id to reason; unmodifiable. */
  static final Map<String, String> REASONS;

  static {
    Map<String, String> reasons = new LinkedHashMap<>();
    String warning =
        "; a WARNING or INFO does not make a report invalid. Valid reports are generated free of it,"
            + " which the testkit's own tests check";
    reasons.put(Rules.PUBLICATION_DEADLINE, "a late report" + warning);
    reasons.put(Rules.SECTION_MISSING, "a missing narrative section" + warning);
    reasons.put(
        Rules.INFORMATION_FEE_NOT_STATED, "silence on the information processing fee" + warning);
    reasons.put(Rules.IN_FORCE_PLAUSIBILITY, "too few documents in force" + warning);
    String marks =
        " a WARNING or INFO, not a defect: ReportGenerator.published and"
            + " ReportArbitraries.publishedReports give valid reports with marked cells. A marked cell"
            + " that holds a number cannot be built (AnnualReport.build() refuses it)";
    reasons.put(Rules.CELL_BLANK, "cells printed empty:" + marks);
    reasons.put(Rules.CELL_NOT_APPLICABLE, "cells printed as not applicable:" + marks);
    reasons.put(
        Rules.YEARS_NOT_CONSECUTIVE,
        "compares two reports: see YearSequences.broken and ReportArbitraries.brokenConsecutiveYears");
    reasons.put(
        Rules.CARRY_OVER_CONTINUITY,
        "compares two reports: see YearSequences.broken and ReportArbitraries.brokenConsecutiveYears");
    reasons.put(
        Rules.ORGAN_NAME_CHANGED,
        "compares two reports, and is a WARNING; consecutive valid years keep the organ's name");
    reasons.put(
        Rules.IN_FORCE_CONTINUITY,
        "compares two reports, and is a WARNING; consecutive valid years continue the documents in force");
    reasons.put(
        Rules.NARRATIVE_TABLE_MISMATCH,
        "a WARNING: NarrativeDefects.changeOneFigure changes one figure that section \u4e00 states, which"
            + " the testkit's own tests check is found, and no other");
    reasons.put(Rules.NARRATIVE_PERCENTAGE, "a stated percentage" + warning);
    reasons.put(Rules.FEE_ROW_WITHOUT_FEE_TEXT, "silence on the fee beside a fee row" + warning);
    reasons.put(Rules.FEE_UNIT, "a fee below one yuan" + warning);
    reasons.put(
        Rules.REGULATIONS_WITHOUT_POWER, "regulations of an organ without the power" + warning);
    reasons.put(Rules.OVERVIEW_ASPECTS, "an overview missing an aspect" + warning);
    reasons.put(
        Rules.CHECK_FAILED,
        "reported by the validator when one of its own checks throws; no report is meant to cause it");
    REASONS = Collections.unmodifiableMap(reasons);
  }

  private NotGenerable() {}
}
