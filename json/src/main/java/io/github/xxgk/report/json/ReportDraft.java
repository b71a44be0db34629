package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellValues;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The values read so far, and the report they make once complete. Omitted totals get the same
 * values as the model's defaults: a row's total is the sum of its columns; a missing 三（七） row is
 * the column sums of the outcome rows, its total the sum of their totals. The metadata are kept
 * apart, in {@link #metadata}; the cells here.
 */
final class ReportDraft implements CellValues {
  /** The metadata read so far. */
  final MetadataDraft metadata = new MetadataDraft();
  private final Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
  // Counts unboxed, with a mark for each one read: a report has 199 of them.
  private final int[] counts = new int[FormCells.SIZE];
  private final boolean[] given = new boolean[FormCells.SIZE];
  private BigDecimal fee;
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
    counts[cell.index()] = count;
    given[cell.index()] = true;
  }

  /** The fee cell. */
  void set(Cell cell, BigDecimal amount) {
    fee = amount;
    given[cell.index()] = true;
  }

  void section(NarrativeSection section, String text) {
    sections.put(section, text);
  }

  /** One element of {@code blankCells} or {@code notApplicableCells}, at pointer {@code element}. */
  void mark(Node list, String element, String text, JsonLocation at, Problems problems) {
    if (marked == null) {
      marked = new MarkedCells();
    }
    marked.mark(list.key.equals(ReportShape.BLANK_CELLS), element, text, at, problems);
  }

  @Override
  public int count(Cell cell) {
    return counts[cell.index()];
  }

  @Override
  public BigDecimal amount(Cell cell) {
    return fee;
  }

  /**
   * The report, or null when an omitted total cannot be computed or a listed cell is not 0 (then a
   * problem is added).
   */
  AnnualReport build(Problems problems) {
    fillTotals(problems);
    if (marked != null && problems.isEmpty()) {
      marked.checkZero(this, problems);
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
    return FormCells.fillTables(builder, this).build();
  }

  private void fillTotals(Problems problems) {
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row != ApplicationRow.OUTCOMES_TOTAL) {
        rowTotal(row, problems);
      }
    }
    boolean outcomesTotalGiven =
        given[FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, ApplicantColumn.NATURAL_PERSON).index()];
    if (outcomesTotalGiven) {
      rowTotal(ApplicationRow.OUTCOMES_TOTAL, problems);
    } else {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        long sum = 0;
        for (ApplicationRow row : ApplicationRow.OUTCOME_ROWS) {
          sum += count(FormCells.applications(row, column));
        }
        put(FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, column), sum, problems);
      }
    }
    for (CaseGroup group : CaseGroup.values()) {
      Cell total = FormCells.cases(group, CaseColumn.TOTAL);
      if (!given[total.index()]) {
        long sum = 0;
        for (CaseColumn column : CaseColumn.values()) {
          if (column != CaseColumn.TOTAL) {
            sum += count(FormCells.cases(group, column));
          }
        }
        put(total, sum, problems);
      }
    }
  }

  private void rowTotal(ApplicationRow row, Problems problems) {
    Cell total = FormCells.applications(row, ApplicantColumn.TOTAL);
    if (!given[total.index()]) {
      long sum = 0;
      for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
        sum += count(FormCells.applications(row, column));
      }
      put(total, sum, problems);
    }
  }

  private void put(Cell total, long sum, Problems problems) {
    if (sum < Integer.MIN_VALUE || sum > Integer.MAX_VALUE) {
      problems.add(
          JsonProblem.MISSING,
          total.pointer(),
          holder(total.pointer()),
          "合计未填写，且其计算值 " + sum + " 超出整数范围，须明确填写",
          "total omitted, and its sum " + sum + " does not fit in an int; state it");
      return;
    }
    counts[total.index()] = (int) sum;
  }
}
