package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.StatedFigure;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.Rules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The narratives of the real published reports, as read: the figures their README says they state
 * are found and agree with the tables, and no narrative rule raises a false alarm.
 */
class RealNarrativesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // file | the figures stated (phrase=value), as the reports' README and a reading of the
        // text give them
        "linfen-yaodu-2024.txt       | RECEIVED=15 CARRIED_OVER_FROM_PREVIOUS_YEAR=1 HANDLED_AFTER=12 CARRIED_OVER_TO_NEXT_YEAR_AFTER=3",
        "shuyang-2025.txt            | RECEIVED=749 NATURAL_PERSONS=741 ORGANISATIONS=8 DEALT_WITH=718 CARRIED_OVER_TO_NEXT_YEAR=31 CASES=74",
        "shuyang-fagaiju-2023.html   | RECEIVED=26",
        "pingtan-shijianju-2021.html | ''",
        "pingtan-jingfaju-2021.html  | ''",
      })
  void statedFiguresAgreeWithTheTables(String file, String figures) throws IOException {
    AnnualReport report = PublishedReports.read(RealReportsTest.resource(file)).report().get();
    List<String> found = new ArrayList<>();
    for (NarrativeSection section : NarrativeSection.values()) {
      for (StatedFigure figure : StatedFigure.find(section.read(report).orElse(""))) {
        found.add(figure.phrase() + "=" + figure.value());
      }
    }
    List<String> expected =
        figures.isEmpty() ? new ArrayList<>() : Arrays.asList(figures.split(" "));
    assertEquals(expected, found);
    List<Problem> alarms = new ArrayList<>();
    for (String rule :
        Arrays.asList(
            Rules.NARRATIVE_TABLE_MISMATCH,
            Rules.NARRATIVE_PERCENTAGE,
            Rules.FEE_ROW_WITHOUT_FEE_TEXT,
            Rules.FEE_UNIT,
            Rules.REGULATIONS_WITHOUT_POWER)) {
      alarms.addAll(ReportValidator.standard().validate(report).byRule(rule));
    }
    assertEquals(new ArrayList<Problem>(), alarms);
  }
}
