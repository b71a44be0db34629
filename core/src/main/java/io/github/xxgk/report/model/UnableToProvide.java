package io.github.xxgk.report.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/** Table 三, group 三（四）: the three reasons why information cannot be provided. */
@Value.Immutable
public abstract class UnableToProvide implements Serializable {
  private static final long serialVersionUID = 1L;

  UnableToProvide() {}

  /** Row 1: the organ does not hold the information. */
  public abstract ApplicantCounts notHeld();

  /** Row 2: no existing information; it would have to be created. */
  public abstract ApplicantCounts requiresCreation();

  /** Row 3: still unclear after correction. */
  public abstract ApplicantCounts unclearAfterCorrection();

  /** The three rows in the form's order. */
  public final List<ApplicantCounts> rows() {
    return Collections.unmodifiableList(
        Arrays.asList(notHeld(), requiresCreation(), unclearAfterCorrection()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UnableToProvide}; all three rows are required. */
  public static final class Builder extends ImmutableUnableToProvide.Builder {
    Builder() {}
  }
}
