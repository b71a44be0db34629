package io.github.xxgk.report.testkit;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.model.AnnualReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Marks cells of a valid report as a portal prints them: some cells that hold 0 left blank or
 * printed "/", cell by cell or as whole rows. Only cells that hold 0 are marked, so the report
 * stays valid; its only findings are {@code CELL-BLANK} and {@code CELL-NOT-APPLICABLE}.
 *
 * <p>Four draws, whatever their values: the style (0 none, 1 blank, 2 not applicable, 3 both), the
 * share of eligible cells or rows marked in ‰, whether whole rows are marked, and a seed for which
 * ones. A draw of 0 in the style or the share gives the report unmarked, so shrinking ends there.
 */
final class PrintedMarks {
  private static final int STYLES = 3;
  private static final List<FormRow> ROWS;

  static {
    List<FormRow> rows = new ArrayList<>();
    rows.addAll(Arrays.asList(DisclosureItem.values()));
    rows.addAll(Arrays.asList(ApplicationRow.values()));
    rows.addAll(Arrays.asList(CaseGroup.values()));
    ROWS = Collections.unmodifiableList(rows);
  }

  private PrintedMarks() {}

  static AnnualReport apply(AnnualReport valid, Randomness r) {
    int style = r.upTo(STYLES);
    int share = r.upTo(ReportGenerator.RAW);
    boolean wholeRows = r.upTo(1) == 1;
    int seed = r.upTo(Integer.MAX_VALUE - 1);
    if (style == 0 || share == 0) {
      return valid;
    }
    SplitMix64 pick = new SplitMix64(seed);
    List<Cell> blank = new ArrayList<>();
    List<Cell> notApplicable = new ArrayList<>();
    if (wholeRows) {
      for (FormRow row : ROWS) {
        List<Cell> cells = FormCells.ofRow(row);
        if (allZero(valid, cells) && pick.upTo(ReportGenerator.RAW - 1) < share) {
          (blankNext(style, pick) ? blank : notApplicable).addAll(cells);
        }
      }
    } else {
      for (Cell cell : FormCells.all()) {
        if (cell.amount(valid).signum() == 0 && pick.upTo(ReportGenerator.RAW - 1) < share) {
          (blankNext(style, pick) ? blank : notApplicable).add(cell);
        }
      }
    }
    return AnnualReport.builder()
        .from(valid)
        .addAllBlankCells(blank)
        .addAllNotApplicableCells(notApplicable)
        .build();
  }

  private static boolean blankNext(int style, SplitMix64 pick) {
    return style == 1 || (style == 3 && pick.upTo(1) == 0);
  }

  private static boolean allZero(AnnualReport report, List<Cell> cells) {
    for (Cell cell : cells) {
      if (cell.amount(report).signum() != 0) {
        return false;
      }
    }
    return true;
  }
}
