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
import io.github.xxgk.report.model.OrganKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The values read so far, and the report they make once complete. Omitted totals get the same
 * values as the model's defaults: a row's total is the sum of its columns; a missing 三（七） row is
 * the column sums of the outcome rows, its total the sum of their totals.
 */
final class ReportDraft implements CellValues {
  private final Map<String, Object> metadata = new HashMap<>();
  private final Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
  private final Object[] cells = new Object[FormCells.SIZE];
  /** Where each object read starts, by pointer, to locate a total that cannot be computed. */
  private final Map<String, JsonLocation> objects = new HashMap<>();

  /** Records where the object at a pointer starts. */
  void objectAt(String pointer, JsonLocation start) {
    objects.put(pointer, start);
  }

  /** The start of the innermost object read that holds the pointer; the report's own at worst. */
  private JsonLocation holder(String pointer) {
    String at = pointer;
    while (!at.isEmpty()) {
      at = at.substring(0, at.lastIndexOf('/'));
      JsonLocation start = objects.get(at);
      if (start != null) {
        return start;
      }
    }
    return objects.get("");
  }

  void set(Node node, Object value) {
    if (node.section != null) {
      sections.put(node.section, (String) value);
    } else if (node.cell != null) {
      cells[node.cell.index()] = value;
    } else {
      metadata.put(node.key, value);
    }
  }

  @Override
  public int count(Cell cell) {
    return (Integer) cells[cell.index()];
  }

  @Override
  public BigDecimal amount(Cell cell) {
    return (BigDecimal) cells[cell.index()];
  }

  /** The report, or null when an omitted total cannot be computed (then a problem is added). */
  AnnualReport build(Problems problems) {
    fillTotals(problems);
    if (!problems.isEmpty()) {
      return null;
    }
    AnnualReport.Builder builder =
        AnnualReport.builder()
            .edition((String) metadata.get(ReportShape.EDITION))
            .organ((String) metadata.get(ReportShape.ORGAN))
            .year((Integer) metadata.get(ReportShape.YEAR));
    if (metadata.containsKey(ReportShape.ORGAN_KIND)) {
      builder.organKind((OrganKind) metadata.get(ReportShape.ORGAN_KIND));
    }
    if (metadata.containsKey(ReportShape.PUBLISHED_ON)) {
      builder.publishedOn((LocalDate) metadata.get(ReportShape.PUBLISHED_ON));
    }
    for (Map.Entry<NarrativeSection, String> section : sections.entrySet()) {
      switch (section.getKey()) {
        case OVERVIEW:
          builder.overview(section.getValue());
          break;
        case PROBLEMS_AND_IMPROVEMENTS:
          builder.problemsAndImprovements(section.getValue());
          break;
        default:
          builder.otherMatters(section.getValue());
      }
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
        cells[FormCells.applications(ApplicationRow.OUTCOMES_TOTAL, ApplicantColumn.NATURAL_PERSON).index()]
            != null;
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
      if (cells[total.index()] == null) {
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
    if (cells[total.index()] == null) {
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
    cells[total.index()] = (int) sum;
  }
}
