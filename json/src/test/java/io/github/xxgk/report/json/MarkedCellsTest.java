package io.github.xxgk.report.json;

import static io.github.xxgk.report.json.Hostile.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code blankCells} and {@code notApplicableCells}: kept, ordered, and every fault located. */
class MarkedCellsTest {
  private final ReportJson json = ReportJson.standard();
  private static final AnnualReport LINFEN = LinfenYaodu2024.report();

  /** The first cells of the real report that hold 0, and one that does not. */
  private static final List<Cell> ZEROS = new ArrayList<>();

  private static final Cell NOT_ZERO =
      FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON);

  static {
    for (Cell cell : FormCells.all()) {
      if (cell.amount(LINFEN).signum() == 0 && ZEROS.size() < 4) {
        ZEROS.add(cell);
      }
    }
  }

  /** The real example with members added after its last one, each on a line of its own. */
  private static String withLists(String... members) {
    int end = EXAMPLE.lastIndexOf('}');
    StringBuilder doc = new StringBuilder(EXAMPLE.substring(0, EXAMPLE.lastIndexOf('"', end) + 1));
    for (String member : members) {
      doc.append(",\n  ").append(member);
    }
    return doc.append("\n}\n").toString();
  }

  private static String list(String key, Object... pointers) {
    StringBuilder list = new StringBuilder("\"" + key + "\": [");
    for (int i = 0; i < pointers.length; i++) {
      Object p = pointers[i];
      list.append(i == 0 ? "" : ", ")
          .append(p instanceof String ? "\"" + p + "\"" : String.valueOf(p));
    }
    return list.append("]").toString();
  }

  private List<Problem> problems(String document) {
    return assertThrows(ReportFormatException.class, () -> json.read(document)).problems();
  }

  private static void assertProblem(
      Problem problem, String rule, String pointer, int line, String inMessage) {
    assertEquals(rule, problem.ruleId(), problem.toString());
    assertEquals(pointer, problem.pointer(), problem.toString());
    assertEquals(line, problem.line().getAsInt(), problem.toString());
    assertTrue(problem.message(Locale.ENGLISH).contains(inMessage), problem.toString());
    assertFalse(problem.message(Locale.CHINESE).equals(problem.message(Locale.ENGLISH)));
  }

  @Test
  void marksAreReadIntoTheModelAndWrittenBackInCatalogueOrder() {
    Cell first = ZEROS.get(0);
    Cell second = ZEROS.get(1);
    Cell third = ZEROS.get(2);
    AnnualReport report =
        json.read(
            withLists(
                list("notApplicableCells", third.pointer()),
                list("blankCells", second.pointer(), first.pointer())));
    assertEquals(Arrays.asList(first, second), new ArrayList<>(report.blankCells()));
    assertEquals(Arrays.asList(third), new ArrayList<>(report.notApplicableCells()));
    assertEquals(LINFEN.applications(), report.applications());
    String written = json.write(report);
    assertTrue(
        written.endsWith(
            ",\"blankCells\":[\""
                + first.pointer()
                + "\",\""
                + second.pointer()
                + "\"],"
                + "\"notApplicableCells\":[\""
                + third.pointer()
                + "\"]}"),
        written);
    assertEquals(report, json.read(written));
  }

  @Test
  void emptyListsAreNoMarksAndAreNotWritten() {
    AnnualReport report = json.read(withLists(list("blankCells"), list("notApplicableCells")));
    assertEquals(LINFEN, report);
    assertFalse(json.write(report).contains("Cells"));
  }

  @Test
  void theMoneyCellCanBeMarkedWhenItIsZero() {
    Cell fees = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
    AnnualReport report = json.read(withLists(list("notApplicableCells", fees.pointer())));
    assertTrue(report.notApplicableCells().contains(fees));
  }

  @Test
  void aPointerThatIsNotACellIsATypeProblemAtItsElement() {
    String doc =
        withLists(
            list(
                "blankCells",
                "/applications/newlyReceived/nobody",
                "/applications/newlyReceived",
                "applications/newlyReceived/total",
                7,
                ZEROS.get(0).pointer()));
    List<Problem> problems = problems(doc);
    int line = Hostile.lineOf(doc, "\"blankCells\"");
    assertEquals(4, problems.size(), problems.toString());
    for (int i = 0; i < 3; i++) {
      assertProblem(
          problems.get(i),
          JsonRule.TYPE.id(),
          "/blankCells/" + i,
          line,
          "JSON Pointer of a count or money cell");
    }
    assertProblem(problems.get(3), JsonRule.TYPE.id(), "/blankCells/3", line, "found an integer");
  }

  @Test
  void aListThatIsNotAnArrayIsATypeProblem() {
    String doc = withLists("\"notApplicableCells\": \"" + ZEROS.get(0).pointer() + "\"");
    List<Problem> problems = problems(doc);
    assertEquals(1, problems.size(), problems.toString());
    assertProblem(
        problems.get(0),
        JsonRule.TYPE.id(),
        "/notApplicableCells",
        Hostile.lineOf(doc, "\"notApplicableCells\""),
        "an array");
  }

  @Test
  void aCellListedTwiceOrInBothListsIsACellMarkProblemNamingTheFirstListing() {
    Cell a = ZEROS.get(0);
    Cell b = ZEROS.get(1);
    String doc =
        withLists(
            list("blankCells", a.pointer(), b.pointer(), a.pointer()),
            list("notApplicableCells", b.pointer()));
    List<Problem> problems = problems(doc);
    assertEquals(2, problems.size(), problems.toString());
    assertProblem(
        problems.get(0),
        JsonRule.CELL_MARK.id(),
        "/blankCells/2",
        Hostile.lineOf(doc, "\"blankCells\""),
        a.pointer() + " is listed twice (already at /blankCells/0)");
    assertProblem(
        problems.get(1),
        JsonRule.CELL_MARK.id(),
        "/notApplicableCells/0",
        Hostile.lineOf(doc, "\"notApplicableCells\""),
        b.pointer() + " cannot be both blank and not applicable (already at /blankCells/1)");
  }

  @Test
  void aListedCellThatIsNotZeroIsACellMarkProblemWithItsValue() {
    String doc = withLists(list("blankCells", ZEROS.get(0).pointer(), NOT_ZERO.pointer()));
    List<Problem> problems = problems(doc);
    assertEquals(1, problems.size(), problems.toString());
    assertProblem(
        problems.get(0),
        JsonRule.CELL_MARK.id(),
        "/blankCells/1",
        Hostile.lineOf(doc, "\"blankCells\""),
        "listed cell " + NOT_ZERO.pointer() + " must hold 0, but holds " + NOT_ZERO.count(LINFEN));
  }

  @Test
  void anOmittedTotalThatIsListedHoldsItsSum() {
    Cell total = FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
    String newlyReceivedTotal = "\"total\": " + total.count(LINFEN);
    int at = EXAMPLE.indexOf(newlyReceivedTotal, EXAMPLE.indexOf("\"newlyReceived\""));
    // Drop the total and the comma before it: the row ends with it.
    int comma = EXAMPLE.lastIndexOf(',', at);
    String withoutTotal =
        EXAMPLE.substring(0, comma) + EXAMPLE.substring(at + newlyReceivedTotal.length());
    String doc =
        withoutTotal.substring(0, withoutTotal.lastIndexOf('}')).replaceAll("\\s+$", "")
            + ",\n  "
            + list("notApplicableCells", total.pointer())
            + "\n}\n";
    List<Problem> problems = problems(doc);
    assertEquals(1, problems.size(), problems.toString());
    assertProblem(
        problems.get(0),
        JsonRule.CELL_MARK.id(),
        "/notApplicableCells/0",
        Hostile.lineOf(doc, "\"notApplicableCells\""),
        "must hold 0, but holds " + total.count(LINFEN));
  }

  /** Whether a listed cell holds 0 is known once the values are: when the rest can be read. */
  @Test
  void listingProblemsComeWithTheDocumentsOtherProblems() {
    String doc =
        withLists(list("blankCells", "/nowhere", NOT_ZERO.pointer()))
            .replace("\"year\": 2024", "\"year\": \"2024\"");
    List<Problem> problems = problems(doc);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("/year", problems.get(0).pointer());
    assertEquals("/blankCells/0", problems.get(1).pointer());
  }
}
