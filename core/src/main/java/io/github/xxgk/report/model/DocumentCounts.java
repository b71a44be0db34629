package io.github.xxgk.report.model;

import java.io.Serializable;
import org.immutables.value.Value;

/** Table 二, article 20 (一): one kind of document issued, repealed and in force. */
@Value.Immutable
public abstract class DocumentCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  DocumentCounts() {}

  /** Issued this year. */
  @Value.Parameter
  public abstract int issued();

  /** Repealed this year. */
  @Value.Parameter
  public abstract int repealed();

  /** Currently in force. */
  @Value.Parameter
  public abstract int inForce();

  /** The counts in the form's column order. */
  public static DocumentCounts of(int issued, int repealed, int inForce) {
    return ImmutableDocumentCounts.of(issued, repealed, inForce);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentCounts}; all three counts are required. */
  public static final class Builder extends ImmutableDocumentCounts.Builder {
    Builder() {}
  }
}
