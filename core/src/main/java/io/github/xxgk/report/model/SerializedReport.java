package io.github.xxgk.report.model;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The serialized form of an {@link AnnualReport}: its values as plain data, the cells as one array
 * in the catalogue's order. Reading it back goes through the builders, so a stream that was
 * tampered with (a part nulled, an array cut short) is refused with {@link InvalidObjectException}
 * instead of making a report that breaks the builders' invariants.
 */
final class SerializedReport implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String edition;
  private final String organ;
  private final OrganKind organKind;
  private final int year;
  private final LocalDate publishedOn;
  private final String overview;
  private final String problemsAndImprovements;
  private final String otherMatters;
  private final int[] counts;

  /** The fee as {@link BigDecimal#toString()}: text, not the JDK's own serialized number. */
  private final String fee;

  /** The marked cells as indices into {@link FormCells#all()}. */
  private final int[] blankCells;

  private final int[] notApplicableCells;

  SerializedReport(AnnualReport report) {
    this.edition = report.edition();
    this.organ = report.organ();
    this.organKind = report.organKind().orElse(null);
    this.year = report.year();
    this.publishedOn = report.publishedOn().orElse(null);
    this.overview = report.overview().orElse(null);
    this.problemsAndImprovements = report.problemsAndImprovements().orElse(null);
    this.otherMatters = report.otherMatters().orElse(null);
    this.counts = new int[FormCells.SIZE];
    CellGrid grid = CellGrid.of(report);
    java.util.List<Cell> all = FormCells.all();
    for (int i = 0; i < counts.length; i++) {
      // The money cell's slot holds 0, its value is in the fee.
      counts[i] = all.get(i).isMoney() ? 0 : grid.count(all.get(i));
    }
    this.fee =
        FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN)
            .amount(report)
            .toString();
    this.blankCells = indices(report.blankCells());
    this.notApplicableCells = indices(report.notApplicableCells());
  }

  private static int[] indices(java.util.Collection<Cell> cells) {
    // A cell's number in this form is its place in the catalogue, which is ordered by compareTo.
    return cells.stream()
        .mapToInt(c -> java.util.Collections.binarySearch(FormCells.all(), c))
        .toArray();
  }

  private static java.util.List<Cell> cells(int[] indices) {
    java.util.List<Cell> cells = new java.util.ArrayList<>();
    if (indices != null) {
      for (int index : indices) {
        cells.add(FormCells.all().get(index));
      }
    }
    return cells;
  }

  private Object readResolve() throws ObjectStreamException {
    try {
      if (counts == null || counts.length != FormCells.SIZE || fee == null) {
        throw new IllegalStateException("the cells are missing or cut short");
      }
      AnnualReport.Builder builder =
          AnnualReport.builder().edition(edition).organ(organ).year(year);
      if (organKind != null) {
        builder.organKind(organKind);
      }
      if (publishedOn != null) {
        builder.publishedOn(publishedOn);
      }
      if (overview != null) {
        builder.overview(overview);
      }
      if (problemsAndImprovements != null) {
        builder.problemsAndImprovements(problemsAndImprovements);
      }
      if (otherMatters != null) {
        builder.otherMatters(otherMatters);
      }
      builder.blankCells(cells(blankCells)).notApplicableCells(cells(notApplicableCells));
      CellGrid grid = new CellGrid();
      java.util.List<Cell> all = FormCells.all();
      for (int i = 0; i < counts.length; i++) {
        if (all.get(i).isMoney()) {
          grid.set(all.get(i), new BigDecimal(fee));
        } else {
          grid.set(all.get(i), counts[i]);
        }
      }
      return grid.fill(builder).build();
    } catch (RuntimeException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("not an annual report: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }
}
