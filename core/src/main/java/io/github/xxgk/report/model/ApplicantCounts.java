package io.github.xxgk.report.model;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * One row of table 三: the number of applications by kind of applicant.
 *
 * <p>The six applicant columns are stored as reported; {@link #total()} is the total column as the
 * report states it, which defaults to {@link #computedTotal()} when a builder is not given one.
 * Negative numbers are representable so that the validator can report them.
 */
@Value.Immutable
public abstract class ApplicantCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  ApplicantCounts() {}

  /** Natural persons. */
  public abstract int naturalPerson();

  /** Legal persons and other organisations: commercial enterprises. */
  public abstract int commercialEnterprise();

  /** Legal persons and other organisations: research institutions. */
  public abstract int researchInstitution();

  /** Legal persons and other organisations: social welfare organisations. */
  public abstract int socialWelfareOrganization();

  /** Legal persons and other organisations: legal service agencies. */
  public abstract int legalServiceAgency();

  /** Legal persons and other organisations: others. */
  public abstract int otherOrganization();

  /**
   * The total column as the report states it; defaults to the sum of the six applicant columns.
   *
   * @throws IllegalStateException at {@code build()} when no total is given and the sum does not
   *     fit in an {@code int}
   */
  @Value.Default
  public int total() {
    return Sums.toInt(computedTotal(), "ApplicantCounts", "total");
  }

  /** The sum of the six applicant columns, computed in {@code long} so that it cannot overflow. */
  public final long computedTotal() {
    return (long) naturalPerson()
        + commercialEnterprise()
        + researchInstitution()
        + socialWelfareOrganization()
        + legalServiceAgency()
        + otherOrganization();
  }

  /** A row with every cell, the total included, zero. */
  public static ApplicantCounts zero() {
    return of(0, 0, 0, 0, 0, 0);
  }

  /**
   * A row from its six applicant columns in the form's order; the total is their sum.
   *
   * @throws IllegalStateException when the sum does not fit in an {@code int}
   */
  public static ApplicantCounts of(
      int naturalPerson,
      int commercialEnterprise,
      int researchInstitution,
      int socialWelfareOrganization,
      int legalServiceAgency,
      int otherOrganization) {
    return builder()
        .naturalPerson(naturalPerson)
        .commercialEnterprise(commercialEnterprise)
        .researchInstitution(researchInstitution)
        .socialWelfareOrganization(socialWelfareOrganization)
        .legalServiceAgency(legalServiceAgency)
        .otherOrganization(otherOrganization)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicantCounts}; every column but {@code total} is required. */
  public static final class Builder extends ImmutableApplicantCounts.Builder {
    Builder() {}
  }
}
