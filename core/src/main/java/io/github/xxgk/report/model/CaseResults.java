package io.github.xxgk.report.model;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * Table 四: the results of one group of cases, administrative reconsideration or one kind of
 * litigation. {@link #total()} is stated by the report and defaults to {@link #computedTotal()}.
 */
@Value.Immutable
public abstract class CaseResults implements Serializable {
  private static final long serialVersionUID = 1L;

  CaseResults() {}

  /** Decision upheld. */
  public abstract int upheld();

  /** Decision corrected. */
  public abstract int corrected();

  /** Other results. */
  public abstract int other();

  /** Not yet concluded. */
  public abstract int pending();

  /**
   * The total as the report states it; defaults to the sum of the four results.
   *
   * @throws IllegalStateException at {@code build()} when no total is given and the sum does not
   *     fit in an {@code int}
   */
  @Value.Default
  public int total() {
    return Sums.toInt(computedTotal(), "CaseResults", "total");
  }

  /** upheld + corrected + other + pending, in {@code long}. */
  public final long computedTotal() {
    return (long) upheld() + corrected() + other() + pending();
  }

  /** The four results in the form's order; the total is their sum. */
  public static CaseResults of(int upheld, int corrected, int other, int pending) {
    return builder().upheld(upheld).corrected(corrected).other(other).pending(pending).build();
  }

  /** No cases. */
  public static CaseResults zero() {
    return of(0, 0, 0, 0);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseResults}; every result but {@code total} is required. */
  public static final class Builder extends ImmutableCaseResults.Builder {
    Builder() {}
  }
}
