package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an {@link AnnualReport} canonically: the contract's key order, every cell including the
 * totals, absent optional values and empty lists of marked cells left out, marked cells in
 * catalogue order, money exactly as held (its scale kept).
 */
final class ReportSerializer extends StdSerializer<AnnualReport> {
  private static final long serialVersionUID = 1L;

  ReportSerializer() {
    super(AnnualReport.class);
  }

  @Override
  public void serialize(AnnualReport report, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    Writability.check(report);
    object(ReportShape.ROOT, report, generator);
  }

  private static void object(Node node, AnnualReport report, JsonGenerator generator)
      throws IOException {
    generator.writeStartObject();
    for (Node child : node.children()) {
      switch (child.kind) {
        case OBJECT:
          generator.writeFieldName(child.key);
          object(child, report, generator);
          break;
        case COUNT:
          generator.writeNumberField(child.key, child.cell.count(report));
          break;
        case MONEY:
          generator.writeNumberField(child.key, child.cell.amount(report));
          break;
        case METADATA:
          metadata(child, report, generator);
          break;
        case CELLS:
          cells(child, report, generator);
          break;
        case NARRATIVE:
          Optional<String> section = child.section.read(report);
          if (section.isPresent()) {
            generator.writeStringField(child.key, section.get());
          }
          break;
      }
    }
    generator.writeEndObject();
  }

  /** A list of marked cells, in catalogue order as the model keeps them; left out when empty. */
  private static void cells(Node node, AnnualReport report, JsonGenerator generator)
      throws IOException {
    Set<Cell> cells =
        node.key.equals(ReportShape.BLANK_CELLS)
            ? report.blankCells()
            : report.notApplicableCells();
    if (cells.isEmpty()) {
      return;
    }
    generator.writeArrayFieldStart(node.key);
    for (Cell cell : cells) {
      generator.writeString(cell.pointer());
    }
    generator.writeEndArray();
  }

  /** A metadata field; an absent optional one is left out. */
  private static void metadata(Node node, AnnualReport report, JsonGenerator generator)
      throws IOException {
    switch (node.field) {
      case EDITION:
        generator.writeStringField(node.key, report.edition());
        return;
      case ORGAN:
        generator.writeStringField(node.key, report.organ());
        return;
      case ORGAN_KIND:
        if (report.organKind().isPresent()) {
          generator.writeStringField(node.key, report.organKind().get().jsonName());
        }
        return;
      case YEAR:
        generator.writeNumberField(node.key, report.year());
        return;
      case PUBLISHED_ON:
        if (report.publishedOn().isPresent()) {
          generator.writeStringField(node.key, report.publishedOn().get().toString());
        }
        return;
    }
  }
}
