package io.github.xxgk.report.form;

import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.Applications;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** The 25 numeric rows of table 三, in the form's order. */
public enum ApplicationRow implements FormRow {
  /** 一. */
  NEWLY_RECEIVED(
      "/newlyReceived",
      Part.BALANCE,
      Groups.NONE,
      Label.of("一、本年新收政府信息公开申请数量", "1. Applications newly received this year"),
      Applications::newlyReceived),
  /** 二. */
  CARRIED_OVER_FROM_PREVIOUS_YEAR(
      "/carriedOverFromPreviousYear",
      Part.BALANCE,
      Groups.NONE,
      Label.of("二、上年结转政府信息公开申请数量", "2. Applications carried over from the previous year"),
      Applications::carriedOverFromPreviousYear),
  /** 三（一）. */
  DISCLOSED(
      "/outcomes/disclosed",
      Part.OUTCOME,
      Groups.OUTCOMES,
      Label.of("（一）予以公开", "(1) Disclosed"),
      a -> a.outcomes().disclosed()),
  /** 三（二）. */
  PARTIALLY_DISCLOSED(
      "/outcomes/partiallyDisclosed",
      Part.OUTCOME,
      Groups.OUTCOMES,
      Label.of(
          "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
          "(2) Partially disclosed (an application handled by separation counts here only)"),
      a -> a.outcomes().partiallyDisclosed()),
  /** 三（三）1. */
  STATE_SECRET(
      "/outcomes/notDisclosed/stateSecret",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of("1.属于国家秘密", "1. State secret"),
      a -> a.outcomes().notDisclosed().stateSecret()),
  /** 三（三）2. */
  PROHIBITED_BY_LAW(
      "/outcomes/notDisclosed/prohibitedByLaw",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of("2.其他法律行政法规禁止公开", "2. Prohibited by other laws and administrative regulations"),
      a -> a.outcomes().notDisclosed().prohibitedByLaw()),
  /** 三（三）3. */
  SECURITY_AND_STABILITY(
      "/outcomes/notDisclosed/securityAndStability",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of(
          "3.危及“三安全一稳定”", "3. Endangers national, public or economic security or social stability"),
      a -> a.outcomes().notDisclosed().securityAndStability()),
  /** 三（三）4. */
  THIRD_PARTY_RIGHTS(
      "/outcomes/notDisclosed/thirdPartyRights",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of("4.保护第三方合法权益", "4. Protects the lawful rights of third parties"),
      a -> a.outcomes().notDisclosed().thirdPartyRights()),
  /** 三（三）5. */
  INTERNAL_AFFAIRS(
      "/outcomes/notDisclosed/internalAffairs",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of("5.属于三类内部事务信息", "5. Internal affairs information"),
      a -> a.outcomes().notDisclosed().internalAffairs()),
  /** 三（三）6. */
  PROCESS_INFORMATION(
      "/outcomes/notDisclosed/processInformation",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of("6.属于四类过程性信息", "6. Process information"),
      a -> a.outcomes().notDisclosed().processInformation()),
  /** 三（三）7. */
  ENFORCEMENT_CASE_FILES(
      "/outcomes/notDisclosed/enforcementCaseFiles",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of("7.属于行政执法案卷", "7. Administrative enforcement case files"),
      a -> a.outcomes().notDisclosed().enforcementCaseFiles()),
  /** 三（三）8. */
  ADMINISTRATIVE_INQUIRIES(
      "/outcomes/notDisclosed/administrativeInquiries",
      Part.OUTCOME,
      Groups.NOT_DISCLOSED,
      Label.of("8.属于行政查询事项", "8. Administrative inquiry matters"),
      a -> a.outcomes().notDisclosed().administrativeInquiries()),
  /** 三（四）1. */
  NOT_HELD(
      "/outcomes/unableToProvide/notHeld",
      Part.OUTCOME,
      Groups.UNABLE_TO_PROVIDE,
      Label.of("1.本机关不掌握相关政府信息", "1. The organ does not hold the information"),
      a -> a.outcomes().unableToProvide().notHeld()),
  /** 三（四）2. */
  REQUIRES_CREATION(
      "/outcomes/unableToProvide/requiresCreation",
      Part.OUTCOME,
      Groups.UNABLE_TO_PROVIDE,
      Label.of("2.没有现成信息需要另行制作", "2. No existing information; it would have to be created"),
      a -> a.outcomes().unableToProvide().requiresCreation()),
  /** 三（四）3. */
  UNCLEAR_AFTER_CORRECTION(
      "/outcomes/unableToProvide/unclearAfterCorrection",
      Part.OUTCOME,
      Groups.UNABLE_TO_PROVIDE,
      Label.of("3.补正后申请内容仍不明确", "3. Still unclear after correction"),
      a -> a.outcomes().unableToProvide().unclearAfterCorrection()),
  /** 三（五）1. */
  PETITIONS_AND_COMPLAINTS(
      "/outcomes/notProcessed/petitionsAndComplaints",
      Part.OUTCOME,
      Groups.NOT_PROCESSED,
      Label.of("1.信访举报投诉类申请", "1. Petitions, reports and complaints"),
      a -> a.outcomes().notProcessed().petitionsAndComplaints()),
  /** 三（五）2. */
  REPEATED_APPLICATIONS(
      "/outcomes/notProcessed/repeatedApplications",
      Part.OUTCOME,
      Groups.NOT_PROCESSED,
      Label.of("2.重复申请", "2. Repeated applications"),
      a -> a.outcomes().notProcessed().repeatedApplications()),
  /** 三（五）3. */
  PUBLIC_PUBLICATIONS(
      "/outcomes/notProcessed/publicPublications",
      Part.OUTCOME,
      Groups.NOT_PROCESSED,
      Label.of("3.要求提供公开出版物", "3. Requests for public publications"),
      a -> a.outcomes().notProcessed().publicPublications()),
  /** 三（五）4. */
  EXCESSIVE_APPLICATIONS(
      "/outcomes/notProcessed/excessiveApplications",
      Part.OUTCOME,
      Groups.NOT_PROCESSED,
      Label.of("4.无正当理由大量反复申请", "4. Excessive repeated applications without good reason"),
      a -> a.outcomes().notProcessed().excessiveApplications()),
  /** 三（五）5. */
  CONFIRMATION_REQUESTS(
      "/outcomes/notProcessed/confirmationRequests",
      Part.OUTCOME,
      Groups.NOT_PROCESSED,
      Label.of(
          "5.要求行政机关确认或重新出具已获取信息", "5. Requests to confirm or reissue information already obtained"),
      a -> a.outcomes().notProcessed().confirmationRequests()),
  /** 三（六）1. */
  CORRECTION_OVERDUE(
      "/outcomes/otherHandling/correctionOverdue",
      Part.OUTCOME,
      Groups.OTHER_HANDLING,
      Label.of(
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "1. Correction not supplied in time without good reason; no longer processed"),
      a -> a.outcomes().otherHandling().correctionOverdue()),
  /** 三（六）2. */
  FEE_OVERDUE(
      "/outcomes/otherHandling/feeOverdue",
      Part.OUTCOME,
      Groups.OTHER_HANDLING,
      Label.of(
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "2. Fee not paid in time as notified; no longer processed"),
      a -> a.outcomes().otherHandling().feeOverdue()),
  /** 三（六）3. */
  OTHER_HANDLING_OTHER(
      "/outcomes/otherHandling/other",
      Part.OUTCOME,
      Groups.OTHER_HANDLING,
      Label.of("3.其他", "3. Other"),
      a -> a.outcomes().otherHandling().other()),
  /** 三（七）, the stated total of the 21 outcome rows. */
  OUTCOMES_TOTAL(
      "/outcomes/total",
      Part.OUTCOMES_TOTAL,
      Groups.OUTCOMES,
      Label.of("（七）总计", "(7) Total"),
      a -> a.outcomes().total()),
  /** 四. */
  CARRIED_OVER_TO_NEXT_YEAR(
      "/carriedOverToNextYear",
      Part.BALANCE,
      Groups.NONE,
      Label.of("四、结转下年度继续办理", "4. Carried over to next year"),
      Applications::carriedOverToNextYear);

  /** The 21 outcome rows of part 三, without their total: the terms of {@link #OUTCOMES_TOTAL}. */
  public static final List<ApplicationRow> OUTCOME_ROWS = outcomeRows();

  /** Where a row stands in the balance of table 三 (一 + 二 = 三（七） + 四). */
  private enum Part {
    /** 一, 二 and 四: the rows of the balance besides the outcomes. */
    BALANCE,
    /** One of the 21 outcome rows of 三. */
    OUTCOME,
    /** 三（七）, the stated total of the outcome rows. */
    OUTCOMES_TOTAL
  }

  private final Part part;

  private final String pointer;
  private final List<Label> groups;
  private final Label label;
  private final Function<Applications, ApplicantCounts> reader;

  ApplicationRow(
      String pointer,
      Part part,
      List<Label> groups,
      Label label,
      Function<Applications, ApplicantCounts> reader) {
    this.pointer = pointer;
    this.part = part;
    this.groups = groups;
    this.label = label;
    this.reader = reader;
  }

  @Override
  public FormTable table() {
    return FormTable.APPLICATIONS;
  }

  @Override
  public String pointer() {
    return pointer;
  }

  @Override
  public List<Label> groups() {
    return groups;
  }

  @Override
  public Label label() {
    return label;
  }

  /** Whether this is one of the 21 outcome rows of 三, the terms of {@link #OUTCOMES_TOTAL}. */
  public boolean isOutcome() {
    return part == Part.OUTCOME;
  }

  /** Whether this row is 三（七）, whose every cell is a stated total. */
  @Override
  public boolean isTotal() {
    return part == Part.OUTCOMES_TOTAL;
  }

  private static List<ApplicationRow> outcomeRows() {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : values()) {
      if (row.isOutcome()) {
        rows.add(row);
      }
    }
    return Collections.unmodifiableList(rows);
  }

  /** This row of a report's table 三. */
  public ApplicantCounts read(Applications applications) {
    return reader.apply(applications);
  }

  /** The merged group captions of table 三. */
  private static final class Groups {
    static final List<Label> NONE = Collections.emptyList();
    static final Label OUTCOMES_LABEL = Label.of("三、本年度办理结果", "3. Outcomes this year");
    static final List<Label> OUTCOMES = Collections.singletonList(OUTCOMES_LABEL);
    static final List<Label> NOT_DISCLOSED = group(Label.of("（三）不予公开", "(3) Not disclosed"));
    static final List<Label> UNABLE_TO_PROVIDE =
        group(Label.of("（四）无法提供", "(4) Unable to provide"));
    static final List<Label> NOT_PROCESSED = group(Label.of("（五）不予处理", "(5) Not processed"));
    static final List<Label> OTHER_HANDLING = group(Label.of("（六）其他处理", "(6) Other handling"));

    private static List<Label> group(Label label) {
      return Collections.unmodifiableList(Arrays.asList(OUTCOMES_LABEL, label));
    }
  }
}
