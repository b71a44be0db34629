package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellValues;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;

/**
 * The cells of {@code blankCells} and {@code notApplicableCells} read so far, with where each was
 * listed, so that a cell listed twice, in both lists, or holding a value other than 0 is a located
 * problem rather than a failure of {@code build()}. Created only for a document that lists a cell.
 */
final class MarkedCells {
  private static final byte BLANK = 1;
  private static final byte NOT_APPLICABLE = 2;

  private final byte[] marks = new byte[FormCells.SIZE];
  private final String[] listedAt = new String[FormCells.SIZE];
  private final JsonLocation[] locations = new JsonLocation[FormCells.SIZE];

  /** Records one element of a list, or adds the problem with it. */
  void mark(boolean blank, String element, String text, JsonLocation at, Problems problems) {
    Cell cell = FormCells.byPointer(text).orElse(null);
    if (cell == null) {
      problems.add(
          JsonProblem.TYPE,
          element,
          at,
          "应为表格中一个计数或金额单元格的 JSON Pointer，如 /applications/newlyReceived/naturalPerson",
          "expected the JSON Pointer of a count or money cell of the form, such as"
              + " /applications/newlyReceived/naturalPerson");
      return;
    }
    byte mark = blank ? BLANK : NOT_APPLICABLE;
    byte before = marks[cell.index()];
    if (before == mark) {
      problems.add(
          JsonProblem.CELL_MARK,
          element,
          at,
          "单元格 " + cell.pointer() + " 重复列出（已见于 " + listedAt[cell.index()] + "）",
          "cell " + cell.pointer() + " is listed twice (already at " + listedAt[cell.index()] + ")");
    } else if (before != 0) {
      problems.add(
          JsonProblem.CELL_MARK,
          element,
          at,
          "单元格 " + cell.pointer() + " 不能既是空白又是不适用（已见于 " + listedAt[cell.index()] + "）",
          "cell " + cell.pointer() + " cannot be both blank and not applicable (already at "
              + listedAt[cell.index()] + ")");
    } else {
      marks[cell.index()] = mark;
      listedAt[cell.index()] = element;
      locations[cell.index()] = at;
    }
  }

  /**
   * Adds a problem for every listed cell whose value is not 0, the value of an omitted total being
   * the sum it defaults to.
   */
  void checkZero(CellValues values, Problems problems) {
    for (Cell cell : FormCells.all()) {
      if (marks[cell.index()] == 0) {
        continue;
      }
      boolean zero = cell.isMoney() ? values.amount(cell).signum() == 0 : values.count(cell) == 0;
      if (!zero) {
        Object value = cell.isMoney() ? values.amount(cell) : values.count(cell);
        problems.add(
            JsonProblem.CELL_MARK,
            listedAt[cell.index()],
            locations[cell.index()],
            "列出的单元格 " + cell.pointer() + " 应为 0，实际为 " + value,
            "listed cell " + cell.pointer() + " must hold 0, but holds " + value);
      }
    }
  }

  /** Adds the marks to a report being built. */
  void addTo(AnnualReport.Builder builder) {
    for (Cell cell : FormCells.all()) {
      if (marks[cell.index()] == BLANK) {
        builder.addBlankCells(cell);
      } else if (marks[cell.index()] == NOT_APPLICABLE) {
        builder.addNotApplicableCells(cell);
      }
    }
  }
}
