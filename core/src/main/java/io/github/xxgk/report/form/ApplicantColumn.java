package io.github.xxgk.report.form;

import io.github.xxgk.report.model.ApplicantCounts;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/** The seven value columns of table 三 (申请人情况), in the form's order. */
public enum ApplicantColumn implements FormColumn {
  /** Natural persons. */
  NATURAL_PERSON(
      "naturalPerson", null, Label.of("自然人", "Natural persons"), ApplicantCounts::naturalPerson),
  /** Commercial enterprises. */
  COMMERCIAL_ENTERPRISE(
      "commercialEnterprise",
      Groups.LEGAL_PERSONS,
      Label.of("商业企业", "Commercial enterprises"),
      ApplicantCounts::commercialEnterprise),
  /** Research institutions. */
  RESEARCH_INSTITUTION(
      "researchInstitution",
      Groups.LEGAL_PERSONS,
      Label.of("科研机构", "Research institutions"),
      ApplicantCounts::researchInstitution),
  /** Social welfare organisations. */
  SOCIAL_WELFARE_ORGANIZATION(
      "socialWelfareOrganization",
      Groups.LEGAL_PERSONS,
      Label.of("社会公益组织", "Social welfare organisations"),
      ApplicantCounts::socialWelfareOrganization),
  /** Legal service agencies. */
  LEGAL_SERVICE_AGENCY(
      "legalServiceAgency",
      Groups.LEGAL_PERSONS,
      Label.of("法律服务机构", "Legal service agencies"),
      ApplicantCounts::legalServiceAgency),
  /** Other organisations. */
  OTHER_ORGANIZATION(
      "otherOrganization",
      Groups.LEGAL_PERSONS,
      Label.of("其他", "Others"),
      ApplicantCounts::otherOrganization),
  /** The stated total of the row. */
  TOTAL("total", null, Label.of("总计", "Total"), ApplicantCounts::total);

  /** The six applicant columns, without {@link #TOTAL}: the terms of a row's total. */
  public static final List<ApplicantColumn> APPLICANTS = TotalTerms.of(values());

  private final String key;
  private final List<Label> groups;
  private final Label label;
  private final ToIntFunction<ApplicantCounts> reader;

  ApplicantColumn(String key, Label group, Label label, ToIntFunction<ApplicantCounts> reader) {
    this.key = key;
    this.groups = group == null ? Collections.emptyList() : Collections.singletonList(group);
    this.label = label;
    this.reader = reader;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public List<Label> groups() {
    return groups;
  }

  @Override
  public Label label() {
    return label;
  }

  @Override
  public boolean isTotal() {
    return this == TOTAL;
  }

  /** This column's value in a row. */
  public int read(ApplicantCounts row) {
    return reader.applyAsInt(row);
  }

  /** Header captions shared by several columns. */
  private static final class Groups {
    static final Label LEGAL_PERSONS = Label.of("法人或其他组织", "Legal persons and other organisations");
  }
}
