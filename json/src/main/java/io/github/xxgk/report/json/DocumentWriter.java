package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes one report as the contract's canonical JSON, compact or pretty, to a string or a stream;
 * the counterpart of {@link DocumentReader}. A report that could not be read back is refused first
 * ({@link Writability}).
 */
final class DocumentWriter {
  private final JsonFactory factory;

  /**
   * Made on first use: databind loads some 300 classes, a third of a command-line run that only
   * reads.
   */
  private volatile Writers writers;

  DocumentWriter(JsonFactory factory) {
    this.factory = factory;
  }

  /** The mapper and the pretty writer, made once. */
  private static final class Writers {
    final JsonMapper mapper;
    final ObjectWriter pretty;

    Writers(JsonFactory factory) {
      // Only writes: no deserialization setting of it is ever used.
      this.mapper = JsonMapper.builder(factory).addModule(new ReportModule()).build();
      this.pretty = mapper.writer(new CanonicalPrettyPrinter());
    }
  }

  private Writers writers() {
    Writers made = writers;
    if (made == null) {
      synchronized (this) {
        made = writers;
        if (made == null) {
          made = new Writers(factory);
          writers = made;
        }
      }
    }
    return made;
  }

  /** The report as JSON text; see {@link ReportJson#write(AnnualReport)}. */
  String write(AnnualReport report, boolean pretty) {
    Writability.check(report);
    try {
      return pretty
          ? writers().pretty.writeValueAsString(report)
          : writers().mapper.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a report", e);
    }
  }

  /** The report as UTF-8 JSON on the stream, flushed, not closed. */
  void write(AnnualReport report, boolean pretty, OutputStream out) {
    Writability.check(report);
    try {
      writeTo(pretty ? writers().pretty : writers().mapper.writer(), out, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes to the stream itself where Jackson's byte generator writes characters beyond U+FFFF as
   * UTF-8, otherwise through a UTF-8 writer: an older byte generator escapes them, and the bytes
   * would differ from {@link ReportJson#write(AnnualReport)}.
   */
  private static void writeTo(ObjectWriter writer, OutputStream out, AnnualReport report)
      throws IOException {
    if (JacksonSupport.COMBINED_SURROGATES) {
      writer.writeValue(out, report);
    } else {
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.writeValue(text, report);
      text.flush();
    }
  }
}
