package io.github.xxgk.report.model;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * Section and table 二: information disclosed proactively under article 20 of the regulations. The
 * form prints no arithmetic for this table.
 */
@Value.Immutable
public abstract class ProactiveDisclosure implements Serializable {
  private static final long serialVersionUID = 1L;

  ProactiveDisclosure() {}

  /** Article 20 (一): rules (规章). */
  public abstract DocumentCounts regulations();

  /** Article 20 (一): administrative normative documents. */
  public abstract DocumentCounts normativeDocuments();

  /** Article 20 (五): administrative licensing. */
  public abstract DecisionCount licensing();

  /** Article 20 (六): administrative punishment. */
  public abstract DecisionCount punishment();

  /** Article 20 (六): administrative coercion. */
  public abstract DecisionCount coercion();

  /** Article 20 (八): administrative fees. */
  public abstract FeeAmount fees();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProactiveDisclosure}; every item is required. */
  public static final class Builder extends ImmutableProactiveDisclosure.Builder {
    Builder() {}
  }
}
