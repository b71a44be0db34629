package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A total left out of the input is the sum, as in the model. */
class OmittedTotalsProperties {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final ReportJson json = ReportJson.standard();

  @Provide
  Arbitrary<AnnualReport> reports() {
    return RandomReports.reports(Arbitraries.integers().between(-1_000_000, 1_000_000));
  }

  @Property
  void omittedTotalsAreTheSums(@ForAll("reports") AnnualReport report) throws Exception {
    ObjectNode tree = tree(report);
    removeTotals(tree);
    ((ObjectNode) tree.get("applications").get("outcomes")).remove("total");
    AnnualReport read = json.read(PLAIN.writeValueAsString(tree));
    for (ApplicationRow row : ApplicationRow.values()) {
      long sum = 0;
      for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
        sum += FormCells.applications(row, column).count(read);
      }
      if (row != ApplicationRow.OUTCOMES_TOTAL) {
        assertEquals(sum, FormCells.applications(row, ApplicantColumn.TOTAL).count(read));
      }
    }
    for (ApplicantColumn column : ApplicantColumn.values()) {
      long sum = 0;
      for (ApplicationRow row : ApplicationRow.OUTCOME_ROWS) {
        sum += FormCells.applications(row, column).count(read);
      }
      assertEquals(sum, FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, column).count(read));
    }
    for (CaseGroup group : CaseGroup.values()) {
      long sum = 0;
      for (CaseColumn column : CaseColumn.values()) {
        if (column != CaseColumn.TOTAL) {
          sum += FormCells.cases(group, column).count(read);
        }
      }
      assertEquals(sum, FormCells.cases(group, CaseColumn.TOTAL).count(read));
    }
  }

  @Property
  void omittedTotalsGiveTheModelsDefaults(@ForAll("reports") AnnualReport report) throws Exception {
    ObjectNode tree = tree(report);
    removeTotals(tree);
    AnnualReport read = json.read(PLAIN.writeValueAsString(tree));
    // The stated 三（七） row stays; its own total becomes the sum of its columns.
    assertEquals(
        read.applications().outcomes().total().computedTotal(),
        (long) read.applications().outcomes().total().total());
    assertEquals(
        report.applications().outcomes().total().naturalPerson(),
        read.applications().outcomes().total().naturalPerson());
  }

  @Test
  void anOmittedTotalThatDoesNotFitIsMissing() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(Hostile.EXAMPLE);
    ObjectNode row = (ObjectNode) tree.get("applications").get("newlyReceived");
    row.put("naturalPerson", Integer.MAX_VALUE).put("commercialEnterprise", 1).remove("total");
    List<Problem> problems = Hostile.problems(PLAIN.writeValueAsString(tree));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(JsonRule.MISSING.id(), problems.get(0).ruleId());
    assertEquals("/applications/newlyReceived/total", problems.get(0).pointer());
  }

  /**
   * Totals that do not fit are listed rows first, then row 三（七）, then table 四, each with its sum.
   */
  @Test
  void totalsThatDoNotFitAreListedInTheFormsOrderWithTheirSums() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(Hostile.EXAMPLE);
    ObjectNode applications = (ObjectNode) tree.get("applications");
    ObjectNode outcomesTotal = (ObjectNode) applications.get("outcomes").get("total");
    outcomesTotal
        .put("naturalPerson", Integer.MAX_VALUE)
        .put("commercialEnterprise", 2)
        .remove("total");
    ObjectNode carried = (ObjectNode) applications.get("carriedOverToNextYear");
    carried.put("naturalPerson", Integer.MAX_VALUE).put("commercialEnterprise", 3).remove("total");
    ObjectNode group = (ObjectNode) tree.get("reconsiderationAndLitigation").elements().next();
    group.put("upheld", Integer.MAX_VALUE).put("corrected", 4).remove("total");
    List<Problem> problems = Hostile.problems(PLAIN.writeValueAsString(tree));
    assertEquals(3, problems.size(), problems::toString);
    assertEquals("/applications/carriedOverToNextYear/total", problems.get(0).pointer());
    assertEquals("/applications/outcomes/total/total", problems.get(1).pointer());
    assertEquals("/reconsiderationAndLitigation/reconsideration/total", problems.get(2).pointer());
    for (Problem problem : problems) {
      assertEquals(JsonRule.MISSING.id(), problem.ruleId());
    }
    long carriedSum =
        (long) Integer.MAX_VALUE
            + 3
            + sumOfOthers(carried, "naturalPerson", "commercialEnterprise");
    assertTrue(
        problems.get(0).message(java.util.Locale.ENGLISH).contains(" " + carriedSum + " "),
        problems::toString);
  }

  private static long sumOfOthers(ObjectNode row, String... skipped) {
    long sum = 0;
    for (Iterator<java.util.Map.Entry<String, JsonNode>> fields = row.fields();
        fields.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> field = fields.next();
      if (!java.util.Arrays.asList(skipped).contains(field.getKey())) {
        sum += field.getValue().asLong();
      }
    }
    return sum;
  }

  /** The report as a tree; the fee is zeroed, as this plain mapper would round it. */
  private ObjectNode tree(AnnualReport report) throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(json.write(report));
    ((ObjectNode) tree.get("proactiveDisclosure").get("fees")).put("amountWanYuan", 0);
    // A listed total must be 0, which its sum need not be once it is left out: keep the others.
    for (String list : new String[] {"blankCells", "notApplicableCells"}) {
      if (tree.has(list)) {
        com.fasterxml.jackson.databind.node.ArrayNode kept = PLAIN.createArrayNode();
        for (JsonNode listed : tree.get(list)) {
          if (!FormCells.byPointer(listed.asText()).get().isTotal()) {
            kept.add(listed);
          }
        }
        tree.set(list, kept);
      }
    }
    return tree;
  }

  /** Removes every total cell, but not the row 三（七）, whose key is also {@code total}. */
  private static void removeTotals(JsonNode node) {
    if (node instanceof ObjectNode) {
      if (node.path("total").isNumber()) {
        ((ObjectNode) node).remove("total");
      }
      ObjectNode object = (ObjectNode) node;
      for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
        removeTotals(children.next());
      }
    }
  }
}
