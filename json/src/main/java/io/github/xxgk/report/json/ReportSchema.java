package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.MetadataField;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.resource.ShippedResource;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of the contract, shipped in the jar at {@link #RESOURCE}. Its
 * {@code title}s are the form's official Chinese captions, taken from the cell catalogue; the
 * {@code description}s are the English renderings.
 *
 * <p>The schema says what a structurally valid document is. The reader is stricter in ways a schema
 * cannot express: duplicate keys, counts written as {@code 1.0} or {@code 1e2} (which JSON Schema's
 * {@code integer} accepts), a cell in both {@code blankCells} and {@code notApplicableCells} or
 * listed while it holds a value other than 0, and its limits. Neither checks the form's arithmetic:
 * that is the validator's job.
 */
public final class ReportSchema {
  /** The class-path resource of the schema. */
  public static final String RESOURCE =
      "/io/github/xxgk/report/json/annual-report-2021.schema.json";

  /** The schema's {@code $id}. */
  public static final String ID =
      "https://xxgk.github.io/xxgk-report/annual-report-2021.schema.json";

  private ReportSchema() {}

  /**
   * The schema as shipped, UTF-8 JSON text.
   *
   * @throws IllegalStateException if the jar lacks the resource
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String text() {
    return ShippedResource.text(ReportSchema.class, RESOURCE);
  }

  /** The schema generated afresh from the catalogue; the shipped resource is this text. */
  static String generate() {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "Annual report on open government information, edition 2021");
    schema.put(
        "description",
        "Annual report on open government information, form of "
            + Edition.V2021.document()
            + ", JSON contract format 1");
    object(schema, ReportShape.ROOT);
    try {
      return JsonMapper.builder()
              .build()
              .writer(new CanonicalPrettyPrinter())
              .writeValueAsString(schema)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void object(ObjectNode schema, Node node) {
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = JsonNodeFactory.instance.arrayNode();
    for (Node child : node.children()) {
      ObjectNode property = properties.putObject(child.key);
      describe(property, child);
      if (child.required()) {
        required.add(child.key);
      }
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);
  }

  private static void describe(ObjectNode property, Node node) {
    if (node.label() != null) {
      property.put("title", node.label().zh());
      property.put("description", node.label().en());
    }
    switch (node.kind) {
      case OBJECT:
        object(property, node);
        break;
      case METADATA:
        metadata(property, node.field);
        break;
      case COUNT:
        int32(property);
        break;
      case NARRATIVE:
        property.put("type", "string");
        break;
      case MONEY:
        property.put("type", "number");
        break;
      case CELLS:
        cells(property, node);
        break;
    }
  }

  private static void metadata(ObjectNode property, MetadataField field) {
    switch (field) {
      case EDITION:
        property.put("description", "Edition of the form; only 2021 is defined");
        property.put("const", "2021");
        break;
      case ORGAN_KIND:
        property.put("description", "Kind of reporting organ");
        property.putArray("enum").add("government").add("department").add("other");
        break;
      case YEAR:
        property.put("description", "Year reported on");
        int32(property);
        break;
      case PUBLISHED_ON:
        property.put("description", "Date signed at the end of the report, YYYY-MM-DD");
        property.put("type", "string");
        property.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        property.put("format", "date");
        break;
      case ORGAN:
        property.put("description", "Reporting organ, as written in the report");
        property.put("type", "string");
        break;
    }
  }

  private static void cells(ObjectNode property, Node node) {
    property.put(
        "description",
        node.key.equals(ReportShape.BLANK_CELLS)
            ? "Cells printed empty in the published report; each holds 0"
            : "Cells printed as not applicable ("
                + quoted(PublishedWording.NOT_APPLICABLE_MARKS)
                + ") in the published report; each holds 0");
    property.put("type", "array");
    property.put("uniqueItems", true);
    ArrayNode pointers = property.putObject("items").putArray("enum");
    for (Cell cell : FormCells.all()) {
      pointers.add(cell.pointer());
    }
  }

  /** {@code "a", "b"}: the marks as the schema's description lists them. */
  private static String quoted(List<String> marks) {
    StringBuilder text = new StringBuilder();
    for (String mark : marks) {
      text.append(text.length() == 0 ? "\"" : ", \"").append(mark).append('"');
    }
    return text.toString();
  }

  private static void int32(ObjectNode property) {
    property.put("type", "integer");
    property.put("minimum", Integer.MIN_VALUE);
    property.put("maximum", Integer.MAX_VALUE);
  }
}
