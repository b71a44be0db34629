package io.github.xxgk.report.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/** Table 三, group 三（六）: applications ended in other ways. */
@Value.Immutable
public abstract class OtherHandling implements Serializable {
  private static final long serialVersionUID = 1L;

  OtherHandling() {}

  /** Row 1: the applicant did not supply a correction in time; no longer processed. */
  public abstract ApplicantCounts correctionOverdue();

  /** Row 2: the applicant did not pay the fee in time; no longer processed. */
  public abstract ApplicantCounts feeOverdue();

  /** Row 3: other. */
  public abstract ApplicantCounts other();

  /** The three rows in the form's order. */
  public final List<ApplicantCounts> rows() {
    return Collections.unmodifiableList(Arrays.asList(correctionOverdue(), feeOverdue(), other()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OtherHandling}; all three rows are required. */
  public static final class Builder extends ImmutableOtherHandling.Builder {
    Builder() {}
  }
}
