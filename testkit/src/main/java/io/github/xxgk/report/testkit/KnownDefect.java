package io.github.xxgk.report.testkit;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@link InvalidReport} and {@link InvalidSequence} share: the rules their one defect breaks,
 * exactly, and what the defect changed. Each adds what it breaks (a report, or reports of
 * consecutive years) as its {@link #subject()}, which equality and the string form include.
 */
abstract class KnownDefect {
  private final SortedSet<String> brokenRules;
  private final String defect;

  /**
   * The broken rules and the defect of a fixture.
   *
   * @param what the kind of fixture in an error message, e.g. {@code "an invalid report"}
   * @throws IllegalArgumentException if no rule is broken
   */
  KnownDefect(Set<String> brokenRules, String defect, String what) {
    this.brokenRules = Collections.unmodifiableSortedSet(new TreeSet<>(brokenRules));
    this.defect = Objects.requireNonNull(defect, "defect");
    if (this.brokenRules.isEmpty()) {
      throw new IllegalArgumentException(what + " breaks at least one rule: " + defect);
    }
  }

  /**
   * The ids of exactly the rules reported as ERROR for the fixture, sorted: an unmodifiable set,
   * never empty.
   */
  public SortedSet<String> brokenRules() {
    return brokenRules;
  }

  /** What the defect changed, for people. */
  public String defect() {
    return defect;
  }

  /** What the defect was applied to. */
  abstract Object subject();

  /** The name of {@link #subject()} in {@link #toString()}. */
  abstract String subjectName();

  @Override
  public final boolean equals(Object other) {
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    KnownDefect that = (KnownDefect) other;
    return subject().equals(that.subject())
        && brokenRules.equals(that.brokenRules)
        && defect.equals(that.defect);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(subject(), brokenRules, defect);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName()
        + "{brokenRules="
        + brokenRules
        + ", defect="
        + defect
        + ", "
        + subjectName()
        + "="
        + subject()
        + "}";
  }
}
