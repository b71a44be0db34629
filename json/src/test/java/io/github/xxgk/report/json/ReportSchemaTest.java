package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped schema, checked by networknt's validator against documents the reader judges. */
class ReportSchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ReportSchema.text());

  private static Set<ValidationMessage> validate(String document) {
    try {
      return SCHEMA.validate(PLAIN.readTree(document));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void shippedSchemaIsTheGeneratedOne() throws Exception {
    String fresh = ReportSchema.generate();
    if (!fresh.equals(ReportSchema.text())) {
      Files.write(
          Paths.get("target", "annual-report-2021.schema.json"),
          fresh.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(
        fresh,
        ReportSchema.text(),
        "schema is stale: copy target/annual-report-2021.schema.json to src/main/resources"
            + ReportSchema.RESOURCE);
  }

  @Test
  void titlesAreTheCataloguesLabels() throws Exception {
    JsonNode schema = PLAIN.readTree(ReportSchema.text());
    for (Cell cell : FormCells.all()) {
      JsonNode node = schema;
      for (String segment : cell.pointer().substring(1).split("/")) {
        node = node.get("properties").get(segment);
      }
      assertEquals(cell.column().label().zh(), node.get("title").asText(), cell.pointer());
    }
    Cell secret = FormCells.applications(ApplicationRow.STATE_SECRET, ApplicantColumn.TOTAL);
    JsonNode outcomes = schema.at("/properties/applications/properties/outcomes");
    assertEquals(secret.rowLabels().get(0).zh(), outcomes.get("title").asText());
    assertEquals(
        secret.rowLabels().get(2).zh(),
        outcomes.at("/properties/notDisclosed/properties/stateSecret/title").asText());
    for (NarrativeSection section : NarrativeSection.values()) {
      assertEquals(
          section.label().zh(), schema.at("/properties" + section.pointer() + "/title").asText());
    }
    assertEquals(
        FormTable.RECONSIDERATION_AND_LITIGATION.label().zh(),
        schema.at("/properties/reconsiderationAndLitigation/title").asText());
  }

  @Test
  void theMarkListsAllowExactlyTheCataloguesPointersInItsOrder() throws Exception {
    JsonNode schema = PLAIN.readTree(ReportSchema.text());
    for (String list : new String[] {"blankCells", "notApplicableCells"}) {
      JsonNode property = schema.at("/properties/" + list);
      assertEquals("array", property.get("type").asText());
      assertTrue(property.get("uniqueItems").asBoolean());
      assertFalse(schema.get("required").toString().contains(list));
      JsonNode pointers = property.at("/items/enum");
      assertEquals(FormCells.SIZE, pointers.size());
      for (Cell cell : FormCells.all()) {
        assertEquals(cell.pointer(), pointers.get(FormCells.all().indexOf(cell)).asText());
      }
    }
  }

  @Test
  void theExamplePasses() throws Exception {
    assertEquals(0, validate(Hostile.EXAMPLE).size(), () -> validate(Hostile.EXAMPLE).toString());
  }

  @Provide
  Arbitrary<AnnualReport> reports() {
    return RandomReports.reports();
  }

  @Property(tries = 200)
  void generatedReportsPass(@ForAll("reports") AnnualReport report) throws Exception {
    Set<ValidationMessage> messages = validate(ReportJson.standard().write(report));
    assertTrue(messages.isEmpty(), messages::toString);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"inForce\": 21|\"inForce\": \"21\"",
        "\"inForce\": 21|\"inForce\": 2147483648",
        "\"inForce\": 21|\"inForce\": 1.5",
        "\"inForce\": 21|\"inForce\": null",
        "\"year\": 2024,|\"year\": 2024, \"mayor\": 1,",
        "\"organ\": \"临汾市尧都区人民政府办公室\",|",
        "\"edition\": \"2021\"|\"edition\": \"2020\"",
        "\"organKind\": \"department\"|\"organKind\": \"city\"",
        "\"publishedOn\": \"2025-01-13\"|\"publishedOn\": \"2025-1-13\"",
        "\"amountWanYuan\": 0|\"amountWanYuan\": \"0\"",
        "\"naturalPerson\": 13,|",
        "事项。\"|事项。\", \"blankCells\": [\"/applications/newlyReceived\"]",
        "事项。\"|事项。\", \"blankCells\": [\"/applications/newlyReceived/nobody\"]",
        "事项。\"|事项。\", \"blankCells\": \"/applications/newlyReceived/total\"",
        "事项。\"|事项。\", \"notApplicableCells\": [\"/proactiveDisclosure/fees/amountWanYuan\","
            + " \"/proactiveDisclosure/fees/amountWanYuan\"]",
      })
  void brokenDocumentsFailBothTheSchemaAndTheReader(String fragment, String replacement)
      throws Exception {
    String broken = Hostile.edit(fragment, replacement == null ? "" : replacement);
    assertFalse(validate(broken).isEmpty(), broken);
    assertFalse(Hostile.problems(broken).isEmpty());
  }

  @Test
  void omittedTotalsPassBothTheSchemaAndTheReader() throws Exception {
    String doc = Hostile.EXAMPLE.replace(",\n        \"total\": 0\n", "\n");
    assertTrue(doc.length() < Hostile.EXAMPLE.length());
    assertEquals(0, validate(doc).size(), () -> validate(doc).toString());
    ReportJson.standard().read(doc);
  }
}
