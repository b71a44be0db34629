package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.publication.read.source.SourceCell;
import java.math.BigDecimal;

/**
 * One value cell as printed, turned into the cell's value: blank and not-applicable marks, a number
 * with a note, fees in 万元; anything else is a located problem and no value.
 */
final class ValueCells {
  /** The largest count a cell holds. */
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

  private ValueCells() {}

  /**
   * The value of a cell, or null (with its problem added) when it cannot be read exactly. The
   * cell's position is made only for a problem: the value keeps its source's line and column.
   */
  static ReadCell read(Cell cell, Grid.Entry entry, CellText text, Problems problems) {
    SourceCell source = entry.cell;
    switch (text.kind) {
      case BLANK:
        return new ReadCell(cell, BigDecimal.ZERO, CellMark.BLANK, "", source);
      case NOT_APPLICABLE:
        return new ReadCell(cell, BigDecimal.ZERO, CellMark.NOT_APPLICABLE, text.printed, source);
      case TEXT:
        problems.add(
            ImportRule.IMPORT_CELL_UNREADABLE, source.position(), cell.pointer(), text.printed);
        return null;
      default:
        break;
    }
    BigDecimal number = text.number;
    if (entry.fromAbove && number.signum() != 0) {
      problems.add(ImportRule.IMPORT_CELL_SPAN, source.position(), cell.pointer(), text.printed);
      return null;
    }
    if (cell.isMoney()) {
      if (text.yuan) {
        problems.add(
            ImportRule.IMPORT_CELL_UNREADABLE, source.position(), cell.pointer(), text.printed);
        return null;
      }
      if (number.scale() > 4) {
        problems.add(
            ImportRule.IMPORT_FEE_PRECISION, source.position(), cell.pointer(), text.printed);
      }
    } else if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0
        || number.abs().compareTo(MAX_COUNT) > 0
        || text.yuan) {
      problems.add(
          ImportRule.IMPORT_CELL_NOT_COUNT, source.position(), cell.pointer(), text.printed);
      return null;
    }
    if (text.noted) {
      problems.add(
          ImportRule.IMPORT_CELL_NOTE,
          source.position(),
          cell.pointer(),
          text.printed,
          number.toPlainString());
    }
    BigDecimal value =
        cell.isMoney() ? number : number.setScale(0, java.math.RoundingMode.UNNECESSARY);
    return new ReadCell(cell, value, null, text.printed, source);
  }
}
