package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.StatedFigure;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.Rules;
import io.github.xxgk.report.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The narratives of generated reports state figures that agree with their tables by construction; a
 * defect that changes one figure is found, on its sentence, and no unchanged figure is.
 */
class NarrativeProperties {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Property(tries = 300)
  void generatedNarrativesStateTheirFigures(
      @ForAll(supplier = ValidReports.class) AnnualReport report) {
    List<StatedFigure> figures = StatedFigure.find(NarrativeSection.OVERVIEW.read(report).get());
    // 6 of table 二; 12 of table 三 (received, by natural persons and by organisations, carried
    // over, handled, six outcome groups, carried forward); 6 of table 四 (reconsiderations and their
    // four results, lawsuits).
    assertEquals(24, figures.size(), figures::toString);
    assertTrue(VALIDATOR.validate(report).byRule(Rules.NARRATIVE_TABLE_MISMATCH).isEmpty());
  }

  @Property(tries = 500)
  void everyChangedFigureIsFoundAndNoOther(
      @ForAll(supplier = ValidReports.class) AnnualReport valid, @ForAll long seed) {
    NarrativeDefects.ChangedFigure changed =
        NarrativeDefects.changeOneFigure(valid, new SplitMix64(seed));
    ValidationResult result = VALIDATOR.validate(changed.report());
    List<Problem> found = result.byRule(Rules.NARRATIVE_TABLE_MISMATCH);
    assertEquals(1, found.size(), () -> changed + ": " + result);
    assertEquals(1, result.violations().size(), result::toString);
    Problem v = found.get(0);
    assertEquals(NarrativeSection.OVERVIEW.pointer(), v.pointer());
    assertEquals(BigDecimal.valueOf(changed.changedTo()), v.stated().get());
    assertTrue(
        v.message(Locale.ENGLISH).contains("offset " + changed.original().sentenceOffset() + " "),
        () -> v.message(Locale.ENGLISH));
  }
}
