package io.github.xxgk.report.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/** Table 三, group 三（五）: the five kinds of application that are not processed. */
@Value.Immutable
public abstract class NotProcessed implements Serializable {
  private static final long serialVersionUID = 1L;

  NotProcessed() {}

  /** Row 1: petitions, reports and complaints. */
  public abstract ApplicantCounts petitionsAndComplaints();

  /** Row 2: repeated applications. */
  public abstract ApplicantCounts repeatedApplications();

  /** Row 3: requests for public publications. */
  public abstract ApplicantCounts publicPublications();

  /** Row 4: excessive repeated applications without good reason. */
  public abstract ApplicantCounts excessiveApplications();

  /** Row 5: requests to confirm or reissue information already obtained. */
  public abstract ApplicantCounts confirmationRequests();

  /** The five rows in the form's order. */
  public final List<ApplicantCounts> rows() {
    return Collections.unmodifiableList(
        Arrays.asList(
            petitionsAndComplaints(),
            repeatedApplications(),
            publicPublications(),
            excessiveApplications(),
            confirmationRequests()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotProcessed}; all five rows are required. */
  public static final class Builder extends ImmutableNotProcessed.Builder {
    Builder() {}
  }
}
