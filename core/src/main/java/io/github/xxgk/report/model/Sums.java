package io.github.xxgk.report.model;

/** Narrowing of the library's {@code long} sums to the model's {@code int} cells. */
final class Sums {
  private Sums() {}

  static int toInt(long sum, String type, String attribute) {
    if (sum < Integer.MIN_VALUE || sum > Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "Cannot build "
              + type
              + ": '"
              + attribute
              + "' was not given and its computed sum "
              + sum
              + " does not fit in an int; state it explicitly");
    }
    return (int) sum;
  }
}
