package io.github.xxgk.report.validation;

import static io.github.xxgk.report.problem.Severity.ERROR;
import static io.github.xxgk.report.problem.Severity.INFO;
import static io.github.xxgk.report.problem.Severity.WARNING;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellSum;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of standard rules and the equations of the form, as data. {@code docs/rules.md} is
 * generated from it.
 */
public final class Rules {
  /** In every row of table 三, the total column equals the six applicant columns. */
  public static final String APPLICATIONS_ROW_TOTAL = "APPLICATIONS-ROW-TOTAL";

  /** In every column of table 三, 三（七） equals the 21 outcome rows. */
  public static final String APPLICATIONS_OUTCOME_TOTAL = "APPLICATIONS-OUTCOME-TOTAL";

  /** In every column of table 三, 一 + 二 = 三（七） + 四. */
  public static final String APPLICATIONS_BALANCE = "APPLICATIONS-BALANCE";

  /** In table 四, the reconsideration total equals its four results. */
  public static final String RECONSIDERATION_TOTAL = "RECONSIDERATION-TOTAL";

  /** In table 四, each litigation total equals its four results. */
  public static final String LITIGATION_TOTAL = "LITIGATION-TOTAL";

  /** Every count and the fee amount are at least zero. */
  public static final String NON_NEGATIVE = "NON-NEGATIVE";

  /** The reporting organ is not blank. */
  public static final String ORGAN_BLANK = "ORGAN-BLANK";

  /** The edition is one this library knows. */
  public static final String EDITION_UNKNOWN = "EDITION-UNKNOWN";

  /** The 2021 edition is not used for a year before 2021. */
  public static final String EDITION_BEFORE_2021 = "EDITION-BEFORE-2021";

  /** The report is not dated before its year has ended. */
  public static final String PUBLISHED_BEFORE_YEAR_END = "PUBLISHED-BEFORE-YEAR-END";

  /** The report is dated by the deadline of article 49. */
  public static final String PUBLICATION_DEADLINE = "PUBLICATION-DEADLINE";

  /** Sections 一、五、六 are present and not blank. */
  public static final String SECTION_MISSING = "SECTION-MISSING";

  /** Section 六 says something about the information processing fee. */
  public static final String INFORMATION_FEE_NOT_STATED = "INFORMATION-FEE-NOT-STATED";

  /** Documents in force are at least those issued minus those repealed this year. */
  public static final String IN_FORCE_PLAUSIBILITY = "IN-FORCE-PLAUSIBILITY";

  /** A cell, row, column or table printed empty in the published report; it counts as 0. */
  public static final String CELL_BLANK = "CELL-BLANK";

  /** A cell, row, column or table printed as not applicable ("/", "—", "无"); it counts as 0. */
  public static final String CELL_NOT_APPLICABLE = "CELL-NOT-APPLICABLE";

  /** The two reports are of consecutive years. */
  public static final String YEARS_NOT_CONSECUTIVE = "YEARS-NOT-CONSECUTIVE";

  /** The two reports name the organ alike. */
  public static final String ORGAN_NAME_CHANGED = "ORGAN-NAME-CHANGED";

  /** This year's 二 equals last year's 四, per column. */
  public static final String CARRY_OVER_CONTINUITY = "CARRY-OVER-CONTINUITY";

  /** This year's in-force count equals last year's plus issued minus repealed. */
  public static final String IN_FORCE_CONTINUITY = "IN-FORCE-CONTINUITY";

  /** A figure stated in a narrative section differs from the cells it names. */
  public static final String NARRATIVE_TABLE_MISMATCH = "NARRATIVE-TABLE-MISMATCH";

  /** A percentage stated in a narrative section is not its count over its base. */
  public static final String NARRATIVE_PERCENTAGE = "NARRATIVE-PERCENTAGE";

  /** Applications dropped for an unpaid fee, but section 六 never mentions the fee. */
  public static final String FEE_ROW_WITHOUT_FEE_TEXT = "FEE-ROW-WITHOUT-FEE-TEXT";

  /**
   * The fee amount in 万元 has more than 4 decimals: it is given to a precision finer than one 元, so
   * the unit is probably wrong.
   */
  public static final String FEE_UNIT = "FEE-UNIT";

  /** 规章 counted by an organ that cannot make 规章. */
  public static final String REGULATIONS_WITHOUT_POWER = "REGULATIONS-WITHOUT-POWER";

  /** Section 一 does not mention one of the five aspects the template names. */
  public static final String OVERVIEW_ASPECTS = "OVERVIEW-ASPECTS";

  /** A rule threw instead of reporting; the result cannot be valid. */
  public static final String CHECK_FAILED = "CHECK-FAILED";

  private static final List<Equation> EQUATIONS;
  private static final Map<String, Rule> RULES = new LinkedHashMap<>();
  private static final Map<String, Check> CHECKS = new LinkedHashMap<>();
  private static final List<Rule> STANDARD;

  static {
    Map<String, List<Equation>> byRule = new LinkedHashMap<>();
    byRule.put(APPLICATIONS_ROW_TOTAL, new ArrayList<Equation>());
    byRule.put(APPLICATIONS_OUTCOME_TOTAL, new ArrayList<Equation>());
    byRule.put(APPLICATIONS_BALANCE, new ArrayList<Equation>());
    byRule.put(RECONSIDERATION_TOTAL, new ArrayList<Equation>());
    byRule.put(LITIGATION_TOTAL, new ArrayList<Equation>());
    // The printed sums are the catalogue's; the balance is the note printed under table 三.
    for (CellSum sum : FormCells.sums()) {
      List<Equation.Term> terms = new ArrayList<>();
      for (Cell term : sum.terms()) {
        terms.add(new Equation.Term(term, 1));
      }
      String rule;
      switch (sum.kind()) {
        case ROW_TOTAL:
          rule = APPLICATIONS_ROW_TOTAL;
          break;
        case OUTCOME_TOTAL:
          rule = APPLICATIONS_OUTCOME_TOTAL;
          break;
        case CASE_TOTAL:
          rule =
              ((CaseGroup) sum.total().row()).isLitigation()
                  ? LITIGATION_TOTAL
                  : RECONSIDERATION_TOTAL;
          break;
        default:
          throw new AssertionError(sum.kind());
      }
      byRule.get(rule).add(new Equation(rule, sum.total(), terms));
    }
    for (ApplicantColumn column : ApplicantColumn.values()) {
      List<Equation.Term> terms = new ArrayList<>();
      terms.add(
          new Equation.Term(FormCells.applications(ApplicationRow.NEWLY_RECEIVED, column), 1));
      terms.add(
          new Equation.Term(
              FormCells.applications(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR, column), 1));
      terms.add(
          new Equation.Term(
              FormCells.applications(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column), -1));
      byRule
          .get(APPLICATIONS_BALANCE)
          .add(
              new Equation(
                  APPLICATIONS_BALANCE,
                  FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, column),
                  terms));
    }
    List<Equation> equations = new ArrayList<>();
    for (List<Equation> list : byRule.values()) {
      equations.addAll(list);
    }
    EQUATIONS = Collections.unmodifiableList(equations);

    // Titles and bases are in validation/Messages_*.properties, under title.<ID> and basis.<ID>.
    arithmetic(byRule, APPLICATIONS_ROW_TOTAL);
    arithmetic(byRule, APPLICATIONS_OUTCOME_TOTAL);
    arithmetic(byRule, APPLICATIONS_BALANCE);
    arithmetic(byRule, RECONSIDERATION_TOTAL);
    arithmetic(byRule, LITIGATION_TOTAL);
    define(NON_NEGATIVE, ERROR, false, ReportChecks::nonNegative, args("cell", "value"));
    define(ORGAN_BLANK, ERROR, false, ReportChecks::organBlank, args());
    define(EDITION_UNKNOWN, ERROR, false, ReportChecks::editionUnknown, args("edition"));
    define(EDITION_BEFORE_2021, ERROR, false, ReportChecks::editionBefore2021, args("year"));
    define(
        PUBLISHED_BEFORE_YEAR_END,
        ERROR,
        false,
        ReportChecks::publishedBeforeYearEnd,
        args("publishedOn", "year"));
    define(
        PUBLICATION_DEADLINE,
        WARNING,
        false,
        ReportChecks::publicationDeadline,
        args("publishedOn", "deadline"));
    define(SECTION_MISSING, WARNING, false, ReportChecks::sectionMissing, args("section"));
    define(
        INFORMATION_FEE_NOT_STATED,
        INFO,
        false,
        ReportChecks::informationFeeNotStated,
        args("section"));
    define(
        IN_FORCE_PLAUSIBILITY,
        WARNING,
        false,
        InForceChecks::plausibility,
        InForceChecks.ARGUMENTS);
    define(CELL_BLANK, WARNING, false, MarkChecks::blank, args("place", "cells", "table"));
    define(
        CELL_NOT_APPLICABLE,
        INFO,
        false,
        MarkChecks::notApplicable,
        args("place", "cells", "table"));
    define(
        YEARS_NOT_CONSECUTIVE,
        ERROR,
        true,
        CrossYearChecks::yearsNotConsecutive,
        args("year", "previousYear"));
    define(
        ORGAN_NAME_CHANGED,
        WARNING,
        true,
        CrossYearChecks::organNameChanged,
        args("organ", "previousOrgan"));
    define(
        CARRY_OVER_CONTINUITY,
        ERROR,
        true,
        CrossYearChecks::carryOverContinuity,
        args("cell", "stated", "computed", "previousCell"));
    define(IN_FORCE_CONTINUITY, WARNING, true, InForceChecks::continuity, InForceChecks.ARGUMENTS);
    define(
        NARRATIVE_TABLE_MISMATCH,
        WARNING,
        false,
        NarrativeChecks::tableMismatch,
        args("section", "sentence", "sentenceOffset", "stated", "cells", "computed"));
    define(
        NARRATIVE_PERCENTAGE,
        WARNING,
        false,
        NarrativeChecks::percentage,
        args("section", "sentence", "sentenceOffset", "percentage", "count", "base", "computed"));
    define(
        FEE_ROW_WITHOUT_FEE_TEXT,
        WARNING,
        false,
        NarrativeChecks::feeRowWithoutFeeText,
        args("cell", "count", "section"));
    define(FEE_UNIT, WARNING, false, NarrativeChecks::feeUnit, args("cell", "amount"));
    define(
        REGULATIONS_WITHOUT_POWER,
        INFO,
        false,
        NarrativeChecks::regulationsWithoutPower,
        args("organ", "issued", "repealed", "inForce"));
    define(
        OVERVIEW_ASPECTS, INFO, false, NarrativeChecks::overviewAspects, args("section", "aspect"));
    // Reported by the validator itself when a rule throws; it has no check of its own.
    define(CHECK_FAILED, ERROR, false, null, args("rule", "error"));
    STANDARD = Collections.unmodifiableList(new ArrayList<>(RULES.values()));
  }

  private Rules() {}

  private static void arithmetic(Map<String, List<Equation>> byRule, String id) {
    List<String> arguments =
        id.equals(APPLICATIONS_BALANCE)
            ? args(
                "cell",
                "stated",
                "computed",
                "newlyReceived",
                "carriedOverFromPreviousYear",
                "carriedOverToNextYear")
            : args("cell", "stated", "computed");
    define(id, ERROR, false, new EquationCheck(byRule.get(id)), arguments);
  }

  private static void define(
      String id,
      Severity severity,
      boolean needsPreviousYear,
      Check check,
      List<String> arguments) {
    RULES.put(id, Rule.standard(id, severity, needsPreviousYear, arguments));
    if (check != null) {
      CHECKS.put(id, check);
    }
  }

  private static List<String> args(String... names) {
    return Arrays.asList(names);
  }

  /** The standard rules, in the order in which a validator applies them. */
  public static List<Rule> standard() {
    return STANDARD;
  }

  /** The standard rule with an id, if there is one. */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(RULES.get(id));
  }

  /**
   * Every equation of the form, grouped by rule in catalogue order: 25 row totals, 7 outcome
   * totals, 7 balances, then the 3 totals of table 四.
   */
  public static List<Equation> equations() {
    return EQUATIONS;
  }

  /** The logic of a standard rule; null for {@link #CHECK_FAILED}. */
  static Check check(String id) {
    return CHECKS.get(id);
  }
}
