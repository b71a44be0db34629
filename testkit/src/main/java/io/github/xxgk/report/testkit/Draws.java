package io.github.xxgk.report.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bridges the plain-Java derivations to jqwik: finds the bounds of the draws a derivation makes,
 * and replays draws that jqwik generated (and shrinks) as a {@link Randomness}.
 */
final class Draws {
  private Draws() {}

  /**
   * The bound of every draw that {@code derivation} makes, in order. Valid because each derivation
   * makes the same draws whatever their values; the testkit's tests check that.
   */
  static List<Integer> bounds(Consumer<Randomness> derivation) {
    List<Integer> bounds = new ArrayList<>();
    derivation.accept(
        max -> {
          bounds.add(max);
          return 0;
        });
    return Collections.unmodifiableList(bounds);
  }

  /** Replays given draws; fails loudly if a derivation asks for other bounds than recorded. */
  static Randomness replay(List<Integer> values, List<Integer> bounds) {
    return new Randomness() {
      private int next;

      @Override
      public int upTo(int max) {
        if (next >= values.size() || bounds.get(next) != max) {
          throw new IllegalStateException(
              "draw " + next + " asks for a bound of " + max + ", recorded " + bounds);
        }
        return values.get(next++);
      }
    };
  }
}
