package io.github.xxgk.report.json.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON array with one object per input file: {@code file}, {@code valid}, {@code reports},
 * and {@code violations}, each with {@code rule}, {@code severity}, {@code path}, {@code message},
 * {@code record}, {@code line}, and {@code stated}/{@code computed} when known.
 */
final class JsonOutput {
  private JsonOutput() {}

  static void print(List<FileResult> results, OutputStream out) {
    JsonFactory factory =
        JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartArray();
      for (FileResult result : results) {
        json.writeStartObject();
        json.writeStringField("file", result.file);
        json.writeBooleanField("valid", result.valid() && !result.unreadable());
        json.writeNumberField("reports", result.reports);
        json.writeArrayFieldStart("violations");
        for (Finding finding : result.findings) {
          json.writeStartObject();
          json.writeStringField("rule", finding.rule);
          json.writeStringField("severity", finding.severity.name());
          json.writeStringField("path", finding.pointer);
          json.writeStringField("message", finding.message);
          if (finding.record >= 0) {
            json.writeNumberField("record", finding.record);
          }
          if (finding.line > 0) {
            json.writeNumberField("line", finding.line);
          }
          if (finding.stated.isPresent()) {
            json.writeNumberField("stated", finding.stated.get());
          }
          if (finding.computed.isPresent()) {
            json.writeNumberField("computed", finding.computed.get());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
