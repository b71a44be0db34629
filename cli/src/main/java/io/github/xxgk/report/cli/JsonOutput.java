package io.github.xxgk.report.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * One JSON document, written as findings are found: {@code {"files": [...], "summary": {...}}}.
 * Every field is described in the help of {@code validate} ({@code help/validate.txt}); a test
 * checks that the help names every field written here.
 */
final class JsonOutput implements Output {
  private final JsonGenerator json;
  private final Language language;
  private boolean findingsOpen;

  JsonOutput(OutputStream out, Language language) throws IOException {
    this.language = language;
    this.json =
        JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .createGenerator(out);
    json.writeStartObject();
    json.writeArrayFieldStart("files");
  }

  @Override
  public void startFile(FileTally file) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", file.name);
    json.writeArrayFieldStart("findings");
    findingsOpen = true;
  }

  @Override
  public void finding(FileTally file, int record, String organ, Integer year, Problem problem)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", problem.ruleId());
    json.writeStringField("severity", problem.severity().name());
    json.writeStringField("path", problem.pointer());
    json.writeStringField("message", problem.message(language));
    if (record >= 0) {
      json.writeNumberField("record", record);
    }
    int line = Output.line(problem);
    if (line > 0) {
      json.writeNumberField("line", line);
    }
    int column = Output.column(problem);
    if (column > 0) {
      json.writeNumberField("column", column);
    }
    if (organ != null) {
      json.writeStringField("organ", organ);
    }
    if (year != null) {
      json.writeNumberField("year", year);
    }
    if (problem.stated().isPresent()) {
      json.writeNumberField("stated", problem.stated().get());
    }
    if (problem.computed().isPresent()) {
      json.writeNumberField("computed", problem.computed().get());
    }
    json.writeEndObject();
  }

  @Override
  public void endFile(FileTally file) throws IOException {
    if (findingsOpen) {
      json.writeEndArray();
      findingsOpen = false;
    }
    json.writeNumberField("omitted", file.omitted);
    json.writeNumberField("records", file.records);
    json.writeNumberField("reports", file.reports);
    json.writeNumberField("validReports", file.validReports);
    json.writeNumberField("errors", file.errors);
    json.writeNumberField("warnings", file.warnings);
    json.writeNumberField("infos", file.infos);
    json.writeBooleanField("readable", !file.notReport() && !file.internalFailure);
    json.writeBooleanField("valid", file.valid());
    json.writeEndObject();
    json.flush();
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("inputs", summary.inputs);
    json.writeNumberField("unreadableInputs", summary.unreadableInputs);
    json.writeNumberField("records", summary.records);
    json.writeNumberField("reports", summary.reports);
    json.writeNumberField("validReports", summary.validReports);
    json.writeNumberField("invalidReports", summary.invalidReports);
    json.writeNumberField("withPreviousYear", summary.withPrevious);
    json.writeObjectFieldStart("rules");
    for (Map.Entry<String, Long> rule : summary.rules.entrySet()) {
      json.writeNumberField(rule.getKey(), rule.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("exitStatus", summary.exitStatus);
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
