package io.github.xxgk.report.model;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * Column sums over several rows of table 三, in {@code long} so that no report can overflow them.
 *
 * <p>This is what the library computes, for comparison with a total row that a report states (see
 * {@link Outcomes#computedTotal()}). Its attributes are named like those of {@link
 * ApplicantCounts}.
 */
@Value.Immutable(builder = false)
public abstract class ApplicantSums implements Serializable {
  private static final long serialVersionUID = 1L;

  ApplicantSums() {}

  /** Natural persons. */
  @Value.Parameter
  public abstract long naturalPerson();

  /** Commercial enterprises. */
  @Value.Parameter
  public abstract long commercialEnterprise();

  /** Research institutions. */
  @Value.Parameter
  public abstract long researchInstitution();

  /** Social welfare organisations. */
  @Value.Parameter
  public abstract long socialWelfareOrganization();

  /** Legal service agencies. */
  @Value.Parameter
  public abstract long legalServiceAgency();

  /** Other organisations. */
  @Value.Parameter
  public abstract long otherOrganization();

  /** The total column: the sum of the rows' stated totals. */
  @Value.Parameter
  public abstract long total();

  /** Column-wise sums of the given rows. */
  public static ApplicantSums of(Iterable<ApplicantCounts> rows) {
    long naturalPerson = 0;
    long commercialEnterprise = 0;
    long researchInstitution = 0;
    long socialWelfareOrganization = 0;
    long legalServiceAgency = 0;
    long otherOrganization = 0;
    long total = 0;
    for (ApplicantCounts row : rows) {
      naturalPerson += row.naturalPerson();
      commercialEnterprise += row.commercialEnterprise();
      researchInstitution += row.researchInstitution();
      socialWelfareOrganization += row.socialWelfareOrganization();
      legalServiceAgency += row.legalServiceAgency();
      otherOrganization += row.otherOrganization();
      total += row.total();
    }
    return ImmutableApplicantSums.of(
        naturalPerson,
        commercialEnterprise,
        researchInstitution,
        socialWelfareOrganization,
        legalServiceAgency,
        otherOrganization,
        total);
  }

  /**
   * These sums as a row of the form.
   *
   * @throws IllegalStateException when a sum does not fit in an {@code int}
   */
  ApplicantCounts toCounts(String type, String attribute) {
    return ApplicantCounts.builder()
        .naturalPerson(Sums.toInt(naturalPerson(), type, attribute + ".naturalPerson"))
        .commercialEnterprise(
            Sums.toInt(commercialEnterprise(), type, attribute + ".commercialEnterprise"))
        .researchInstitution(
            Sums.toInt(researchInstitution(), type, attribute + ".researchInstitution"))
        .socialWelfareOrganization(
            Sums.toInt(socialWelfareOrganization(), type, attribute + ".socialWelfareOrganization"))
        .legalServiceAgency(
            Sums.toInt(legalServiceAgency(), type, attribute + ".legalServiceAgency"))
        .otherOrganization(Sums.toInt(otherOrganization(), type, attribute + ".otherOrganization"))
        .total(Sums.toInt(total(), type, attribute + ".total"))
        .build();
  }
}
