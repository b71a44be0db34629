package io.github.xxgk.report.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two builds of the benchmarks on a shared, loaded machine, where JMH runs minutes apart
 * differ by more than the change measured: both jars are loaded in one JVM, each in its own class
 * loader, and the same {@code ValidationBenchmark} methods of each are called alternately, a round
 * of calls at a time. It prints the median time a call of each and the median of the per-round
 * ratios (second jar over first); a method whose code is the same in both shows the pairing's own
 * tilt.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.xxgk.report.bench.PairedRounds \
 *     before.jar after.jar 5000 60 scanNarrativesOnce validateValidReport
 * </pre>
 */
public final class PairedRounds {
  private PairedRounds() {}

  /**
   * Arguments: the first jar, the second, calls a round, rounds, then the methods.
   *
   * @throws Exception if a jar or a method cannot be loaded or called
   */
  public static void main(String[] args) throws Exception {
    int calls = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<String> methods = Arrays.asList(args).subList(4, args.length);
    Object[] benchmarks = {load(args[0]), load(args[1])};
    for (String name : methods) {
      Method[] method = {
        benchmarks[0].getClass().getMethod(name), benchmarks[1].getClass().getMethod(name)
      };
      List<Double> first = new ArrayList<>();
      List<Double> second = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int r = -10; r < rounds; r++) {
        // Alternate which jar goes first, so that neither always follows the other.
        int a = r & 1;
        double[] ns = new double[2];
        ns[a] = round(method[a], benchmarks[a], calls);
        ns[1 - a] = round(method[1 - a], benchmarks[1 - a], calls);
        if (r >= 0) {
          first.add(ns[0]);
          second.add(ns[1]);
          ratios.add(ns[1] / ns[0]);
        }
      }
      System.out.printf(
          "%-45s %10.0f ns %10.0f ns  ratio %.3f%n",
          name, median(first), median(second), median(ratios));
    }
  }

  private static Object load(String jar) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {new File(jar).toURI().toURL()},
            ClassLoader.getSystemClassLoader().getParent());
    return loader
        .loadClass("io.github.xxgk.report.bench.ValidationBenchmark")
        .getConstructor()
        .newInstance();
  }

  static Object sink;

  private static double round(Method method, Object benchmark, int calls) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      sink = method.invoke(benchmark);
    }
    return (System.nanoTime() - start) / (double) calls;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
