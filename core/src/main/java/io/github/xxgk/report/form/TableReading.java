package io.github.xxgk.report.form;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.Applications;
import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.DocumentCounts;
import io.github.xxgk.report.model.NotDisclosed;
import io.github.xxgk.report.model.NotProcessed;
import io.github.xxgk.report.model.OtherHandling;
import io.github.xxgk.report.model.Outcomes;
import io.github.xxgk.report.model.ProactiveDisclosure;
import io.github.xxgk.report.model.ReconsiderationAndLitigation;
import io.github.xxgk.report.model.UnableToProvide;

/**
 * Reads every count cell in catalogue order through plain accessors. A cell's own reader goes
 * through three megamorphic lambdas, tens of times slower than this straight walk, which is what
 * validation and serialisation need on their hot path. A property test ties the two together.
 */
final class TableReading {
  private TableReading() {}

  static void readCounts(AnnualReport report, int[] counts) {
    ProactiveDisclosure disclosure = report.proactiveDisclosure();
    int i = documents(counts, 0, disclosure.regulations());
    i = documents(counts, i, disclosure.normativeDocuments());
    counts[i++] = disclosure.licensing().decisions();
    counts[i++] = disclosure.punishment().decisions();
    counts[i++] = disclosure.coercion().decisions();
    counts[i++] = 0; // the fee is money, read as a BigDecimal on its own
    Applications applications = report.applications();
    Outcomes outcomes = applications.outcomes();
    i = row(counts, i, applications.newlyReceived());
    i = row(counts, i, applications.carriedOverFromPreviousYear());
    i = row(counts, i, outcomes.disclosed());
    i = row(counts, i, outcomes.partiallyDisclosed());
    NotDisclosed notDisclosed = outcomes.notDisclosed();
    i = row(counts, i, notDisclosed.stateSecret());
    i = row(counts, i, notDisclosed.prohibitedByLaw());
    i = row(counts, i, notDisclosed.securityAndStability());
    i = row(counts, i, notDisclosed.thirdPartyRights());
    i = row(counts, i, notDisclosed.internalAffairs());
    i = row(counts, i, notDisclosed.processInformation());
    i = row(counts, i, notDisclosed.enforcementCaseFiles());
    i = row(counts, i, notDisclosed.administrativeInquiries());
    UnableToProvide unable = outcomes.unableToProvide();
    i = row(counts, i, unable.notHeld());
    i = row(counts, i, unable.requiresCreation());
    i = row(counts, i, unable.unclearAfterCorrection());
    NotProcessed notProcessed = outcomes.notProcessed();
    i = row(counts, i, notProcessed.petitionsAndComplaints());
    i = row(counts, i, notProcessed.repeatedApplications());
    i = row(counts, i, notProcessed.publicPublications());
    i = row(counts, i, notProcessed.excessiveApplications());
    i = row(counts, i, notProcessed.confirmationRequests());
    OtherHandling other = outcomes.otherHandling();
    i = row(counts, i, other.correctionOverdue());
    i = row(counts, i, other.feeOverdue());
    i = row(counts, i, other.other());
    i = row(counts, i, outcomes.total());
    i = row(counts, i, applications.carriedOverToNextYear());
    ReconsiderationAndLitigation cases = report.reconsiderationAndLitigation();
    i = cases(counts, i, cases.reconsideration());
    i = cases(counts, i, cases.litigationWithoutReconsideration());
    cases(counts, i, cases.litigationAfterReconsideration());
  }

  private static int documents(int[] counts, int i, DocumentCounts documents) {
    counts[i] = documents.issued();
    counts[i + 1] = documents.repealed();
    counts[i + 2] = documents.inForce();
    return i + 3;
  }

  private static int row(int[] counts, int i, ApplicantCounts row) {
    counts[i] = row.naturalPerson();
    counts[i + 1] = row.commercialEnterprise();
    counts[i + 2] = row.researchInstitution();
    counts[i + 3] = row.socialWelfareOrganization();
    counts[i + 4] = row.legalServiceAgency();
    counts[i + 5] = row.otherOrganization();
    counts[i + 6] = row.total();
    return i + 7;
  }

  private static int cases(int[] counts, int i, CaseResults results) {
    counts[i] = results.upheld();
    counts[i + 1] = results.corrected();
    counts[i + 2] = results.other();
    counts[i + 3] = results.pending();
    counts[i + 4] = results.total();
    return i + 5;
  }
}
