package io.github.xxgk.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelStructureTest {

  @Test
  void aMissingPartFailsAtBuildNamingIt() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> AnnualReport.builder().organ("o").build());
    assertTrue(missing.getMessage().contains("year"), missing.getMessage());
    assertTrue(missing.getMessage().contains("applications"), missing.getMessage());
  }

  @Test
  void aNullFailsNamingTheAttribute() {
    NullPointerException organ =
        assertThrows(NullPointerException.class, () -> AnnualReport.builder().organ((String) null));
    assertEquals("organ", organ.getMessage());
    NullPointerException fee = assertThrows(NullPointerException.class, () -> FeeAmount.of(null));
    assertEquals("amountWanYuan", fee.getMessage());
  }

  @Test
  void wrongTotalsAndNegativeCountsAreRepresentable() {
    ApplicantCounts row =
        ApplicantCounts.builder().from(ApplicantCounts.of(-1, 0, 0, 0, 0, 0)).total(7).build();
    assertEquals(-1, row.naturalPerson());
    assertEquals(7, row.total());
    assertEquals(-1, row.computedTotal());
  }

  @Test
  void aDefaultTotalThatCannotBeAnIntFailsClearly() {
    IllegalStateException overflow =
        assertThrows(
            IllegalStateException.class,
            () -> ApplicantCounts.of(Integer.MAX_VALUE, 1, 0, 0, 0, 0));
    assertTrue(overflow.getMessage().contains("2147483648"), overflow.getMessage());
    assertTrue(overflow.getMessage().contains("total"), overflow.getMessage());
  }

  @Test
  void sumsAreComputedInLong() {
    ApplicantCounts row =
        ApplicantCounts.builder()
            .naturalPerson(Integer.MAX_VALUE)
            .commercialEnterprise(Integer.MAX_VALUE)
            .researchInstitution(Integer.MAX_VALUE)
            .socialWelfareOrganization(Integer.MAX_VALUE)
            .legalServiceAgency(Integer.MAX_VALUE)
            .otherOrganization(Integer.MAX_VALUE)
            .total(0)
            .build();
    assertEquals(6L * Integer.MAX_VALUE, row.computedTotal());
    CaseResults cases =
        CaseResults.builder()
            .upheld(Integer.MIN_VALUE)
            .corrected(Integer.MIN_VALUE)
            .other(Integer.MIN_VALUE)
            .pending(Integer.MIN_VALUE)
            .total(0)
            .build();
    assertEquals(4L * Integer.MIN_VALUE, cases.computedTotal());
  }

  @Test
  void rowListsAreInFormOrderAndUnmodifiable() {
    Applications applications = LinfenYaodu2024.report().applications();
    List<ApplicantCounts> rows = applications.rows();
    assertEquals(Applications.ROW_COUNT, rows.size());
    assertEquals(applications.newlyReceived(), rows.get(0));
    assertEquals(applications.outcomes().total(), rows.get(23));
    assertEquals(applications.carriedOverToNextYear(), rows.get(24));
    assertThrows(UnsupportedOperationException.class, () -> rows.remove(0));
  }

  @Test
  void moneyKeepsItsScale() {
    assertEquals(
        new BigDecimal("12.3456"), FeeAmount.of(new BigDecimal("12.3456")).amountWanYuan());
    assertFalse(FeeAmount.of(new BigDecimal("12.30")).equals(FeeAmount.of(new BigDecimal("12.3"))));
  }

  @Test
  void editionDefaultsTo2021() {
    assertEquals("2021", LinfenYaodu2024.report().edition());
    assertEquals(
        AnnualReport.EDITION_2021,
        AnnualReport.builder().from(LinfenYaodu2024.report()).build().edition());
  }

  @Test
  void organKindsHaveTheirContractNames() {
    for (OrganKind kind : OrganKind.values()) {
      assertEquals(kind, OrganKind.fromJsonName(kind.jsonName()).get());
    }
    assertFalse(OrganKind.fromJsonName("GOVERNMENT").isPresent());
  }

  /** Older government systems embed the library on Java 8: class files must be version 52. */
  @Test
  void mainClassesAreJava8Bytecode() throws IOException {
    for (Class<?> type :
        new Class<?>[] {
          AnnualReport.class,
          AnnualReport.builder().getClass(),
          LinfenYaodu2024.report().getClass(),
          io.github.xxgk.report.form.FormCells.class
        }) {
      String resource = "/" + type.getName().replace('.', '/') + ".class";
      try (InputStream in = type.getResourceAsStream(resource);
          DataInputStream data = new DataInputStream(in)) {
        assertEquals(0xCAFEBABE, data.readInt());
        data.readUnsignedShort();
        assertEquals(52, data.readUnsignedShort(), resource);
      }
    }
  }

  @Test
  void marksAreSetsInCatalogueOrderWhateverTheOrderOfAdding() {
    Cell fees = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
    Cell first = FormCells.all().get(0);
    Cell last = FormCells.all().get(FormCells.SIZE - 1);
    AnnualReport report =
        AnnualReport.builder()
            .from(zeros())
            .addBlankCells(last)
            .addBlankCells(first, last)
            .addAllNotApplicableCells(Collections.singletonList(fees))
            .build();
    assertEquals(Arrays.asList(first, last), new ArrayList<>(report.blankCells()));
    assertEquals(Collections.singletonList(fees), new ArrayList<>(report.notApplicableCells()));
    assertThrows(UnsupportedOperationException.class, () -> report.blankCells().clear());
    assertTrue(LinfenYaodu2024.report().blankCells().isEmpty());
    assertEquals(report, AnnualReport.builder().from(report).build());
    assertFalse(report.equals(zeros()));
  }

  @Test
  void aWholeRowOrColumnCanBeMarkedAtOnce() {
    AnnualReport report =
        AnnualReport.builder()
            .from(zeros())
            .addAllBlankCells(FormCells.ofRow(ApplicationRow.STATE_SECRET))
            .addAllNotApplicableCells(FormCells.ofColumn(CaseColumn.PENDING))
            .build();
    assertEquals(7, report.blankCells().size());
    assertEquals(3, report.notApplicableCells().size());
    for (Cell cell : report.blankCells()) {
      assertEquals(ApplicationRow.STATE_SECRET, cell.row());
    }
  }

  @Test
  void aCellInBothListsFailsAtBuildNamingIt() {
    Cell cell = FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
    IllegalStateException both =
        assertThrows(
            IllegalStateException.class,
            () ->
                AnnualReport.builder()
                    .from(zeros())
                    .addBlankCells(cell)
                    .addNotApplicableCells(cell)
                    .build());
    assertTrue(both.getMessage().contains(cell.pointer()), both.getMessage());
  }

  @Test
  void aNullCellFailsNamingTheList() {
    NullPointerException nul =
        assertThrows(
            NullPointerException.class, () -> AnnualReport.builder().addBlankCells((Cell) null));
    assertTrue(nul.getMessage().contains("blankCells"), nul.getMessage());
  }

  @Test
  void aMarkedCellThatHoldsANumberFailsAtBuildNamingItAndItsValue() {
    AnnualReport linfen = LinfenYaodu2024.report();
    Cell newly = FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
    Cell fees = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
    IllegalStateException notZero =
        assertThrows(
            IllegalStateException.class,
            () -> AnnualReport.builder().from(linfen).addNotApplicableCells(newly).build());
    assertTrue(
        notZero.getMessage().contains(newly.pointer() + " holds " + newly.count(linfen)),
        notZero.getMessage());
    AnnualReport feeOfZeroPointZero =
        new CellGrid()
            .set(fees, new BigDecimal("0.00"))
            .fill(AnnualReport.builder().from(zeros()))
            .addBlankCells(fees)
            .build();
    assertEquals(Collections.singleton(fees), feeOfZeroPointZero.blankCells());
    IllegalStateException fee =
        assertThrows(
            IllegalStateException.class,
            () ->
                new CellGrid()
                    .set(fees, new BigDecimal("0.01"))
                    .fill(AnnualReport.builder().from(zeros()))
                    .addBlankCells(fees)
                    .build());
    assertTrue(fee.getMessage().contains(fees.pointer() + " holds 0.01"), fee.getMessage());
  }

  /** A report whose every cell is 0, so that any cell may be marked. */
  private static AnnualReport zeros() {
    return new CellGrid().fill(AnnualReport.builder().organ("某某县人民政府办公室").year(2024)).build();
  }
}
