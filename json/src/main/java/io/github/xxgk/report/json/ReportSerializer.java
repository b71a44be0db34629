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
        case YEAR:
          generator.writeNumberField(child.key, report.year());
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
        default:
          Optional<String> text = text(child.key, report);
          if (text.isPresent()) {
            generator.writeStringField(child.key, text.get());
          }
      }
    }
    generator.writeEndObject();
  }

  /** A list of marked cells, in catalogue order as the model keeps them; left out when empty. */
  private static void cells(Node node, AnnualReport report, JsonGenerator generator)
      throws IOException {
    Set<Cell> cells =
        node.key.equals(ReportShape.BLANK_CELLS) ? report.blankCells() : report.notApplicableCells();
    if (cells.isEmpty()) {
      return;
    }
    generator.writeArrayFieldStart(node.key);
    for (Cell cell : cells) {
      generator.writeString(cell.pointer());
    }
    generator.writeEndArray();
  }

  private static Optional<String> text(String key, AnnualReport report) {
    switch (key) {
      case ReportShape.EDITION:
        return Optional.of(report.edition());
      case ReportShape.ORGAN:
        return Optional.of(report.organ());
      case ReportShape.ORGAN_KIND:
        return report.organKind().map(kind -> kind.jsonName());
      case ReportShape.PUBLISHED_ON:
        return report.publishedOn().map(date -> date.toString());
      default:
        throw new IllegalStateException("no text property " + key);
    }
  }
}
