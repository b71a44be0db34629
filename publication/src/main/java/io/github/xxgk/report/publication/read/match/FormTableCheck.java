package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.List;

/**
 * Whether a table of the page is one of the form's tables rather than a layout or footer table: the
 * title and the signature are looked for outside such tables, and rows only inside them.
 */
final class FormTableCheck {
  private FormTableCheck() {}

  /**
   * Whether a table holds the form's rows: captions of two different rows at least, so that a
   * page's footer table with a cell such as "其他" is not taken for one (it would hide the signature
   * under it). The cells are taken as the grid read them; a cell the grid left out (beyond its
   * widest column) is looked at from the source.
   */
  static boolean holdsFormRows(SourceTable table, List<List<Grid.Entry>> grid) {
    RowsSeen seen = new RowsSeen();
    int placed = 0;
    for (List<Grid.Entry> row : grid) {
      for (Grid.Entry entry : row) {
        if (!entry.fromAbove) {
          placed++;
          if (seen.two(entry.cell.text().length() < 80 ? entry.text.meaning().row : null)) {
            return true;
          }
        }
      }
    }
    int cells = 0;
    for (List<SourceCell> row : table.rows()) {
      cells += row.size();
    }
    if (placed == cells) {
      return false;
    }
    seen = new RowsSeen();
    for (List<SourceCell> row : table.rows()) {
      for (SourceCell cell : row) {
        if (seen.two(
            cell.text().length() < 80
                ? LabelIndex.ROWS.get(Normalizer.caption(cell.text()))
                : null)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The rows of the form named by captions, until a second one is named. */
  private static final class RowsSeen {
    private Object first;

    /**
     * Whether this row, named exactly by a caption ({@link LabelIndex#ROWS}; null: none), is
     * another than one named before.
     */
    boolean two(LabelIndex.Target target) {
      if (target == null) {
        return false;
      }
      if (first == null) {
        first = target.target;
        return false;
      }
      return target.target != first;
    }
  }
}
