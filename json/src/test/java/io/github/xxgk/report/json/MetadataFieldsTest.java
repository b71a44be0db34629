package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.report.form.MetadataField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The metadata keys of the contract are the catalogue's fields, each read, written and described.
 */
class MetadataFieldsTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static String example() throws IOException {
    return new String(
        Files.readAllBytes(Paths.get("examples", "linfen-yaodu-2024.json")),
        StandardCharsets.UTF_8);
  }

  @Test
  void theDocumentStartsWithTheCataloguesFieldsInItsOrder() throws IOException {
    String written = ReportJson.standard().write(ReportJson.standard().read(example()));
    Iterator<String> keys = PLAIN.readTree(written).fieldNames();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < MetadataField.values().length; i++) {
      first.add("/" + keys.next());
    }
    List<String> pointers = new ArrayList<>();
    for (MetadataField field : MetadataField.values()) {
      pointers.add(field.pointer());
    }
    assertEquals(pointers, first);
  }

  @ParameterizedTest
  @EnumSource(MetadataField.class)
  void everyFieldIsReadBackAsWritten(MetadataField field) throws IOException {
    JsonNode written =
        PLAIN.readTree(ReportJson.standard().write(ReportJson.standard().read(example())));
    assertEquals(PLAIN.readTree(example()).at(field.pointer()), written.at(field.pointer()));
  }

  @ParameterizedTest
  @EnumSource(MetadataField.class)
  void everyFieldHasATypeInTheSchema(MetadataField field) throws IOException {
    JsonNode property = PLAIN.readTree(ReportSchema.text()).at("/properties" + field.pointer());
    assertTrue(
        property.has("type") || property.has("const") || property.has("enum"), property.toString());
    assertEquals(
        ReportShape.isRequired(field),
        PLAIN
            .readTree(ReportSchema.text())
            .get("required")
            .toString()
            .contains("\"" + field.pointer().substring(1) + "\""));
  }

  @ParameterizedTest
  @EnumSource(MetadataField.class)
  void aFieldOfTheWrongTypeIsATypeProblemAtItsPointer(MetadataField field) throws IOException {
    ObjectNode document = (ObjectNode) PLAIN.readTree(example());
    document.putArray(field.pointer().substring(1));
    ReportFormatException e =
        assertThrows(
            ReportFormatException.class,
            () -> ReportJson.standard().read(PLAIN.writeValueAsString(document)));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals(JsonRule.TYPE.id(), e.problems().get(0).ruleId());
    assertEquals(field.pointer(), e.problems().get(0).pointer());
  }

  /** A text key that is no field is unknown: the organ is never taken for it. */
  @Test
  void anUnknownTextKeyIsAnErrorAndNotTheOrgan() throws IOException {
    ObjectNode document = (ObjectNode) PLAIN.readTree(example());
    document.put("organName", "某某人民政府");
    ReportFormatException e =
        assertThrows(
            ReportFormatException.class,
            () -> ReportJson.standard().read(PLAIN.writeValueAsString(document)));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals(JsonRule.UNKNOWN_PROPERTY.id(), e.problems().get(0).ruleId());
    assertEquals("/organName", e.problems().get(0).pointer());
    assertEquals(
        ReportJson.standard().read(example()).organ(),
        ReportJson.builder()
            .allowUnknownProperties(true)
            .build()
            .read(PLAIN.writeValueAsString(document))
            .organ());
    assertTrue(e.problems().get(0).message(Locale.ENGLISH).startsWith("unknown property"));
  }
}
