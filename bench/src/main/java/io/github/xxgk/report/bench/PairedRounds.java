package io.github.xxgk.report.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two builds of the benchmarks on a shared, loaded machine, where JMH runs minutes apart
 * differ by more than the change measured: both jars are loaded in one JVM, each in its own class
 * loader, and the same {@code ValidationBenchmark} methods of each are called in turn, a round of
 * calls at a time, every method of both jars once a round from another starting point each round.
 * It prints the median time a call of each and the median of the per-round ratios (second jar over
 * first); a method whose code is the same in both shows the pairing's own tilt.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.xxgk.report.bench.PairedRounds \
 *     before.jar after.jar 5000 60 scanNarrativesOnce validateValidReport
 * </pre>
 *
 * <p>Another benchmark class is named by {@code -Dxxgk.benchmark=PublishedReadBenchmark}, its
 * {@code @Param} fields set by {@code -Dxxgk.param.page=linfen-yaodu-2024.txt}, and its
 * {@code @Setup} methods run after. With the first method named a floor ({@code floorDecoding}),
 * each other method's median ratio to it within each jar is printed too: the ratio an issue's
 * measure asks for, taken in the same rounds.
 *
 * <p>{@code -Dxxgk.clock=cpu} times each round by the thread's CPU time instead of the wall clock.
 * On a machine with more runnable threads than cores, the wall clock counts the time the thread
 * waited for a core, which varies from round to round by more than the change measured; the CPU
 * time leaves it out (and the collector's threads with it): its pairs of the same change differed
 * by 2–5 % at load 5–18 where the wall clock's differed by 10 % and more (bench/README.md,
 * "perf19"). Either way, run both orders: the jar named second tends to read faster.
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
    int n = methods.size();
    Method[][] method = new Method[2][n];
    for (int jar = 0; jar < 2; jar++) {
      for (int m = 0; m < n; m++) {
        method[jar][m] = benchmarks[jar].getClass().getMethod(methods.get(m));
      }
    }
    // times[jar][m]: a call's time, one entry a round
    List<List<List<Double>>> times = new ArrayList<>();
    for (int jar = 0; jar < 2; jar++) {
      times.add(new ArrayList<>());
      for (int m = 0; m < n; m++) {
        times.get(jar).add(new ArrayList<>());
      }
    }
    for (int r = -10; r < rounds; r++) {
      // Every method of both jars once a round, starting at another one each round, so that
      // none always follows another; ratios are then taken within a round.
      for (int k = 0; k < 2 * n; k++) {
        int slot = (k + Math.max(r, 0)) % (2 * n);
        int jar = slot / n;
        int m = slot % n;
        double ns = round(method[jar][m], benchmarks[jar], calls);
        if (r >= 0) {
          times.get(jar).get(m).add(ns);
        }
      }
    }
    for (int m = 0; m < n; m++) {
      System.out.printf(
          "%-45s %10.0f ns %10.0f ns  ratio %.3f%n",
          methods.get(m),
          median(times.get(0).get(m)),
          median(times.get(1).get(m)),
          median(ratios(times.get(1).get(m), times.get(0).get(m))));
    }
    // Each method against the first one named (a floor), within each jar: the issues' measures.
    for (int m = 1; m < n; m++) {
      for (int jar = 0; jar < 2; jar++) {
        System.out.printf(
            "jar %d: %s / %s  %.2f%n",
            jar + 1,
            methods.get(m),
            methods.get(0),
            median(ratios(times.get(jar).get(m), times.get(jar).get(0))));
      }
    }
  }

  /** The per-round ratios of two series of the same rounds. */
  private static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < numerators.size(); r++) {
      ratios.add(numerators.get(r) / denominators.get(r));
    }
    return ratios;
  }

  private static Object load(String jar) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {new File(jar).toURI().toURL()},
            ClassLoader.getSystemClassLoader().getParent());
    Class<?> type =
        loader.loadClass(
            "io.github.xxgk.report.bench."
                + System.getProperty("xxgk.benchmark", "ValidationBenchmark"));
    Object benchmark = type.getConstructor().newInstance();
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith(PARAMETER)) {
        type.getField(name.substring(PARAMETER.length())).set(benchmark, System.getProperty(name));
      }
    }
    for (Method method : type.getMethods()) {
      for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
        // JMH's @Setup of the jar's own loader: what JMH would run before measuring
        if (annotation.annotationType().getSimpleName().equals("Setup")) {
          method.invoke(benchmark);
        }
      }
    }
    return benchmark;
  }

  /** The prefix of system properties that set a benchmark's {@code @Param} fields. */
  private static final String PARAMETER = "xxgk.param.";

  static Object sink;

  /** The thread's CPU time, when {@code -Dxxgk.clock=cpu}; null for the wall clock. */
  private static final ThreadMXBean CPU =
      "cpu".equals(System.getProperty("xxgk.clock")) ? ManagementFactory.getThreadMXBean() : null;

  private static double round(Method method, Object benchmark, int calls) throws Exception {
    long start = now();
    for (int i = 0; i < calls; i++) {
      sink = method.invoke(benchmark);
    }
    return (now() - start) / (double) calls;
  }

  private static long now() {
    return CPU == null ? System.nanoTime() : CPU.getCurrentThreadCpuTime();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
