package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a source table holding numbers under a caption the form does not print, checked over
 * the table's sequence of rows. Such a row is said ({@code IMPORT-ROW-UNKNOWN}) and puts the rows
 * not found in doubt only where it can hide a misread row of the form: in a table that holds rows
 * of the form, or that stands under a heading of one of the form's tables. Right after a row of the
 * form read through a slip with no number, its numbers may be that row's, cut from its caption by a
 * break: the row is then missing ({@code IMPORT-ROW-MISSING}), never read as blank.
 */
final class UnknownRows {
  private final FormRows rows;

  /**
   * Whether the tables read stand under a heading of a table of the form (not yet under a narrative
   * section's): there a table holding a caption with a number but no row of the form is a part of
   * the form's table (a portal printing each item of table 二 as a table of its own, "行政许可(含 备案) |
   * 517645"), and its unknown rows are said and put the rows not found in doubt.
   */
  private boolean underFormTable;

  /** The captions of rows with numbers in the current source table that are not the form's. */
  private final List<Grid.Entry> unknown = new ArrayList<>();

  /** The rows read and problems said before the current source table. */
  private int before;

  /**
   * The form's row just read through a slip ({@link NearCaptions}) with no number after it, else
   * null: a caption cut by a line or page break ("…不计其他情" | "形） | 7 | 0 …") leaves its numbers on
   * the next row, under a caption the form does not print.
   */
  private FormRow blankNearRow;

  UnknownRows(FormRows rows) {
    this.rows = rows;
  }

  /** A heading between tables: of one of the form's tables, or of another section. */
  void heading(Object heading) {
    underFormTable = heading instanceof FormTable;
    // a heading between them: the next table's rows are not the slip-read row's rest
    blankNearRow = null;
  }

  /** A source table begins. */
  void table() {
    unknown.clear();
    before = rows.read() + rows.match.problems.size();
  }

  /**
   * A row of the current table begins: the form's row read through a slip with no number just
   * before it, else null.
   */
  FormRow row() {
    FormRow nearBefore = blankNearRow;
    blankNearRow = null;
    return nearBefore;
  }

  /** The form's row just read through a slip, with no number after its caption. */
  void blankNear(FormRow row) {
    blankNearRow = row;
  }

  /**
   * A row with numbers after {@code caption}, which the form does not print; {@code nearBefore} is
   * the row read through a slip with no number just before it, else null.
   */
  void unknown(Grid.Entry caption, FormRow nearBefore) {
    unknown.add(caption);
    if (nearBefore != null) {
      // the numbers may be the slip-read row's, cut from it: never read as blank unsaid
      rows.problem(
          ImportRule.IMPORT_ROW_MISSING,
          caption.cell.position(),
          nearBefore.table().pointer() + nearBefore.pointer(),
          nearBefore.label().zh());
    }
  }

  /** The current source table ends: its unknown rows are said where they may hide a misread row. */
  void tableEnd() {
    if (rows.read() + rows.match.problems.size() > before || underFormTable) {
      // Only a table that holds rows of the form, or stands under a heading of one, can hide a
      // misread row among its unknown ones.
      for (Grid.Entry entry : unknown) {
        rows.unknownRows = true;
        rows.problem(
            ImportRule.IMPORT_ROW_UNKNOWN,
            entry.cell.position(),
            "",
            Normalizer.printed(entry.cell.text()));
      }
    }
  }
}
