package io.github.xxgk.report.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/** Table 三, group 三（三）: the eight grounds for not disclosing. */
@Value.Immutable
public abstract class NotDisclosed implements Serializable {
  private static final long serialVersionUID = 1L;

  NotDisclosed() {}

  /** Row 1: state secret. */
  public abstract ApplicantCounts stateSecret();

  /** Row 2: disclosure prohibited by other laws and administrative regulations. */
  public abstract ApplicantCounts prohibitedByLaw();

  /** Row 3: would endanger national, public or economic security or social stability. */
  public abstract ApplicantCounts securityAndStability();

  /** Row 4: protects the lawful rights of third parties. */
  public abstract ApplicantCounts thirdPartyRights();

  /** Row 5: internal affairs information. */
  public abstract ApplicantCounts internalAffairs();

  /** Row 6: process information. */
  public abstract ApplicantCounts processInformation();

  /** Row 7: administrative enforcement case files. */
  public abstract ApplicantCounts enforcementCaseFiles();

  /** Row 8: administrative inquiry matters. */
  public abstract ApplicantCounts administrativeInquiries();

  /** The eight rows in the form's order. */
  public final List<ApplicantCounts> rows() {
    return Collections.unmodifiableList(
        Arrays.asList(
            stateSecret(),
            prohibitedByLaw(),
            securityAndStability(),
            thirdPartyRights(),
            internalAffairs(),
            processInformation(),
            enforcementCaseFiles(),
            administrativeInquiries()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotDisclosed}; all eight rows are required. */
  public static final class Builder extends ImmutableNotDisclosed.Builder {
    Builder() {}
  }
}
