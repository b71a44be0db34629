package io.github.xxgk.report.bench;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportArbitraries;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Valid reports per second, from the plain generator and through jqwik. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerationBenchmark {
  private long seed;
  private Iterator<AnnualReport> jqwik;

  /** Starts jqwik's sample stream once; it can be drawn from outside a property. */
  @Setup
  public void start() {
    jqwik = ReportArbitraries.validReports().sampleStream().iterator();
  }

  /** The plain, seeded generator that fixtures use. */
  @Benchmark
  public AnnualReport plainGenerator() {
    return ReportFixtures.valid(seed++);
  }

  /** The same reports through jqwik's arbitrary, shrinkable values included. */
  @Benchmark
  public AnnualReport jqwikArbitrary() {
    return jqwik.next();
  }
}
