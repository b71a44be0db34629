package io.github.xxgk.report.testkit;

import static io.github.xxgk.report.form.ApplicantColumn.LEGAL_SERVICE_AGENCY;
import static io.github.xxgk.report.form.ApplicantColumn.NATURAL_PERSON;
import static io.github.xxgk.report.form.ApplicantColumn.TOTAL;
import static io.github.xxgk.report.form.ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR;
import static io.github.xxgk.report.form.ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR;
import static io.github.xxgk.report.form.ApplicationRow.NEWLY_RECEIVED;
import static io.github.xxgk.report.form.ApplicationRow.NOT_HELD;
import static io.github.xxgk.report.form.ApplicationRow.OUTCOMES_TOTAL;
import static io.github.xxgk.report.form.ApplicationRow.PARTIALLY_DISCLOSED;
import static io.github.xxgk.report.form.ApplicationRow.REPEATED_APPLICATIONS;
import static io.github.xxgk.report.form.FormCells.applications;
import static io.github.xxgk.report.form.FormCells.cases;
import static io.github.xxgk.report.form.FormCells.disclosure;

import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.resource.ShippedResource;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Real published reports, transcribed: the cells through the form's catalogue, every total as
 * published (not filled from its terms, so that a published total is never replaced by a sum), and
 * the text from UTF-8 resources beside this class, one file per field.
 */
final class RealReports {
  private RealReports() {}

  /**
   * The 2024 report of 临汾市尧都区人民政府办公室. Every cell not set here is 0 as published; its preface before
   * 一 has no place in the contract and is left out.
   */
  static AnnualReport linfenYaodu2024() {
    CellGrid grid =
        new CellGrid()
            .set(disclosure(DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE), 21)
            .set(disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN), BigDecimal.ZERO)
            .set(applications(NEWLY_RECEIVED, NATURAL_PERSON), 13)
            .set(applications(NEWLY_RECEIVED, LEGAL_SERVICE_AGENCY), 1)
            .set(applications(NEWLY_RECEIVED, TOTAL), 14)
            .set(applications(CARRIED_OVER_FROM_PREVIOUS_YEAR, NATURAL_PERSON), 1)
            .set(applications(CARRIED_OVER_FROM_PREVIOUS_YEAR, TOTAL), 1)
            .set(applications(PARTIALLY_DISCLOSED, NATURAL_PERSON), 2)
            .set(applications(PARTIALLY_DISCLOSED, LEGAL_SERVICE_AGENCY), 1)
            .set(applications(PARTIALLY_DISCLOSED, TOTAL), 3)
            .set(applications(NOT_HELD, NATURAL_PERSON), 8)
            .set(applications(NOT_HELD, TOTAL), 8)
            .set(applications(REPEATED_APPLICATIONS, NATURAL_PERSON), 1)
            .set(applications(REPEATED_APPLICATIONS, TOTAL), 1)
            .set(applications(OUTCOMES_TOTAL, NATURAL_PERSON), 11)
            .set(applications(OUTCOMES_TOTAL, LEGAL_SERVICE_AGENCY), 1)
            .set(applications(OUTCOMES_TOTAL, TOTAL), 12)
            .set(applications(CARRIED_OVER_TO_NEXT_YEAR, NATURAL_PERSON), 3)
            .set(applications(CARRIED_OVER_TO_NEXT_YEAR, TOTAL), 3)
            .set(cases(CaseGroup.RECONSIDERATION, CaseColumn.UPHELD), 1)
            .set(cases(CaseGroup.RECONSIDERATION, CaseColumn.TOTAL), 1)
            .set(cases(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION, CaseColumn.PENDING), 1)
            .set(cases(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION, CaseColumn.TOTAL), 1);
    String dir = "linfen-yaodu-2024/";
    return grid.fill(AnnualReport.builder())
        .edition(Edition.V2021.code())
        .organ(text(dir + "organ.txt"))
        .organKind(OrganKind.DEPARTMENT)
        .year(2024)
        .publishedOn(LocalDate.of(2025, 1, 13))
        .overview(text(dir + "overview.txt"))
        .problemsAndImprovements(text(dir + "problemsAndImprovements.txt"))
        .otherMatters(text(dir + "otherMatters.txt"))
        .build();
  }

  /** A text resource of this package: UTF-8, with the one line end that ends the file dropped. */
  private static String text(String name) {
    String text = ShippedResource.text(RealReports.class, name);
    if (!text.endsWith("\n")) {
      throw new IllegalStateException("the resource " + name + " does not end with a line end");
    }
    return text.substring(0, text.length() - 1);
  }
}
