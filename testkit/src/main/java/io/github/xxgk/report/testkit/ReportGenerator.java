package io.github.xxgk.report.testkit;

import static io.github.xxgk.report.form.ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR;
import static io.github.xxgk.report.form.ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR;
import static io.github.xxgk.report.form.ApplicationRow.DISCLOSED;
import static io.github.xxgk.report.form.ApplicationRow.NEWLY_RECEIVED;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.RulemakingPower;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Derives valid annual reports from draws: the free cells are drawn, every dependent cell (the
 * totals, newly received applications, documents in force) is computed, so the form's arithmetic
 * holds by construction. No draw is ever rejected or retried.
 *
 * <p>Every call of {@link #valid} makes the same number of draws with the same bounds, whatever the
 * values drawn; a draw of 0 everywhere gives the all-zero report, and each draw pushes its cells
 * monotonically, so lowering a draw never makes a report larger. That is what lets jqwik shrink the
 * draws and land on small reports.
 *
 * <p>Shapes follow published reports: most organs receive a handful of applications or none, a few
 * receive thousands; natural persons file most of them; disclosure is the commonest outcome. Counts
 * stay below {@link #CELL_MAX}, so no total of a generated report can overflow an {@code int}.
 */
public final class ReportGenerator {
  /** The bound of the draws that shape a cell; a draw of this value gives the cell its cap. */
  static final int RAW = 1000;

  /**
   * The largest count any cell of a valid report gets. One column's supply spans 23 cells and the
   * total column adds six columns, so 138 cells at this value still fit in an {@code int} with room
   * for a defect's change.
   */
  public static final int CELL_MAX = Integer.MAX_VALUE / 160;

  /** The first year reported on in the 2021 edition of the form. */
  static final int FIRST_YEAR = 2021;

  /** The latest year a single generated report is for. */
  static final int LATEST_YEAR = 2025;

  /** Where the draw of the organ's size is, and the first draw of a cell (自然人, 予以公开). */
  static final int ACTIVITY_DRAW = 5;

  static final int FIRST_CELL_DRAW = 6;

  /** Probability in ‰ that an outcome row is non-zero, and its size in % of its column's cap. */
  private static final int[][] OUTCOME_PROFILE = {
    {600, 100},
    {250, 30}, // 予以公开, 部分公开
    {10, 5},
    {20, 5},
    {10, 5},
    {50, 10},
    {40, 10},
    {50, 10},
    {30, 10},
    {40, 10}, // 不予公开
    {350, 40},
    {80, 10},
    {60, 10}, // 无法提供
    {80, 15},
    {60, 10},
    {20, 5},
    {20, 20},
    {30, 5}, // 不予处理
    {60, 10},
    {10, 5},
    {120, 15} // 其他处理
  };

  /** Each applicant column's share of the organ's cap, in %: natural persons dominate. */
  private static final int[] COLUMN_WEIGHT = {100, 15, 2, 2, 6, 5};

  private static final int[] CASE_PROFILE = {120, 40, 50, 60};

  private ReportGenerator() {}

  /**
   * A valid report of one organ for one year.
   *
   * @param randomness the source of draws
   * @return a report whose every equation holds and whose metadata and text are plausible
   */
  public static AnnualReport valid(Randomness randomness) {
    return derive(randomness, null, LATEST_YEAR);
  }

  /**
   * A valid report as read from a published page: the report of {@link #valid} from the same first
   * draws, with some of its cells that hold 0 marked as printed empty or "/" ({@link
   * AnnualReport#blankCells()}, {@link AnnualReport#notApplicableCells()}), cell by cell or as
   * whole rows. It has no ERROR; its only findings are {@code CELL-BLANK} and {@code
   * CELL-NOT-APPLICABLE}. Four more draws than {@link #valid}; when they are 0 the report has no
   * marks.
   *
   * @param randomness the source of draws
   * @return a valid report, possibly with marked cells
   */
  public static AnnualReport published(Randomness randomness) {
    return PrintedMarks.apply(valid(randomness), randomness);
  }

  /** A valid report for a year no later than {@code latestYear}, so a sequence can follow it. */
  static AnnualReport valid(Randomness randomness, int latestYear) {
    return derive(randomness, null, latestYear);
  }

  /**
   * The valid report of the year after {@code previousYear}, for the same organ: its carry-over
   * from the previous year and its documents in force continue the previous report. It makes the
   * same draws as {@link #valid}, and ignores those it does not need.
   *
   * @param previousYear a report generated by this class (or another whose counts are non-negative)
   * @param randomness the source of draws
   * @return the next year's report
   */
  public static AnnualReport nextYear(AnnualReport previousYear, Randomness randomness) {
    return derive(randomness, previousYear, LATEST_YEAR);
  }

  private static AnnualReport derive(Randomness r, AnnualReport previous, int latestYear) {
    OrganKind kind = OrganKind.values()[r.upTo(OrganKind.values().length - 1)];
    String organ = Narratives.organ(kind, r);
    int year =
        Math.min(FIRST_YEAR + r.upTo(LATEST_YEAR - FIRST_YEAR), Math.max(FIRST_YEAR, latestYear));
    int publicationDraw = r.upTo(RAW);
    if (previous != null) {
      kind = previous.organKind().orElse(kind);
      organ = previous.organ();
      year = previous.year() + 1;
    }
    int activity = r.upTo(RAW);
    long cap = capOf(activity);

    TableDraft grid = new TableDraft();
    drawApplications(r, grid, cap, previous == null ? null : TableDraft.of(previous));
    drawDisclosure(r, grid, activity == RAW, previous == null ? null : TableDraft.of(previous));
    drawCases(r, grid, activity == RAW ? CELL_MAX : (cap + 99) / 100);
    if (!RulemakingPower.canMakeRegulations(organ, Optional.of(kind)).orElse(Boolean.TRUE)) {
      // No draws here, so the sequence stays that of earlier versions.
      for (DisclosureColumn column : DisclosureItem.REGULATIONS.columns()) {
        grid.set(DisclosureItem.REGULATIONS, column, 0);
      }
    }
    grid.recomputeTotals();

    return grid.fill(AnnualReport.builder())
        .organ(organ)
        .organKind(kind)
        .year(year)
        .publishedOn(publishedOn(kind, year, publicationDraw))
        .overview(Narratives.overview(organ, year, grid, r))
        .problemsAndImprovements(Narratives.problems(kind, year, r))
        .otherMatters(Narratives.otherMatters(r))
        .build();
  }

  /** How large an organ is: mostly single digits, a tail of hundreds and thousands, one extreme. */
  static long capOf(int activity) {
    if (activity >= RAW) {
      return CELL_MAX;
    }
    if (activity < 700) {
      return activity / 100;
    }
    if (activity < 950) {
      return 6 + (activity - 700) * 2L;
    }
    return 506 + (activity - 950) * 100L;
  }

  /** 0 for most draws; above the row's threshold, growing linearly up to {@code cap}. */
  static int shaped(int raw, int permille, long cap) {
    int threshold = RAW - RAW * permille / 1000;
    if (raw <= threshold) {
      return 0;
    }
    return (int) ((raw - threshold) * cap / (RAW - threshold));
  }

  /**
   * Per applicant column, following style.md: draw the outcome rows and the count carried to next
   * year, whose sum is the supply; clamp the drawn carry-over from last year to the supply; newly
   * received is the rest. A given carry-over from last year that exceeds the supply is absorbed by
   * 予以公开, so the balance holds for every draw.
   */
  private static void drawApplications(
      Randomness r, TableDraft grid, long cap, TableDraft previous) {
    for (int c = 0; c < ApplicantColumn.APPLICANTS.size(); c++) {
      ApplicantColumn column = ApplicantColumn.APPLICANTS.get(c);
      // The extreme organ fills every cell up to the bound, so its totals come close to int.
      boolean extreme = cap == CELL_MAX;
      long columnCap = extreme ? CELL_MAX : cap * COLUMN_WEIGHT[c] / 100;
      long supply = 0;
      for (int i = 0; i < ApplicationRow.OUTCOME_ROWS.size(); i++) {
        long rowCap =
            extreme || columnCap == 0
                ? columnCap
                : Math.max(1, columnCap * OUTCOME_PROFILE[i][1] / 100);
        int value = shaped(r.upTo(RAW), OUTCOME_PROFILE[i][0], rowCap);
        grid.set(ApplicationRow.OUTCOME_ROWS.get(i), column, value);
        supply += value;
      }
      long carryCap = extreme || columnCap == 0 ? columnCap : Math.max(1, columnCap / 5);
      int toNext = shaped(r.upTo(RAW), 250, carryCap);
      supply += toNext;
      long fromPrevious = Math.min(supply, shaped(r.upTo(RAW), 250, carryCap));
      if (previous != null) {
        fromPrevious = previous.get(CARRIED_OVER_TO_NEXT_YEAR, column);
        if (fromPrevious > supply) {
          grid.add(DISCLOSED, column, (int) (fromPrevious - supply));
          supply = fromPrevious;
        }
      }
      grid.set(CARRIED_OVER_TO_NEXT_YEAR, column, toNext);
      grid.set(CARRIED_OVER_FROM_PREVIOUS_YEAR, column, (int) fromPrevious);
      grid.set(NEWLY_RECEIVED, column, (int) (supply - fromPrevious));
    }
  }

  /** Documents in force are those of last year, less the repealed, plus the issued. */
  private static void drawDisclosure(
      Randomness r, TableDraft grid, boolean extreme, TableDraft previous) {
    documents(
        r,
        grid,
        DisclosureItem.REGULATIONS,
        extreme ? CELL_MAX : 60,
        extreme ? CELL_MAX : 5,
        previous);
    documents(
        r,
        grid,
        DisclosureItem.NORMATIVE_DOCUMENTS,
        extreme ? CELL_MAX : 300,
        extreme ? CELL_MAX : 40,
        previous);
    grid.set(
        DisclosureItem.LICENSING,
        DisclosureColumn.DECISIONS,
        shaped(r.upTo(RAW), 450, extreme ? CELL_MAX : 30000));
    grid.set(
        DisclosureItem.PUNISHMENT,
        DisclosureColumn.DECISIONS,
        shaped(r.upTo(RAW), 350, extreme ? CELL_MAX : 8000));
    grid.set(
        DisclosureItem.COERCION,
        DisclosureColumn.DECISIONS,
        shaped(r.upTo(RAW), 120, extreme ? CELL_MAX : 800));
    int cents = shaped(r.upTo(RAW), 200, extreme ? CELL_MAX : 500_000);
    grid.fee(cents == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(cents, 2));
  }

  private static void documents(
      Randomness r,
      TableDraft grid,
      DisclosureItem item,
      long baseCap,
      long issuedCap,
      TableDraft previous) {
    int permille = item == DisclosureItem.REGULATIONS ? 50 : 600;
    int base = shaped(r.upTo(RAW), permille, baseCap);
    if (previous != null) {
      base = previous.get(FormCells.disclosure(item, DisclosureColumn.IN_FORCE));
    }
    int issued = shaped(r.upTo(RAW), permille * 3 / 4, issuedCap);
    int repealed = shaped(r.upTo(RAW), permille / 2, base);
    grid.set(item, DisclosureColumn.ISSUED, issued);
    grid.set(item, DisclosureColumn.REPEALED, repealed);
    grid.set(item, DisclosureColumn.IN_FORCE, base - repealed + issued);
  }

  private static void drawCases(Randomness r, TableDraft grid, long cap) {
    for (CaseGroup group : CaseGroup.values()) {
      for (int i = 0; i < CaseColumn.RESULTS.size(); i++) {
        int permille = group.isLitigation() ? CASE_PROFILE[i] / 2 : CASE_PROFILE[i];
        grid.set(group, CaseColumn.RESULTS.get(i), shaped(r.upTo(RAW), permille, cap));
      }
    }
  }

  /**
   * A date after the year's end and within article 49's deadline: 31 March of the next year for
   * people's governments, 31 January for departments and other organs.
   */
  static LocalDate publishedOn(OrganKind kind, int year, int draw) {
    LocalDate first = LocalDate.of(year + 1, 1, 1);
    long window = ChronoUnit.DAYS.between(first, deadline(kind, year));
    return first.plusDays(draw * window / RAW);
  }

  /** The last day article 49 allows for publishing the report on {@code year}. */
  static LocalDate deadline(OrganKind kind, int year) {
    return kind == OrganKind.GOVERNMENT
        ? LocalDate.of(year + 1, 3, 31)
        : LocalDate.of(year + 1, 1, 31);
  }
}
