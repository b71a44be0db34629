package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.StatedFigure;
import io.github.xxgk.report.form.TraditionalForms;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.resource.ShippedResource;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.Rules;
import io.github.xxgk.report.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  /**
   * A report whose narratives are printed in traditional characters (each character of the
   * catalogue as its first traditional form in {@code traditional-forms.txt}) states the same
   * figures and has the same findings, on the same sentences, as the report in simplified ones.
   */
  @Property(tries = 200)
  void narrativesInTraditionalCharactersAreReadAsInSimplified(
      @ForAll(supplier = ValidReports.class) AnnualReport valid, @ForAll long seed) {
    AnnualReport changed = NarrativeDefects.changeOneFigure(valid, new SplitMix64(seed)).report();
    for (AnnualReport report : Arrays.asList(valid, changed)) {
      AnnualReport traditional =
          AnnualReport.builder()
              .from(report)
              .overview(traditional(report.overview()))
              .problemsAndImprovements(traditional(report.problemsAndImprovements()))
              .otherMatters(traditional(report.otherMatters()))
              .build();
      for (NarrativeSection section : NarrativeSection.values()) {
        String text = section.read(report).orElse("");
        assertEquals(
            described(StatedFigure.find(text)),
            described(StatedFigure.find(traditional(Optional.of(text)).get())));
      }
      assertEquals(findings(VALIDATOR.validate(report)), findings(VALIDATOR.validate(traditional)));
    }
  }

  private static Optional<String> traditional(Optional<String> text) {
    if (!text.isPresent()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (char c : text.get().toCharArray()) {
      out.append(TRADITIONAL.getOrDefault(c, c));
    }
    return Optional.of(out.toString());
  }

  private static final Map<Character, Character> TRADITIONAL = new HashMap<>();

  static {
    String data = ShippedResource.text(TraditionalForms.class, "traditional-forms.txt");
    for (String line : data.split("\n")) {
      if (line.length() > 1 && line.charAt(0) != '#') {
        TRADITIONAL.put(line.charAt(0), line.charAt(1));
      }
    }
  }

  private static List<String> described(List<StatedFigure> figures) {
    List<String> out = new ArrayList<>();
    for (StatedFigure f : figures) {
      out.add(f.phrase() + "=" + f.value() + "@" + f.offset() + " in " + f.sentenceOffset());
    }
    return out;
  }

  // A finding without its message, which quotes the sentence as printed.
  private static List<String> findings(ValidationResult result) {
    List<String> out = new ArrayList<>();
    for (Problem p : result.violations()) {
      out.add(
          p.ruleId()
              + " "
              + p.pointer()
              + " "
              + p.relatedPointers()
              + " "
              + p.stated()
              + " "
              + p.computed()
              + " "
              + p.textOffset());
    }
    return out;
  }
}
