package io.github.xxgk.report.testkit;

import static io.github.xxgk.report.form.ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR;
import static io.github.xxgk.report.form.ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR;
import static io.github.xxgk.report.form.ApplicationRow.NEWLY_RECEIVED;
import static io.github.xxgk.report.form.ApplicationRow.OUTCOMES_TOTAL;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.validation.Rules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The defects that turn a valid report into one that breaks a named rule. Each defect is designed
 * to break its rule and no other: where a change would unbalance another equation, the other terms
 * of that equation are moved with it. Each makes a fixed number of draws from a {@link Randomness},
 * chosen so that the smallest draws give the smallest change.
 *
 * <pre>{@code
 * InvalidReport broken = Defects.apply(Rules.APPLICATIONS_BALANCE, validReport, new SplitMix64(7));
 * }</pre>
 */
public final class Defects {
  /** The rule id of the rows' totals in table 三. */
  static final String ROW_TOTAL = Rules.APPLICATIONS_ROW_TOTAL;

  static final String OUTCOME_TOTAL = Rules.APPLICATIONS_OUTCOME_TOTAL;
  static final String BALANCE = Rules.APPLICATIONS_BALANCE;
  static final String RECONSIDERATION_TOTAL = Rules.RECONSIDERATION_TOTAL;
  static final String LITIGATION_TOTAL = Rules.LITIGATION_TOTAL;
  static final String NON_NEGATIVE = Rules.NON_NEGATIVE;
  static final String ORGAN_BLANK = Rules.ORGAN_BLANK;
  static final String EDITION_UNKNOWN = Rules.EDITION_UNKNOWN;
  static final String EDITION_BEFORE_2021 = Rules.EDITION_BEFORE_2021;
  static final String PUBLISHED_BEFORE_YEAR_END = Rules.PUBLISHED_BEFORE_YEAR_END;

  /** Blank organ names as they arrive from forms: empty, ASCII spaces, an ideographic space. */
  private static final String[] BLANKS = {"", " ", "\u3000", " \t "};

  /** Editions this library does not know: the 2019 trial template, typos, nothing at all. */
  private static final String[] UNKNOWN_EDITIONS = {"2019", "2019试行", "2012", "", "2021版"};

  /**
   * The largest change a defect draws; small enough that no sum of a generated report overflows.
   */
  private static final int MAX_CHANGE = 1000;

  /** Rows of table 三 that a row-total defect may change: all but 三（七）, which follows them. */
  private static final List<ApplicationRow> EDITABLE_ROWS;

  static {
    List<ApplicationRow> rows = new ArrayList<>(Arrays.asList(ApplicationRow.values()));
    rows.remove(OUTCOMES_TOTAL);
    EDITABLE_ROWS = Collections.unmodifiableList(rows);
  }

  private static final Map<String, Defect> DEFECTS = new LinkedHashMap<>();

  static {
    DEFECTS.put(ROW_TOTAL, Defects::rowTotal);
    DEFECTS.put(OUTCOME_TOTAL, Defects::outcomeTotal);
    DEFECTS.put(BALANCE, Defects::balance);
    DEFECTS.put(
        RECONSIDERATION_TOTAL,
        (report, r) -> caseTotal(report, r, RECONSIDERATION_TOTAL, CaseGroup.RECONSIDERATION));
    DEFECTS.put(
        LITIGATION_TOTAL,
        (report, r) -> caseTotal(report, r, LITIGATION_TOTAL, CaseGroup.values()[1 + r.upTo(1)]));
    DEFECTS.put(NON_NEGATIVE, Defects::negative);
    DEFECTS.put(
        ORGAN_BLANK,
        (report, r) -> {
          String blank = BLANKS[r.upTo(BLANKS.length - 1)];
          return broken(
              AnnualReport.builder().from(report).organ(blank).build(),
              ORGAN_BLANK,
              "set /organ to \"" + blank + "\"");
        });
    DEFECTS.put(
        EDITION_UNKNOWN,
        (report, r) -> {
          String edition = UNKNOWN_EDITIONS[r.upTo(UNKNOWN_EDITIONS.length - 1)];
          return broken(
              AnnualReport.builder().from(report).edition(edition).build(),
              EDITION_UNKNOWN,
              "set /edition to \"" + edition + "\"");
        });
    DEFECTS.put(EDITION_BEFORE_2021, Defects::yearBefore2021);
    DEFECTS.put(
        PUBLISHED_BEFORE_YEAR_END,
        (report, r) -> {
          LocalDate date = LocalDate.of(report.year(), 12, 31).minusDays(r.upTo(364));
          return broken(
              AnnualReport.builder().from(report).publishedOn(date).build(),
              PUBLISHED_BEFORE_YEAR_END,
              "set /publishedOn to " + date + ", within the year reported on");
        });
  }

  private Defects() {}

  /**
   * The rules of the standard catalogue for which no single invalid report is generated, as an
   * unmodifiable map from rule id to the reason.
   */
  public static Map<String, String> notGenerable() {
    return NotGenerable.REASONS;
  }

  /**
   * The ids of the rules that {@link #apply} can break, as an unmodifiable set in the catalogue's
   * order.
   */
  public static Set<String> generable() {
    return Collections.unmodifiableSet(DEFECTS.keySet());
  }

  /**
   * Applies the defect for a rule of {@link #generable()} to a valid report (one with no violation,
   * such as one from {@link ReportGenerator}), the randomness choosing where and by how much: the
   * report with the defect, and the rules it breaks.
   *
   * @throws IllegalArgumentException if no defect breaks that rule
   */
  public static InvalidReport apply(String ruleId, AnnualReport valid, Randomness randomness) {
    return defect(ruleId).apply(valid, randomness);
  }

  static Defect defect(String ruleId) {
    Defect defect = DEFECTS.get(ruleId);
    if (defect == null) {
      throw new IllegalArgumentException(
          "no defect breaks rule " + ruleId + "; generable: " + DEFECTS.keySet());
    }
    return defect;
  }

  /** A change of at least 1. */
  private static int change(Randomness r) {
    return 1 + r.upTo(MAX_CHANGE - 1);
  }

  private static ApplicantColumn applicant(Randomness r) {
    return ApplicantColumn.APPLICANTS.get(r.upTo(ApplicantColumn.APPLICANTS.size() - 1));
  }

  /**
   * Adds to one applicant cell and to the cells of its column that restore that column's equations,
   * leaving the stated row totals behind: 2 or 3 rows no longer add up, and nothing else changes.
   */
  private static InvalidReport rowTotal(AnnualReport report, Randomness r) {
    ApplicationRow row = EDITABLE_ROWS.get(r.upTo(EDITABLE_ROWS.size() - 1));
    ApplicantColumn column = applicant(r);
    int d = change(r);
    TableDraft grid = TableDraft.of(report);
    grid.add(row, column, d);
    List<ApplicationRow> alongside;
    if (row == NEWLY_RECEIVED || row == CARRIED_OVER_FROM_PREVIOUS_YEAR) {
      alongside = Collections.singletonList(CARRIED_OVER_TO_NEXT_YEAR);
    } else if (row == CARRIED_OVER_TO_NEXT_YEAR) {
      alongside = Collections.singletonList(NEWLY_RECEIVED);
    } else {
      alongside = Arrays.asList(OUTCOMES_TOTAL, NEWLY_RECEIVED);
    }
    StringBuilder defect =
        new StringBuilder("added " + d + " to " + FormCells.applications(row, column));
    for (ApplicationRow other : alongside) {
      grid.add(other, column, d);
      defect.append(" and to ").append(FormCells.applications(other, column));
    }
    return broken(
        grid.applyTo(report),
        ROW_TOTAL,
        defect.append(", leaving the stated totals of those rows unchanged").toString());
  }

  /** Overstates 三（七） in one column, and moves that row's total and 一 with it. */
  private static InvalidReport outcomeTotal(AnnualReport report, Randomness r) {
    ApplicantColumn column = applicant(r);
    int d = change(r);
    TableDraft grid = TableDraft.of(report);
    for (ApplicationRow row : new ApplicationRow[] {OUTCOMES_TOTAL, NEWLY_RECEIVED}) {
      grid.add(row, column, d);
      grid.add(row, ApplicantColumn.TOTAL, d);
    }
    return broken(
        grid.applyTo(report),
        OUTCOME_TOTAL,
        "added "
            + d
            + " to "
            + FormCells.applications(OUTCOMES_TOTAL, column)
            + " (and to its row total and to newly received) without changing any outcome row");
  }

  /** Changes one of 一, 二 or 四 in one column together with its row total. */
  private static InvalidReport balance(AnnualReport report, Randomness r) {
    ApplicationRow row =
        new ApplicationRow[] {
              NEWLY_RECEIVED, CARRIED_OVER_FROM_PREVIOUS_YEAR, CARRIED_OVER_TO_NEXT_YEAR
            }
            [r.upTo(2)];
    ApplicantColumn column = applicant(r);
    int d = change(r);
    TableDraft grid = TableDraft.of(report);
    grid.add(row, column, d);
    grid.add(row, ApplicantColumn.TOTAL, d);
    return broken(
        grid.applyTo(report),
        BALANCE,
        "added " + d + " to " + FormCells.applications(row, column) + " and to its row total");
  }

  /** Adds to one cell of a group of table 四, a result or the stated total, but not both. */
  private static InvalidReport caseTotal(
      AnnualReport report, Randomness r, String ruleId, CaseGroup group) {
    CaseColumn column = CaseColumn.values()[r.upTo(CaseColumn.values().length - 1)];
    int d = change(r);
    TableDraft grid = TableDraft.of(report);
    Cell cell = FormCells.cases(group, column);
    grid.add(cell, d);
    return broken(grid.applyTo(report), ruleId, "added " + d + " to " + cell + " alone");
  }

  /**
   * Makes one cell negative and keeps every equation: in table 三 the lost amount goes to 四 of the
   * same column, and all totals are recomputed. A total that turns negative with it breaks the same
   * rule.
   */
  private static InvalidReport negative(AnnualReport report, Randomness r) {
    int variant = r.upTo(3);
    ApplicationRow row =
        ApplicationRow.OUTCOME_ROWS.get(r.upTo(ApplicationRow.OUTCOME_ROWS.size() - 1));
    ApplicantColumn column = applicant(r);
    CaseGroup group = CaseGroup.values()[r.upTo(CaseGroup.values().length - 1)];
    CaseColumn result = CaseColumn.RESULTS.get(r.upTo(CaseColumn.RESULTS.size() - 1));
    DisclosureItem item =
        new DisclosureItem[] {
              DisclosureItem.LICENSING, DisclosureItem.PUNISHMENT, DisclosureItem.COERCION
            }
            [r.upTo(2)];
    int k = change(r);
    TableDraft grid = TableDraft.of(report);
    Cell cell;
    if (variant == 0) {
      cell = FormCells.applications(row, column);
      grid.add(CARRIED_OVER_TO_NEXT_YEAR, column, grid.get(cell) + k);
      grid.set(cell, -k);
    } else if (variant == 1) {
      cell = FormCells.cases(group, result);
      grid.set(cell, -k);
    } else if (variant == 2) {
      cell = FormCells.disclosure(item, DisclosureColumn.DECISIONS);
      grid.set(cell, -k);
    } else {
      cell = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
      grid.fee(BigDecimal.valueOf(-k, 2));
    }
    grid.recomputeTotals();
    String value = cell.isMoney() ? BigDecimal.valueOf(-k, 2).toPlainString() : String.valueOf(-k);
    return broken(
        grid.applyTo(report),
        NON_NEGATIVE,
        "set "
            + cell
            + " to "
            + value
            + (variant == 0
                ? ", moved the difference to "
                    + FormCells.applications(CARRIED_OVER_TO_NEXT_YEAR, column)
                : "")
            + " and recomputed the totals");
  }

  /**
   * Moves the report to 2019 or 2020 and its publication date with it, so that only the edition's
   * first year, not the deadline, is at fault.
   */
  private static InvalidReport yearBefore2021(AnnualReport report, Randomness r) {
    int year = ReportGenerator.FIRST_YEAR - 1 - r.upTo(1);
    AnnualReport.Builder builder = AnnualReport.builder().from(report).year(year);
    if (report.publishedOn().isPresent()) {
      builder.publishedOn(report.publishedOn().get().plusYears(year - report.year()));
    }
    return broken(
        builder.build(),
        EDITION_BEFORE_2021,
        "set /year to " + year + " in a report of the 2021 edition, publication date moved alike");
  }

  private static InvalidReport broken(AnnualReport report, String ruleId, String defect) {
    return new InvalidReport(report, Collections.singleton(ruleId), defect);
  }

  /** One way of breaking one rule. */
  interface Defect {
    InvalidReport apply(AnnualReport valid, Randomness randomness);
  }
}
