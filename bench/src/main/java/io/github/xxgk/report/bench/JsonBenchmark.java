package io.github.xxgk.report.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * Reading and writing the real report's JSON, against the floor (a bare streaming pass over the
 * tokens) and against what a user would write by hand (a tree).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ReportJson json = ReportJson.standard();
  private byte[] bytes;
  private AnnualReport report;
  private JsonNode tree;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

  /** Compact documents like the lines of {@link ScaleRun}'s file, read in turn. */
  private byte[][] generated;

  private int next;

  /** Loads the example's bytes once. */
  @Setup
  public void load() throws IOException {
    bytes = example();
    report = json.read(bytes);
    tree = mapper.readTree(bytes);
    generated = new byte[GENERATED][];
    for (int i = 0; i < GENERATED; i++) {
      generated[i] = ScaleRun.line(i);
    }
  }

  /**
   * How many generated documents are read in turn: enough that no one of them is all the JIT sees.
   */
  static final int GENERATED = 64;

  static byte[] example() throws IOException {
    try (InputStream in =
        JsonBenchmark.class.getResourceAsStream("/examples/linfen-yaodu-2024.json")) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) > 0; ) {
        buffer.write(chunk, 0, n);
      }
      return buffer.toByteArray();
    }
  }

  /** The floor: every token of the document, and nothing made of them. */
  @Benchmark
  public int readFloorStreaming() throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  /** What a user would write by hand: a tree. */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** The library: bytes to a validated-shape, immutable report. */
  @Benchmark
  public AnnualReport readReport() {
    return json.read(bytes);
  }

  /** The floor for the generated documents that {@link ScaleRun} validates. */
  @Benchmark
  public int readGeneratedFloorStreaming() throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(generated[next++ & (GENERATED - 1)])) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  /** The library on the generated documents that {@link ScaleRun} validates, one per call. */
  @Benchmark
  public AnnualReport readGeneratedReport() {
    return json.read(generated[next++ & (GENERATED - 1)]);
  }

  /** The floor of writing: the tree's tokens, streamed out. */
  @Benchmark
  public int writeTree() throws IOException {
    out.reset();
    mapper.writeValue(out, tree);
    return out.size();
  }

  /** The library: a report to canonical compact JSON. */
  @Benchmark
  public int writeReport() {
    out.reset();
    json.write(report, out);
    return out.size();
  }
}
