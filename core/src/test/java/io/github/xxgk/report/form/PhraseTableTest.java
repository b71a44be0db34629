package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of phrases is read as written, and a malformed one is refused with its line. */
class PhraseTableTest {
  private static Map<String, PhraseTable.Row> read(String... lines) {
    return PhraseTable.read(stream(lines));
  }

  @Test
  void aBlockGivesItsPhrasesData() {
    PhraseTable.Row row =
        read(
                "# a comment",
                "",
                "SOME",
                "  pattern   维持[^\\d，,。；]{0,4}?{n}件",
                "  words     维持|纠正",
                "  requires  行政复议",
                "  forbids   诉讼",
                "  reading   /reconsiderationAndLitigation/reconsideration/upheld",
                "  reading   /reconsiderationAndLitigation/*/upheld + /applications/newlyReceived/total")
            .get("SOME");
    // {n}件 reads a count in any unit of NarrativeWording.COUNT_UNITS
    assertEquals("维持[^\\d，,。；]{0,4}?" + PhraseTable.NUMBER + "[件宗]", row.pattern);
    assertEquals(Arrays.asList("维持", "纠正"), Arrays.asList(row.words));
    assertEquals(Arrays.asList("行政复议"), Arrays.asList(row.requires));
    assertEquals(Arrays.asList("诉讼"), Arrays.asList(row.forbids));
    assertEquals(
        Arrays.asList(
            Arrays.asList(FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.UPHELD)),
            Arrays.asList(
                FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.UPHELD),
                FormCells.cases(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION, CaseColumn.UPHELD),
                FormCells.cases(CaseGroup.LITIGATION_AFTER_RECONSIDERATION, CaseColumn.UPHELD),
                FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL))),
        row.readings);
  }

  @Test
  void alternativesAreTakenInCatalogueOrder() {
    PhraseTable.Row row =
        read(
                "SOME",
                "  pattern   自然人{n}件",
                "  words     自然人",
                "  reading   /applications/{carriedOverFromPreviousYear,newlyReceived}/"
                    + "{total,naturalPerson}")
            .get("SOME");
    List<Cell> expected = new ArrayList<>();
    for (ApplicationRow r :
        Arrays.asList(
            ApplicationRow.NEWLY_RECEIVED, ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR)) {
      expected.add(FormCells.applications(r, ApplicantColumn.NATURAL_PERSON));
      expected.add(FormCells.applications(r, ApplicantColumn.TOTAL));
    }
    assertEquals(Arrays.asList(expected), row.readings);
  }

  @Test
  void aMalformedTableIsRefusedWithItsLine() {
    assertRefused("line 3", "SOME", "  pattern   维持{n}件", "  colour    red");
    assertRefused("line 2", "SOME", "  pattern   维持件");
    assertRefused("line 4", "SOME", "  words  维持", "  pattern 维持{n}件", "  reading /no/such/cell");
    assertRefused("line 1", "  words  维持");
    assertRefused("line 3", "SOME", "  words  维持", "SOME");
    assertRefused("SOME needs", "SOME", "  words  维持", "  pattern 维持{n}件");
    assertRefused("missing", (String[]) null);
  }

  private static void assertRefused(String where, String... lines) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> PhraseTable.read(lines == null ? null : stream(lines)));
    assertTrue(e.getMessage().contains(where), e.getMessage());
  }

  private static ByteArrayInputStream stream(String... lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }
}
