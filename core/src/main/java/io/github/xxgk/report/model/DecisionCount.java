package io.github.xxgk.report.model;

import java.io.Serializable;
import org.immutables.value.Value;

/** Table 二, article 20 (五) and (六): decisions made this year in one kind of matter. */
@Value.Immutable
public abstract class DecisionCount implements Serializable {
  private static final long serialVersionUID = 1L;

  DecisionCount() {}

  /** Decisions made this year. */
  @Value.Parameter
  public abstract int decisions();

  /** The count of decisions. */
  public static DecisionCount of(int decisions) {
    return ImmutableDecisionCount.of(decisions);
  }
}
