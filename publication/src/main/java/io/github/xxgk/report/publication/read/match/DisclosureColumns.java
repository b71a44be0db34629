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
 * unknown header taken by position (with a WARNING) only when the row is as wide as the form's and
 * the header names no 2019 column (beside one, its cell is not read). Without a header, the form's
 * columns when the row is as wide.
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
    if (header != null && header.size() != values && namesTrialColumn(header)) {
      // A 2019 header as wide as no row under it (a caption wrapped over two lines, "本年" / "新制作数量",
      // 西安市雁塔区投资合作局 2020 copied a cell a line): which value stands under which caption cannot
      // be told, and the 2021 columns' order says nothing of it (read so, 本年新公开数量 was taken for
      // 本年废止件数). No value of a row whose 2021 cells no 2019 column holds is read, as under a
      // header that fits (its cells are blank); any other row is refused.
      for (TrialTemplateLabel label : TrialTemplateLabel.values()) {
        if (label.column().filter(item.columns()::contains).isPresent()) {
          return null;
        }
      }
      for (int i = 0; i < values; i++) {
        targets.add(null);
      }
      return targets;
    }
    if (header != null && header.size() == values) {
      // A header naming a 2019 column is the 2019 template's, whatever its other captions are
      // ("本年新" cut from 本年新制作数量 beside 对外公开总数量, 衡东县杨林镇 2023): the 2021 columns' order
      // says nothing of it, so a caption not read stands over a value that is not read either.
      boolean trial = false;
      for (Object column : header) {
        trial |= column instanceof TrialTemplateLabel;
      }
      for (Object column : header) {
        if (column instanceof DisclosureColumn && item.columns().contains(column)) {
          targets.add(FormCells.disclosure(item, (DisclosureColumn) column));
        } else if (column instanceof TrialTemplateLabel
            && ((TrialTemplateLabel) column)
                .column()
                .filter(item.columns()::contains)
                .isPresent()) {
          targets.add(FormCells.disclosure(item, ((TrialTemplateLabel) column).column().get()));
        } else if (column instanceof TrialTemplateLabel || trial) {
          targets.add(null);
        } else if (column instanceof Grid.Entry && values == item.columns().size()) {
          Grid.Entry unknown = (Grid.Entry) column;
          problems.add(
              ImportRule.IMPORT_HEADER_UNKNOWN,
              unknown.cell.position(),
              "",
              Normalizer.printed(unknown.cell.text()));
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

  /** Whether a header names a column of the 2019 template. */
  private static boolean namesTrialColumn(List<Object> header) {
    for (Object column : header) {
      if (column instanceof TrialTemplateLabel && !((TrialTemplateLabel) column).isRow()) {
        return true;
      }
    }
    return false;
  }
}
