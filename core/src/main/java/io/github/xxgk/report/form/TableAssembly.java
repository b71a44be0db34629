package io.github.xxgk.report.form;

import static io.github.xxgk.report.form.ApplicationRow.*;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.Applications;
import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.DecisionCount;
import io.github.xxgk.report.model.DocumentCounts;
import io.github.xxgk.report.model.FeeAmount;
import io.github.xxgk.report.model.NotDisclosed;
import io.github.xxgk.report.model.NotProcessed;
import io.github.xxgk.report.model.OtherHandling;
import io.github.xxgk.report.model.Outcomes;
import io.github.xxgk.report.model.ProactiveDisclosure;
import io.github.xxgk.report.model.ReconsiderationAndLitigation;
import io.github.xxgk.report.model.UnableToProvide;

/** Builds the three tables from cell values: the inverse of reading cells through the catalogue. */
final class TableAssembly {
  private final CellGrid values;

  private TableAssembly(CellGrid values) {
    this.values = values;
  }

  static AnnualReport.Builder fill(AnnualReport.Builder builder, CellGrid values) {
    TableAssembly assembly = new TableAssembly(values);
    return builder
        .proactiveDisclosure(assembly.disclosure())
        .applications(assembly.applications())
        .reconsiderationAndLitigation(assembly.cases());
  }

  private ProactiveDisclosure disclosure() {
    return ProactiveDisclosure.builder()
        .regulations(documents(DisclosureItem.REGULATIONS))
        .normativeDocuments(documents(DisclosureItem.NORMATIVE_DOCUMENTS))
        .licensing(decisions(DisclosureItem.LICENSING))
        .punishment(decisions(DisclosureItem.PUNISHMENT))
        .coercion(decisions(DisclosureItem.COERCION))
        .fees(FeeAmount.of(values.fee()))
        .build();
  }

  private DocumentCounts documents(DisclosureItem item) {
    return DocumentCounts.of(
        values.countAt(FormCells.disclosure(item, DisclosureColumn.ISSUED)),
        values.countAt(FormCells.disclosure(item, DisclosureColumn.REPEALED)),
        values.countAt(FormCells.disclosure(item, DisclosureColumn.IN_FORCE)));
  }

  private DecisionCount decisions(DisclosureItem item) {
    return DecisionCount.of(values.countAt(FormCells.disclosure(item, DisclosureColumn.DECISIONS)));
  }

  private Applications applications() {
    Outcomes outcomes =
        Outcomes.builder()
            .disclosed(row(DISCLOSED))
            .partiallyDisclosed(row(PARTIALLY_DISCLOSED))
            .notDisclosed(
                NotDisclosed.builder()
                    .stateSecret(row(STATE_SECRET))
                    .prohibitedByLaw(row(PROHIBITED_BY_LAW))
                    .securityAndStability(row(SECURITY_AND_STABILITY))
                    .thirdPartyRights(row(THIRD_PARTY_RIGHTS))
                    .internalAffairs(row(INTERNAL_AFFAIRS))
                    .processInformation(row(PROCESS_INFORMATION))
                    .enforcementCaseFiles(row(ENFORCEMENT_CASE_FILES))
                    .administrativeInquiries(row(ADMINISTRATIVE_INQUIRIES))
                    .build())
            .unableToProvide(
                UnableToProvide.builder()
                    .notHeld(row(NOT_HELD))
                    .requiresCreation(row(REQUIRES_CREATION))
                    .unclearAfterCorrection(row(UNCLEAR_AFTER_CORRECTION))
                    .build())
            .notProcessed(
                NotProcessed.builder()
                    .petitionsAndComplaints(row(PETITIONS_AND_COMPLAINTS))
                    .repeatedApplications(row(REPEATED_APPLICATIONS))
                    .publicPublications(row(PUBLIC_PUBLICATIONS))
                    .excessiveApplications(row(EXCESSIVE_APPLICATIONS))
                    .confirmationRequests(row(CONFIRMATION_REQUESTS))
                    .build())
            .otherHandling(
                OtherHandling.builder()
                    .correctionOverdue(row(CORRECTION_OVERDUE))
                    .feeOverdue(row(FEE_OVERDUE))
                    .other(row(OTHER_HANDLING_OTHER))
                    .build())
            .total(row(OUTCOMES_TOTAL))
            .build();
    return Applications.builder()
        .newlyReceived(row(NEWLY_RECEIVED))
        .carriedOverFromPreviousYear(row(CARRIED_OVER_FROM_PREVIOUS_YEAR))
        .outcomes(outcomes)
        .carriedOverToNextYear(row(CARRIED_OVER_TO_NEXT_YEAR))
        .build();
  }

  private ApplicantCounts row(ApplicationRow row) {
    return ApplicantCounts.builder()
        .naturalPerson(applicant(row, ApplicantColumn.NATURAL_PERSON))
        .commercialEnterprise(applicant(row, ApplicantColumn.COMMERCIAL_ENTERPRISE))
        .researchInstitution(applicant(row, ApplicantColumn.RESEARCH_INSTITUTION))
        .socialWelfareOrganization(applicant(row, ApplicantColumn.SOCIAL_WELFARE_ORGANIZATION))
        .legalServiceAgency(applicant(row, ApplicantColumn.LEGAL_SERVICE_AGENCY))
        .otherOrganization(applicant(row, ApplicantColumn.OTHER_ORGANIZATION))
        .total(applicant(row, ApplicantColumn.TOTAL))
        .build();
  }

  private int applicant(ApplicationRow row, ApplicantColumn column) {
    return values.countAt(FormCells.applications(row, column));
  }

  private ReconsiderationAndLitigation cases() {
    return ReconsiderationAndLitigation.builder()
        .reconsideration(group(CaseGroup.RECONSIDERATION))
        .litigationWithoutReconsideration(group(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION))
        .litigationAfterReconsideration(group(CaseGroup.LITIGATION_AFTER_RECONSIDERATION))
        .build();
  }

  private CaseResults group(CaseGroup group) {
    return CaseResults.builder()
        .upheld(values.countAt(FormCells.cases(group, CaseColumn.UPHELD)))
        .corrected(values.countAt(FormCells.cases(group, CaseColumn.CORRECTED)))
        .other(values.countAt(FormCells.cases(group, CaseColumn.OTHER)))
        .pending(values.countAt(FormCells.cases(group, CaseColumn.PENDING)))
        .total(values.countAt(FormCells.cases(group, CaseColumn.TOTAL)))
        .build();
  }
}
