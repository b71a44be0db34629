package io.github.xxgk.report.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * Section and table 三: applications received and how they were handled. Each of its 25 numeric rows
 * is an {@link ApplicantCounts}.
 *
 * <p>The form prints the balance of every column: rows 一 + 二 = 三（七） + 四. The model holds whatever a
 * report states; the validator checks the balance.
 */
@Value.Immutable
public abstract class Applications implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many numeric rows table 三 has. */
  public static final int ROW_COUNT = 25;

  Applications() {}

  /** 一: applications newly received this year. */
  public abstract ApplicantCounts newlyReceived();

  /** 二: applications carried over from the previous year. */
  public abstract ApplicantCounts carriedOverFromPreviousYear();

  /** 三: this year's outcomes. */
  public abstract Outcomes outcomes();

  /** 四: applications carried over to next year. */
  public abstract ApplicantCounts carriedOverToNextYear();

  /** All 25 numeric rows in the form's order, the stated outcome total included. */
  public final List<ApplicantCounts> rows() {
    List<ApplicantCounts> rows = new ArrayList<>(ROW_COUNT);
    rows.add(newlyReceived());
    rows.add(carriedOverFromPreviousYear());
    rows.addAll(outcomes().rows());
    rows.add(outcomes().total());
    rows.add(carriedOverToNextYear());
    return Collections.unmodifiableList(rows);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Applications}; every row is required. */
  public static final class Builder extends ImmutableApplications.Builder {
    Builder() {}
  }
}
