package io.github.xxgk.report.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * Table 三, part 三: how this year's applications were handled, in 21 outcome rows and the stated
 * total row 三（七）.
 */
@Value.Immutable
public abstract class Outcomes implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many outcome rows the form has: every row of part 三 except its total. */
  public static final int OUTCOME_ROW_COUNT = 21;

  Outcomes() {}

  /** 三（一）: disclosed. */
  public abstract ApplicantCounts disclosed();

  /**
   * 三（二）: partially disclosed. An application handled by separating what can be disclosed is
   * counted here only.
   */
  public abstract ApplicantCounts partiallyDisclosed();

  /** 三（三）: not disclosed, by ground. */
  public abstract NotDisclosed notDisclosed();

  /** 三（四）: unable to provide, by reason. */
  public abstract UnableToProvide unableToProvide();

  /** 三（五）: not processed, by kind. */
  public abstract NotProcessed notProcessed();

  /** 三（六）: handled in other ways. */
  public abstract OtherHandling otherHandling();

  /**
   * 三（七）, the total row as the report states it; defaults to {@link #computedTotal()}.
   *
   * @throws IllegalStateException at {@code build()} when no total is given and a column sum does
   *     not fit in an {@code int}
   */
  @Value.Default
  public ApplicantCounts total() {
    return computedTotal().toCounts("Outcomes", "total");
  }

  /** The 21 outcome rows in the form's order, without the total row. */
  public final List<ApplicantCounts> rows() {
    List<ApplicantCounts> rows = new ArrayList<>(OUTCOME_ROW_COUNT);
    rows.add(disclosed());
    rows.add(partiallyDisclosed());
    rows.addAll(notDisclosed().rows());
    rows.addAll(unableToProvide().rows());
    rows.addAll(notProcessed().rows());
    rows.addAll(otherHandling().rows());
    return Collections.unmodifiableList(rows);
  }

  /** The column sums of the 21 outcome rows, in {@code long}. */
  public final ApplicantSums computedTotal() {
    return ApplicantSums.of(rows());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcomes}; every part but {@code total} is required. */
  public static final class Builder extends ImmutableOutcomes.Builder {
    Builder() {}
  }
}
