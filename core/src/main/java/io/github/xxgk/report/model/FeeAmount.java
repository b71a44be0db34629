package io.github.xxgk.report.model;

import java.io.Serializable;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Table 二, article 20 (八): administrative fees collected this year, in 万元 (10,000 yuan), held
 * exactly as reported.
 */
@Value.Immutable
public abstract class FeeAmount implements Serializable {
  private static final long serialVersionUID = 1L;

  FeeAmount() {}

  /**
   * The amount in 万元, exactly as reported: its scale is kept, so {@code 12.30} and {@code 12.3} are
   * different values.
   */
  @Value.Parameter
  public abstract BigDecimal amountWanYuan();

  /** The amount in 万元. */
  public static FeeAmount of(BigDecimal amountWanYuan) {
    return ImmutableFeeAmount.of(amountWanYuan);
  }

  /** An amount of zero 万元. */
  public static FeeAmount zero() {
    return of(BigDecimal.ZERO);
  }
}
