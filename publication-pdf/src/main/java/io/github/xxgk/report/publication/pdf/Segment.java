package io.github.xxgk.report.publication.pdf;

/**
 * A ruling line in display space: horizontal (at {@code at = y}, from {@code from} to {@code to}
 * along x) or vertical (at {@code at = x}, along y). Table borders printed from Word arrive as
 * stroked lines or as thin filled rectangles; both become segments.
 */
final class Segment {
  final boolean horizontal;
  final float at;
  final float from;
  final float to;

  Segment(boolean horizontal, float at, float from, float to) {
    this.horizontal = horizontal;
    this.at = at;
    this.from = Math.min(from, to);
    this.to = Math.max(from, to);
  }

  float length() {
    return to - from;
  }

  /**
   * Whether this segment passes over {@code position} along its own axis, give or take {@code
   * slack}.
   */
  boolean spans(float position, float slack) {
    return from - slack <= position && position <= to + slack;
  }

  /** Whether a horizontal and a vertical segment meet, give or take {@code slack}. */
  static boolean meet(Segment horizontal, Segment vertical, float slack) {
    return horizontal.spans(vertical.at, slack) && vertical.spans(horizontal.at, slack);
  }

  @Override
  public String toString() {
    return (horizontal ? "H y=" : "V x=") + at + " [" + from + ", " + to + "]";
  }
}
