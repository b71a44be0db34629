package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.CellSum;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The values read so far, and the report they make once complete. Omitted totals get the same
 * values as the model's defaults: a row's total is the sum of its columns; a missing 三（七） row is
 * the column sums of the outcome rows, its total the sum of their totals. The metadata are kept
 * apart, in {@link #metadata}; the cells here.
 */
final class ReportDraft {
  /** The metadata read so far. */
  final MetadataDraft metadata = new MetadataDraft();

  private final Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);

  /** The cells read so far, each one set; omitted totals are filled when the report is built. */
  private final CellGrid grid = new CellGrid();

  /** The marked cells, or null while no document has listed one. */
  private MarkedCells marked;

  /** Where each object read starts, by object number, to locate a total that cannot be computed. */
  private final JsonLocation[] objects = new JsonLocation[ReportShape.OBJECTS];

  /** Records where an object starts. */
  void objectAt(Node object, JsonLocation start) {
    objects[object.objectNumber()] = start;
  }

  /** The start of the innermost object read that holds the pointer; the report's own at worst. */
  private JsonLocation holder(String pointer) {
    String at = pointer;
    while (!at.isEmpty()) {
      at = at.substring(0, at.lastIndexOf('/'));
      JsonLocation start = objects[ReportShape.ROOT.at(at).objectNumber()];
      if (start != null) {
        return start;
      }
    }
    return objects[ReportShape.ROOT.objectNumber()];
  }

  /** A count cell. */
  void set(Cell cell, int count) {
    grid.set(cell, count);
  }

  /** The fee cell. */
  void set(Cell cell, BigDecimal amount) {
    grid.set(cell, amount);
  }

  void section(NarrativeSection section, String text) {
    sections.put(section, text);
  }

  /**
   * One element of {@code blankCells} or {@code notApplicableCells}, at pointer {@code element}.
   */
  void mark(Node list, String element, String text, JsonLocation at, Problems problems) {
    if (marked == null) {
      marked = new MarkedCells();
    }
    marked.mark(list.key.equals(ReportShape.BLANK_CELLS), element, text, at, problems);
  }

  /**
   * The report, or null when an omitted total cannot be computed or a listed cell is not 0 (then a
   * problem is added).
   */
  AnnualReport build(Problems problems) {
    fillTotals(problems);
    if (marked != null && problems.isEmpty()) {
      marked.checkZero(grid, problems);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    AnnualReport.Builder builder = AnnualReport.builder();
    metadata.addTo(builder);
    for (Map.Entry<NarrativeSection, String> section : sections.entrySet()) {
      switch (section.getKey()) {
        case OVERVIEW:
          builder.overview(section.getValue());
          break;
        case PROBLEMS_AND_IMPROVEMENTS:
          builder.problemsAndImprovements(section.getValue());
          break;
        case OTHER_MATTERS:
          builder.otherMatters(section.getValue());
          break;
      }
    }
    if (marked != null) {
      marked.addTo(builder);
    }
    return grid.fill(builder).build();
  }

  private void fillTotals(Problems problems) {
    List<Cell> overflowing = grid.fillOmittedTotals();
    if (overflowing.isEmpty()) {
      return;
    }
    // The problems in the order this reader has always listed them: the row totals, then row
    // 三（七）, then table 四 (the grid lists them by its sums, 三（七）'s row total among the rows).
    List<Cell> ordered = new ArrayList<>(overflowing);
    ordered.sort(Comparator.comparingInt(ReportDraft::reportingGroup));
    for (Cell total : ordered) {
      long sum = attemptedSum(total);
      problems.add(
          JsonMessage.MISSING_TOTAL_OVERFLOW, total.pointer(), holder(total.pointer()), sum);
    }
  }

  private static int reportingGroup(Cell total) {
    if (total.table() == FormTable.RECONSIDERATION_AND_LITIGATION) {
      return 2;
    }
    return total.row() == ApplicationRow.OUTCOMES_TOTAL ? 1 : 0;
  }

  /**
   * The sum the grid tried for an overflowing total: the first of its sums whose terms are known.
   */
  private long attemptedSum(Cell total) {
    for (CellSum sum : FormCells.sums()) {
      if (sum.total() == total && known(sum)) {
        return grid.sum(sum);
      }
    }
    throw new IllegalStateException(total.pointer() + " overflowed without a known sum");
  }

  private boolean known(CellSum sum) {
    for (Cell term : sum.terms()) {
      if (term.isTotal() && !grid.isSet(term)) {
        return false;
      }
    }
    return true;
  }
}
