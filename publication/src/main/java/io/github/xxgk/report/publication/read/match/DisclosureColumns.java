package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.TrialTemplateLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a row of table 二 by the header printed over it: each column of the 2021 form the
 * header names; a 2019 column with its 2021 counterpart (处理决定数量) or none (its cell is not read); an
 * unknown header taken by position (with a WARNING) only when the row is as wide as the form's.
 * Without a header, the form's columns when the row is as wide.
 */
final class DisclosureColumns {
  private DisclosureColumns() {}

  /**
   * The cells, null for a value that no cell of the form takes; null when the row's width fits
   * neither the header nor the form.
   */
  static List<Cell> targets(
      DisclosureItem item, List<Object> header, int values, Problems problems) {
    List<Cell> targets = new ArrayList<>();
    if (header != null && header.size() == values) {
      for (Object column : header) {
        if (column instanceof DisclosureColumn && item.columns().contains(column)) {
          targets.add(FormCells.disclosure(item, (DisclosureColumn) column));
        } else if (column instanceof TrialTemplateLabel
            && ((TrialTemplateLabel) column)
                .column()
                .filter(item.columns()::contains)
                .isPresent()) {
          targets.add(FormCells.disclosure(item, ((TrialTemplateLabel) column).column().get()));
        } else if (column instanceof TrialTemplateLabel) {
          targets.add(null);
        } else if (column instanceof Grid.Entry && values == item.columns().size()) {
          Grid.Entry unknown = (Grid.Entry) column;
          problems.add(
              ImportRule.IMPORT_HEADER_UNKNOWN,
              unknown.cell.position(),
              "",
              Normalizer.compact(unknown.cell.text()));
          targets.add(FormCells.disclosure(item, item.columns().get(targets.size())));
        } else {
          return null;
        }
      }
      return targets;
    }
    if (values != item.columns().size()) {
      return null;
    }
    for (DisclosureColumn column : item.columns()) {
      targets.add(FormCells.disclosure(item, column));
    }
    return targets;
  }
}
