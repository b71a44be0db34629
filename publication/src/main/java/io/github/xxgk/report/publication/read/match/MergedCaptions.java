package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell holding the captions of two or more of the form's rows, one a line ("（一）予以公开" over
 * "（二）部分公开…"): rows merged by a layout (Word, a portal's editor, a PDF's grid), their values merged
 * likewise ("0<br>
 * 2", "0 2") or left in one of them. Which number is whose is not told by the cells, so the rows
 * are refused where they were printed ({@code IMPORT-ROW-MISSING} at each), never taken for a
 * header and the rows for ones the report left out (blank, a warning).
 */
final class MergedCaptions {
  /** The most lines a caption cell is split into: a cell of more is prose, not merged rows. */
  private static final int MOST_LINES = 16;

  private MergedCaptions() {}

  /**
   * Refuses the rows a cell of the row's own names one a line, when two or more and a value after
   * it holds a digit; true when it did.
   */
  static boolean refuse(FormRows rows, List<Grid.Entry> row) {
    for (int i = 0; i < row.size(); i++) {
      Grid.Entry entry = row.get(i);
      if (entry.fromAbove
          || entry.text.kind != CellText.Kind.TEXT
          || entry.cell.text().indexOf('\n') < 0
          || !digitAfter(row, i)) {
        continue;
      }
      List<FormRow> named = named(entry.cell.text());
      if (named.size() >= 2) {
        rows.unknownRows = true;
        for (FormRow form : named) {
          rows.problem(
              ImportRule.IMPORT_ROW_MISSING,
              entry.cell.position(),
              form.table().pointer() + form.pointer(),
              form.label().zh());
          rows.match.rowsRefusedWithProblem.add(form);
        }
        return true;
      }
    }
    return false;
  }

  private static boolean digitAfter(List<Grid.Entry> row, int cell) {
    for (int i = cell + 1; i < row.size(); i++) {
      String text = row.get(i).cell.text();
      for (int c = 0; c < text.length(); c++) {
        if (Character.isDigit(text.charAt(c))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The distinct rows of the form the text's lines name, one a line, in order. */
  private static List<FormRow> named(String text) {
    List<FormRow> named = new ArrayList<>();
    String[] lines = text.split("\n", MOST_LINES + 1);
    if (lines.length > MOST_LINES) {
      return named;
    }
    for (String line : lines) {
      LabelIndex.Target target =
          LabelIndex.rowOfCaption(Normalizer.captionOfCompact(Normalizer.compact(line)));
      if (target != null && target.target instanceof FormRow && !named.contains(target.target)) {
        named.add((FormRow) target.target);
      }
    }
    return named;
  }
}
