package io.github.xxgk.report.model;

import java.io.Serializable;
import org.immutables.value.Value;

/** Section and table 四: administrative reconsideration and litigation over disclosure. */
@Value.Immutable
public abstract class ReconsiderationAndLitigation implements Serializable {
  private static final long serialVersionUID = 1L;

  ReconsiderationAndLitigation() {}

  /** Administrative reconsideration. */
  public abstract CaseResults reconsideration();

  /** Administrative litigation brought directly, without reconsideration. */
  public abstract CaseResults litigationWithoutReconsideration();

  /** Administrative litigation brought after reconsideration. */
  public abstract CaseResults litigationAfterReconsideration();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconsiderationAndLitigation}; all three groups are required. */
  public static final class Builder extends ImmutableReconsiderationAndLitigation.Builder {
    Builder() {}
  }
}
