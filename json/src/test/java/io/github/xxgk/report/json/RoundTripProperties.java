package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.model.AnnualReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing and reading are inverse, and writing is canonical. */
class RoundTripProperties {
  private final ReportJson json = ReportJson.standard();

  @Provide
  Arbitrary<AnnualReport> reports() {
    return RandomReports.reports();
  }

  @Property
  void readingWhatWasWrittenGivesAnEqualReport(@ForAll("reports") AnnualReport report) {
    assertEquals(report, json.read(json.write(report)));
    assertEquals(report, json.read(json.writePretty(report)));
  }

  @Property
  void writingWhatWasReadGivesTheSameBytes(@ForAll("reports") AnnualReport report) {
    String compact = json.write(report);
    assertEquals(compact, json.write(json.read(compact.getBytes(StandardCharsets.UTF_8))));
    String pretty = json.writePretty(report);
    assertEquals(pretty, json.writePretty(json.read(pretty)));
  }

  @Property
  void streamsCarryTheSameUtf8AsStrings(@ForAll("reports") AnnualReport report) {
    ByteArrayOutputStream compact = new ByteArrayOutputStream();
    json.write(report, compact);
    assertArrayEquals(json.write(report).getBytes(StandardCharsets.UTF_8), compact.toByteArray());
    ByteArrayOutputStream pretty = new ByteArrayOutputStream();
    json.writePretty(report, pretty);
    assertArrayEquals(
        json.writePretty(report).getBytes(StandardCharsets.UTF_8), pretty.toByteArray());
  }
}
