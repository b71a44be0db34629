package io.github.xxgk.report.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.Applications;
import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.DecisionCount;
import io.github.xxgk.report.model.DocumentCounts;
import io.github.xxgk.report.model.FeeAmount;
import io.github.xxgk.report.model.NotDisclosed;
import io.github.xxgk.report.model.NotProcessed;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.model.OtherHandling;
import io.github.xxgk.report.model.Outcomes;
import io.github.xxgk.report.model.ProactiveDisclosure;
import io.github.xxgk.report.model.ReconsiderationAndLitigation;
import io.github.xxgk.report.model.UnableToProvide;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example of the README, kept compiling and checked. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleBuildsAReportWithDefaultedTotals() {
    // --- as in README.md ---
    ApplicantCounts none = ApplicantCounts.zero();
    AnnualReport report =
        AnnualReport.builder()
            .organ("某某市某某区人民政府办公室")
            .organKind(OrganKind.DEPARTMENT)
            .year(2024)
            .publishedOn(LocalDate.of(2025, 1, 13))
            .overview("2024年，……")
            .proactiveDisclosure(
                ProactiveDisclosure.builder()
                    .regulations(DocumentCounts.of(0, 0, 0))
                    .normativeDocuments(DocumentCounts.of(2, 1, 21))
                    .licensing(DecisionCount.of(0))
                    .punishment(DecisionCount.of(0))
                    .coercion(DecisionCount.of(0))
                    .fees(FeeAmount.of(new BigDecimal("0")))
                    .build())
            .applications(
                Applications.builder()
                    .newlyReceived(ApplicantCounts.of(13, 0, 0, 0, 1, 0))
                    .carriedOverFromPreviousYear(ApplicantCounts.of(1, 0, 0, 0, 0, 0))
                    .outcomes(
                        Outcomes.builder()
                            .disclosed(ApplicantCounts.of(11, 0, 0, 0, 1, 0))
                            .partiallyDisclosed(none)
                            .notDisclosed(
                                NotDisclosed.builder()
                                    .stateSecret(none)
                                    .prohibitedByLaw(none)
                                    .securityAndStability(none)
                                    .thirdPartyRights(none)
                                    .internalAffairs(none)
                                    .processInformation(none)
                                    .enforcementCaseFiles(none)
                                    .administrativeInquiries(none)
                                    .build())
                            .unableToProvide(
                                UnableToProvide.builder()
                                    .notHeld(none)
                                    .requiresCreation(none)
                                    .unclearAfterCorrection(none)
                                    .build())
                            .notProcessed(
                                NotProcessed.builder()
                                    .petitionsAndComplaints(none)
                                    .repeatedApplications(none)
                                    .publicPublications(none)
                                    .excessiveApplications(none)
                                    .confirmationRequests(none)
                                    .build())
                            .otherHandling(
                                OtherHandling.builder()
                                    .correctionOverdue(none)
                                    .feeOverdue(none)
                                    .other(none)
                                    .build())
                            .build())
                    .carriedOverToNextYear(ApplicantCounts.of(3, 0, 0, 0, 0, 0))
                    .build())
            .reconsiderationAndLitigation(
                ReconsiderationAndLitigation.builder()
                    .reconsideration(CaseResults.of(1, 0, 0, 0))
                    .litigationWithoutReconsideration(CaseResults.zero())
                    .litigationAfterReconsideration(CaseResults.zero())
                    .build())
            .build();
    // --- end ---

    assertEquals(14, report.applications().newlyReceived().total());
    ApplicantCounts outcomeTotal = report.applications().outcomes().total();
    assertEquals(11, outcomeTotal.naturalPerson());
    assertEquals(1, outcomeTotal.legalServiceAgency());
    assertEquals(12, outcomeTotal.total());
    assertEquals(1, report.reconsiderationAndLitigation().reconsideration().total());
    Cell inForce = FormCells.byPointer("/proactiveDisclosure/normativeDocuments/inForce").get();
    assertEquals(21, inForce.value(report));
  }
}
