package io.github.xxgk.report.testkit;

/**
 * The only source of choices for {@link ReportGenerator}: a report is derived from a fixed list of
 * draws, each a number between 0 and a bound. {@link SplitMix64} supplies them from a seed; the
 * jqwik layer supplies them from arbitraries, so that both share the derivation and jqwik can
 * shrink every draw towards 0.
 */
public interface Randomness {
  /** The next draw: a number from {@code 0} to {@code max} (at least 0), both included. */
  int upTo(int max);
}
