package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormCellsTest {

  @Test
  void theFormHas200CellsWithDistinctPointersAndIndexes() {
    List<Cell> all = FormCells.all();
    assertEquals(200, all.size());
    assertEquals(10, FormCells.of(FormTable.PROACTIVE_DISCLOSURE).size());
    assertEquals(175, FormCells.of(FormTable.APPLICATIONS).size());
    assertEquals(15, FormCells.of(FormTable.RECONSIDERATION_AND_LITIGATION).size());
    Set<String> pointers = all.stream().map(Cell::pointer).collect(Collectors.toSet());
    assertEquals(200, pointers.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, java.util.Collections.binarySearch(all, all.get(i)));
      assertEquals(i, all.get(i).index());
      assertSame(all.get(i), FormCells.byPointer(all.get(i).pointer()).get());
    }
  }

  @Test
  void everyCellHasNonEmptyLabelsAndAWellFormedPointer() {
    Pattern pointer = Pattern.compile("(/[a-zA-Z]+){3,5}");
    for (Cell cell : FormCells.all()) {
      assertTrue(pointer.matcher(cell.pointer()).matches(), cell.pointer());
      assertFalse(cell.table().label().zh().trim().isEmpty());
      List<Label> labels = new ArrayList<>(cell.rowLabels());
      labels.addAll(cell.columnLabels());
      for (Label label : labels) {
        assertFalse(label.zh().trim().isEmpty(), cell.pointer());
        assertFalse(label.en().trim().isEmpty(), cell.pointer());
      }
    }
  }

  @Test
  void pointersFollowTheContract() {
    assertEquals(
        "/applications/outcomes/notDisclosed/stateSecret/naturalPerson",
        FormCells.applications(ApplicationRow.STATE_SECRET, ApplicantColumn.NATURAL_PERSON)
            .pointer());
    assertEquals(
        "/proactiveDisclosure/fees/amountWanYuan",
        FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN).pointer());
    assertEquals(
        "/reconsiderationAndLitigation/litigationAfterReconsideration/total",
        FormCells.cases(CaseGroup.LITIGATION_AFTER_RECONSIDERATION, CaseColumn.TOTAL).pointer());
    assertThrows(
        IllegalArgumentException.class,
        () -> FormCells.disclosure(DisclosureItem.LICENSING, DisclosureColumn.ISSUED));
  }

  @Test
  void theOutcomeRowsAreThe21RowsBetweenTheCarryOverAndTheTotal() {
    assertEquals(21, ApplicationRow.OUTCOME_ROWS.size());
    assertEquals(ApplicationRow.DISCLOSED, ApplicationRow.OUTCOME_ROWS.get(0));
    assertEquals(ApplicationRow.OTHER_HANDLING_OTHER, ApplicationRow.OUTCOME_ROWS.get(20));
    assertFalse(ApplicationRow.OUTCOME_ROWS.contains(ApplicationRow.OUTCOMES_TOTAL));
    assertEquals(
        ApplicationRow.OUTCOME_ROWS.size(),
        LinfenYaodu2024.report().applications().outcomes().rows().size());
  }

  @Test
  void exactlyTheStatedTotalsAreTotals() {
    long totals = FormCells.all().stream().filter(Cell::isTotal).count();
    // 25 row totals + 6 applicant cells of 三（七） + 3 case totals
    assertEquals(25 + 6 + 3, totals);
  }

  /**
   * The published text lists the numbers of the three tables in reading order, one per line; so
   * does the catalogue. Reading the real report through the catalogue gives the published numbers.
   */
  @Test
  void readsEveryCellOfTheRealReportAsPublished() throws IOException {
    List<BigDecimal> published = publishedNumbers();
    assertEquals(200, published.size());
    AnnualReport report = LinfenYaodu2024.report();
    for (Cell cell : FormCells.all()) {
      assertEquals(
          0,
          published.get(FormCells.all().indexOf(cell)).compareTo(cell.amount(report)),
          cell.pointer());
    }
  }

  private static List<BigDecimal> publishedNumbers() throws IOException {
    String text;
    try (InputStream in =
        FormCellsTest.class.getResourceAsStream("/reports/linfen-yaodu-2024.txt")) {
      text = new String(readAll(in), StandardCharsets.UTF_8);
    }
    String tables =
        text.substring(text.indexOf("\n二、主动公开政府信息情况"), text.indexOf("\n五、存在的主要问题及改进情况"));
    List<BigDecimal> numbers = new ArrayList<>();
    for (String line : tables.split("\n")) {
      // Two cells of the published table are padded with no-break spaces.
      String value = line.replaceAll("[\\s\\u00A0\\u3000]", "");
      if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
        numbers.add(new BigDecimal(value));
      }
    }
    return numbers;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Part 三 spans 22 rows of the form: 21 outcomes (1 + 1 + 8 + 3 + 5 + 3) and their total. */
  @Test
  void outcomeRowsAreThe21RowsAboveTheirTotal() {
    assertEquals(21, ApplicationRow.OUTCOME_ROWS.size());
    assertFalse(ApplicationRow.OUTCOME_ROWS.contains(ApplicationRow.OUTCOMES_TOTAL));
    assertEquals(25, ApplicationRow.values().length);
    io.github.xxgk.report.model.Applications applications = LinfenYaodu2024.report().applications();
    for (int i = 0; i < ApplicationRow.OUTCOME_ROWS.size(); i++) {
      assertSame(
          applications.outcomes().rows().get(i),
          ApplicationRow.OUTCOME_ROWS.get(i).read(applications));
    }
    for (int i = 0; i < ApplicationRow.values().length; i++) {
      assertSame(applications.rows().get(i), ApplicationRow.values()[i].read(applications));
    }
  }

  @Test
  void labelsAreTheOfficialCaptions() {
    Cell cell =
        FormCells.applications(ApplicationRow.FEE_OVERDUE, ApplicantColumn.LEGAL_SERVICE_AGENCY);
    Set<String> row = new HashSet<>();
    cell.rowLabels().forEach(l -> row.add(l.zh()));
    assertTrue(row.contains("（六）其他处理"));
    assertTrue(row.contains("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
    assertEquals("法律服务机构", cell.column().label().zh());
    assertEquals("法人或其他组织", cell.columnLabels().get(0).zh());
  }

  @Test
  void rowsAndColumnsPartitionTheCatalogue() {
    Set<Cell> byRows = new HashSet<>();
    List<FormRow> rows = new ArrayList<>();
    rows.addAll(java.util.Arrays.asList(DisclosureItem.values()));
    rows.addAll(java.util.Arrays.asList(ApplicationRow.values()));
    rows.addAll(java.util.Arrays.asList(CaseGroup.values()));
    for (FormRow row : rows) {
      for (Cell cell : FormCells.ofRow(row)) {
        assertSame(row, cell.row());
        assertTrue(byRows.add(cell), cell.pointer());
      }
    }
    assertEquals(200, byRows.size());
    assertEquals(3, FormCells.ofRow(DisclosureItem.REGULATIONS).size());
    assertEquals(7, FormCells.ofRow(ApplicationRow.NEWLY_RECEIVED).size());
    assertEquals(25, FormCells.ofColumn(ApplicantColumn.RESEARCH_INSTITUTION).size());
    assertEquals(3, FormCells.ofColumn(CaseColumn.TOTAL).size());
    assertEquals(2, FormCells.ofColumn(DisclosureColumn.ISSUED).size());
    assertEquals(3, FormCells.ofColumn(DisclosureColumn.DECISIONS).size());
  }

  @Test
  void cellsAreOrderedByIndexAndSerializeToTheCataloguesInstance() throws Exception {
    List<Cell> all = FormCells.all();
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).compareTo(all.get(i)) < 0);
    }
    Cell cell = all.get(123);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(cell);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertSame(cell, in.readObject());
    }
  }
}
