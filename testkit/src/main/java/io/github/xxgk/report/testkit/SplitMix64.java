package io.github.xxgk.report.testkit;

/**
 * Steele, Lea and Flood's SplitMix64 generator: a few lines of fixed arithmetic, so the same seed
 * gives the same draws on every JDK, unlike {@link java.util.Random} subclasses or {@code
 * ThreadLocalRandom}, whose algorithms the JDK may change. Not thread-safe; not for cryptography.
 */
public final class SplitMix64 implements Randomness {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  /** A generator whose sequence is fixed by the seed, any value. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** The next 64 pseudo-random bits. */
  public long nextLong() {
    long z = (state += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The bias of reducing 63 random bits modulo at most 2<sup>31</sup> is below 2<sup>-32</sup>,
   * which no fixture can notice; a rejection loop would buy nothing.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  @Override
  public int upTo(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be at least 0: " + max);
    }
    return (int) ((nextLong() >>> 1) % (max + 1L));
  }
}
