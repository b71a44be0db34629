package io.github.xxgk.report.testkit;

import static io.github.xxgk.report.form.ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR;
import static io.github.xxgk.report.form.ApplicationRow.DISCLOSED;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports of one organ for consecutive years, for the rules that compare a report with the previous
 * year's: valid sequences, and sequences with one defect between two neighbouring years. Like
 * {@link ReportGenerator}, each method makes a fixed number of draws for a given length.
 */
public final class YearSequences {
  /** The rule id of the carry-over between years. */
  static final String CARRY_OVER = "CARRY-OVER-CONTINUITY";

  static final String YEARS_NOT_CONSECUTIVE = "YEARS-NOT-CONSECUTIVE";

  private static final Map<String, SequenceDefect> DEFECTS = new LinkedHashMap<>();

  static {
    DEFECTS.put(CARRY_OVER, YearSequences::carryOver);
    DEFECTS.put(YEARS_NOT_CONSECUTIVE, YearSequences::gap);
  }

  private YearSequences() {}

  /**
   * Valid reports of one organ for {@code n} (at least 1) consecutive years, earliest first in an
   * unmodifiable list, each continuing the previous one: carry-over, documents in force, organ and
   * kind. The last year is 2025 at the latest when the sequence fits into 2021–2025.
   */
  public static List<AnnualReport> consecutive(int n, Randomness randomness) {
    if (n < 1) {
      throw new IllegalArgumentException("a sequence has at least one year: " + n);
    }
    List<AnnualReport> reports = new ArrayList<>(n);
    reports.add(ReportGenerator.valid(randomness, ReportGenerator.LATEST_YEAR - n + 1));
    for (int i = 1; i < n; i++) {
      reports.add(ReportGenerator.nextYear(reports.get(i - 1), randomness));
    }
    return Collections.unmodifiableList(reports);
  }

  /** The ids of the cross-year rules that {@link #broken} can break, as an unmodifiable set. */
  public static Set<String> generable() {
    return Collections.unmodifiableSet(DEFECTS.keySet());
  }

  /**
   * A sequence of {@code n} (at least 2) years that is valid except for one defect between two
   * neighbouring years, which breaks the given cross-year rule of {@link #generable()}; with the
   * rules it breaks.
   */
  public static InvalidSequence broken(String ruleId, int n, Randomness randomness) {
    SequenceDefect defect = DEFECTS.get(ruleId);
    if (defect == null) {
      throw new IllegalArgumentException(
          "no sequence defect breaks rule " + ruleId + "; generable: " + DEFECTS.keySet());
    }
    if (n < 2) {
      throw new IllegalArgumentException("a cross-year rule needs at least two years: " + n);
    }
    List<AnnualReport> reports = new ArrayList<>(consecutive(n, randomness));
    int later = 1 + randomness.upTo(n - 2);
    return defect.apply(reports, later, randomness);
  }

  /**
   * Raises one column's carry-over from last year in one report and its 予以公开 alike, so the report
   * stays valid on its own and only the link to the previous year breaks.
   */
  private static InvalidSequence carryOver(List<AnnualReport> reports, int later, Randomness r) {
    ApplicantColumn column =
        ApplicantColumn.APPLICANTS.get(r.upTo(ApplicantColumn.APPLICANTS.size() - 1));
    int d = 1 + r.upTo(999);
    AnnualReport report = reports.get(later);
    TableDraft grid = TableDraft.of(report);
    grid.add(CARRIED_OVER_FROM_PREVIOUS_YEAR, column, d);
    grid.add(DISCLOSED, column, d);
    grid.recomputeTotals();
    reports.set(later, grid.applyTo(report));
    return new InvalidSequence(
        reports,
        Collections.singleton(CARRY_OVER),
        "added "
            + d
            + " to "
            + FormCells.applications(CARRIED_OVER_FROM_PREVIOUS_YEAR, column)
            + " and to "
            + FormCells.applications(DISCLOSED, column)
            + " in the report for "
            + report.year()
            + ", which no longer continues "
            + (report.year() - 1));
  }

  /**
   * Leaves out one to three years before one report by moving it and every later report on, with
   * their publication dates; the data still continue, so only the years are at fault.
   */
  private static InvalidSequence gap(List<AnnualReport> reports, int later, Randomness r) {
    int years = 1 + r.upTo(2);
    for (int i = later; i < reports.size(); i++) {
      AnnualReport report = reports.get(i);
      AnnualReport.Builder builder =
          AnnualReport.builder().from(report).year(report.year() + years);
      if (report.publishedOn().isPresent()) {
        builder.publishedOn(report.publishedOn().get().plusYears(years));
      }
      reports.set(i, builder.build());
    }
    AnnualReport before = reports.get(later - 1);
    return new InvalidSequence(
        reports,
        Collections.singleton(YEARS_NOT_CONSECUTIVE),
        "moved report "
            + (later + 1)
            + " of "
            + reports.size()
            + " and the later ones on by "
            + years
            + " year(s): "
            + before.year()
            + " is followed by "
            + reports.get(later).year());
  }

  /**
   * One way of breaking a cross-year rule between {@code reports[later - 1]} and {@code
   * reports[later]}.
   */
  interface SequenceDefect {
    InvalidSequence apply(List<AnnualReport> reports, int later, Randomness randomness);
  }
}
