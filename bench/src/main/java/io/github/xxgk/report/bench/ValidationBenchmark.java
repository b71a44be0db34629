package io.github.xxgk.report.bench;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.Applications;
import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.Outcomes;
import io.github.xxgk.report.model.ReconsiderationAndLitigation;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of a typical valid report (the real one) and of a typical invalid one (the real one
 * with three totals misstated, as published reports often have), to compare with {@link
 * CellReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  private final ReportValidator validator = ReportValidator.standard();
  private final AnnualReport valid = LinfenYaodu2024.report();
  private final AnnualReport invalid = misstated(valid);
  private final AnnualReport marked = marked(valid);

  private final ReportValidator arithmeticOnly = arithmeticOnly();

  /** The real report through a profile with only the arithmetic rules: where the time goes. */
  @Benchmark
  public ValidationResult validateValidReportArithmeticOnly() {
    return arithmeticOnly.validate(valid);
  }

  private static ReportValidator arithmeticOnly() {
    ReportValidator.Builder builder = ReportValidator.builder();
    for (io.github.xxgk.report.validation.Rule rule :
        io.github.xxgk.report.validation.Rules.standard()) {
      boolean arithmetic = false;
      for (io.github.xxgk.report.validation.Equation equation :
          io.github.xxgk.report.validation.Rules.equations()) {
        arithmetic |= equation.ruleId().equals(rule.id());
      }
      if (!arithmetic && !rule.id().equals(io.github.xxgk.report.validation.Rules.CHECK_FAILED)) {
        builder.disable(rule.id());
      }
    }
    return builder.build();
  }

  private final ReportValidator withoutNarrativeRules = withoutNarrativeRules();

  /**
   * The real report without the rules that read its narrative sections (issue 16): what the
   * validation of a report cost before them.
   */
  @Benchmark
  public ValidationResult validateValidReportWithoutNarrativeRules() {
    return withoutNarrativeRules.validate(valid);
  }

  private static ReportValidator withoutNarrativeRules() {
    return ReportValidator.builder()
        .disable(io.github.xxgk.report.validation.Rules.NARRATIVE_TABLE_MISMATCH)
        .disable(io.github.xxgk.report.validation.Rules.NARRATIVE_PERCENTAGE)
        .disable(io.github.xxgk.report.validation.Rules.OVERVIEW_ASPECTS)
        .disable(io.github.xxgk.report.validation.Rules.FEE_ROW_WITHOUT_FEE_TEXT)
        .build();
  }

  /**
   * Floor for the narrative rules: one pass over the three sections' characters (about 2,400 in the
   * real report), looking for the unit 件 that every stated figure carries.
   */
  @Benchmark
  public int scanNarrativesOnce() {
    int units = 0;
    for (io.github.xxgk.report.form.NarrativeSection section :
        io.github.xxgk.report.form.NarrativeSection.values()) {
      String text = section.read(valid).orElse("");
      for (int i = 0; i < text.length(); i++) {
        units += text.charAt(i) == '\u4ef6' ? 1 : 0;
      }
    }
    return units;
  }

  /**
   * The sentence splitting of the narrative scan alone: every character of the three sections
   * looked up among the marks that end a sentence, as {@code StatedFigure.find} does.
   */
  @Benchmark
  public int splitNarrativesIntoSentences() {
    int sentences = 0;
    for (io.github.xxgk.report.form.NarrativeSection section :
        io.github.xxgk.report.form.NarrativeSection.values()) {
      String text = section.read(valid).orElse("");
      for (int i = 0; i < text.length(); i++) {
        sentences +=
            io.github.xxgk.report.form.NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0
                ? 1
                : 0;
      }
    }
    return sentences;
  }

  /** The figures the three sections state, found as {@code NARRATIVE-TABLE-MISMATCH} finds them. */
  @Benchmark
  public int findStatedFigures() {
    int figures = 0;
    for (io.github.xxgk.report.form.NarrativeSection section :
        io.github.xxgk.report.form.NarrativeSection.values()) {
      figures +=
          io.github.xxgk.report.form.StatedFigure.find(section.read(valid).orElse("")).size();
    }
    return figures;
  }

  private final ReportValidator percentagesOnly =
      only(io.github.xxgk.report.validation.Rules.NARRATIVE_PERCENTAGE);

  /** The real report through a profile with only {@code NARRATIVE-PERCENTAGE}. */
  @Benchmark
  public ValidationResult validateValidReportPercentagesOnly() {
    return percentagesOnly.validate(valid);
  }

  private final ReportValidator tableMismatchOnly =
      only(io.github.xxgk.report.validation.Rules.NARRATIVE_TABLE_MISMATCH);

  /** The real report through a profile with only {@code NARRATIVE-TABLE-MISMATCH}. */
  @Benchmark
  public ValidationResult validateValidReportTableMismatchOnly() {
    return tableMismatchOnly.validate(valid);
  }

  private final ReportValidator overviewAspectsOnly =
      only(io.github.xxgk.report.validation.Rules.OVERVIEW_ASPECTS);

  /** The real report through a profile with only {@code OVERVIEW-ASPECTS}. */
  @Benchmark
  public ValidationResult validateValidReportOverviewAspectsOnly() {
    return overviewAspectsOnly.validate(valid);
  }

  private final ReportValidator noRule = only(io.github.xxgk.report.validation.Rules.CHECK_FAILED);

  /** The real report through a profile with no rule: the validator's own cost. */
  @Benchmark
  public ValidationResult validateValidReportNoRule() {
    return noRule.validate(valid);
  }

  private static ReportValidator only(String id) {
    ReportValidator.Builder builder = ReportValidator.builder();
    for (io.github.xxgk.report.validation.Rule rule :
        io.github.xxgk.report.validation.Rules.standard()) {
      if (!rule.id().equals(id)
          && !rule.id().equals(io.github.xxgk.report.validation.Rules.CHECK_FAILED)) {
        builder.disable(rule.id());
      }
    }
    return builder.build();
  }

  /** The real report: no violation. */
  @Benchmark
  public ValidationResult validateValidReport() {
    return validator.validate(valid);
  }

  /**
   * The real report as a portal might print it: every all-zero row of table 三 blank and every other
   * zero cell "/". Valid, with findings of CELL-BLANK and CELL-NOT-APPLICABLE only.
   */
  @Benchmark
  public ValidationResult validateMarkedReport() {
    return validator.validate(marked);
  }

  static AnnualReport marked(AnnualReport report) {
    AnnualReport.Builder builder = AnnualReport.builder().from(report);
    java.util.Set<io.github.xxgk.report.form.Cell> blank = new java.util.HashSet<>();
    for (io.github.xxgk.report.form.ApplicationRow row :
        io.github.xxgk.report.form.ApplicationRow.values()) {
      java.util.List<io.github.xxgk.report.form.Cell> cells =
          io.github.xxgk.report.form.FormCells.ofRow(row);
      boolean zero = true;
      for (io.github.xxgk.report.form.Cell cell : cells) {
        zero &= cell.count(report) == 0;
      }
      if (zero) {
        blank.addAll(cells);
      }
    }
    for (io.github.xxgk.report.form.Cell cell : io.github.xxgk.report.form.FormCells.all()) {
      if (blank.contains(cell)) {
        builder.addBlankCells(cell);
      } else if (cell.amount(report).signum() == 0) {
        builder.addNotApplicableCells(cell);
      }
    }
    return builder.build();
  }

  /** Three misstated totals: a row total, the outcome total it feeds, and a case total. */
  @Benchmark
  public ValidationResult validateInvalidReport() {
    return validator.validate(invalid);
  }

  /** The invalid report's messages too, as a command line or a web page would show them. */
  @Benchmark
  public int validateInvalidReportAndRenderMessages() {
    int length = 0;
    for (io.github.xxgk.report.problem.Problem violation :
        validator.validate(invalid).violations()) {
      length += violation.message(Language.ZH).length();
    }
    return length;
  }

  static AnnualReport misstated(AnnualReport report) {
    Applications applications = report.applications();
    Outcomes outcomes = applications.outcomes();
    ApplicantCounts notHeld = outcomes.unableToProvide().notHeld();
    CaseResults reconsideration = report.reconsiderationAndLitigation().reconsideration();
    return AnnualReport.builder()
        .from(report)
        .applications(
            Applications.builder()
                .from(applications)
                .outcomes(
                    Outcomes.builder()
                        .from(outcomes)
                        .unableToProvide(
                            io.github.xxgk.report.model.UnableToProvide.builder()
                                .from(outcomes.unableToProvide())
                                .notHeld(
                                    ApplicantCounts.builder()
                                        .from(notHeld)
                                        .total(notHeld.total() + 1)
                                        .build())
                                .build())
                        .build())
                .build())
        .reconsiderationAndLitigation(
            ReconsiderationAndLitigation.builder()
                .from(report.reconsiderationAndLitigation())
                .reconsideration(CaseResults.builder().from(reconsideration).total(2).build())
                .build())
        .build();
  }
}
