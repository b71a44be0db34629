package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed a row a line with their values spaced apart, as text copied from a PDF viewer or a
 * flip-book page prints them ("行政规范性文件 5 1 25", table 四's fifteen values "0 0 … 0"): each such line
 * of a run {@link LineCells} lays out is split into the cells it prints, so that the rows are read
 * by their captions like cells one per line.
 */
final class SpacedRows {
  private SpacedRows() {}

  /**
   * The cells of blocks [from, to) with each line of a row and its spaced values ({@link #row})
   * split into its cells; {@code run} itself when no line is one, or when table 二's lines print a
   * caption of the 2019 template ({@code trial}): its three value columns are other ones than the
   * 2021 form's, and its rows would pass for the form's (the table stays unread, as when run
   * together).
   */
  static List<SourceCell> cells(
      List<SourceBlock> blocks, int from, int to, List<SourceCell> run, boolean trial) {
    if (trial) {
      return run;
    }
    List<SourceCell> cells = null;
    for (int i = from; i < to; i++) {
      List<SourceCell> row =
          blocks.get(i) instanceof SourceParagraph ? row((SourceParagraph) blocks.get(i)) : null;
      if (row != null && cells == null) {
        cells = new ArrayList<>();
        for (int j = from; j < i; j++) {
          cells.addAll(LineCells.cells(blocks.get(j)));
        }
      }
      if (cells != null) {
        cells.addAll(row != null ? row : LineCells.cells(blocks.get(i)));
      }
    }
    return cells == null ? run : cells;
  }

  /** Whether cells print a caption of the 2019 template's table 二 (本年新制作数量 …). */
  static boolean holdsTrial(List<SourceCell> cells) {
    for (SourceCell cell : cells) {
      if (RunTogetherCaptions.holdsTrial(Normalizer.compact(cell.text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A row printed on one line with its values spaced apart, as text copied from a PDF or a
   * flip-book page prints it ("行政许可 0", "四、结转下年度继续办理 0 0 0 0 0 0 0", table 四's fifteen values "0 0
   * … 0"): its caption (a group's caption before it apart, "三、本年度办理结果 （一）予以公开") and one cell per
   * value; null when the line is no such row. A line whose words name no row of the form stays one
   * cell, and so does one value after words ("P. 9"); a blank cell the copy dropped leaves the row
   * a value short, which the matcher refuses rather than shifts.
   */
  private static List<SourceCell> row(SourceParagraph paragraph) {
    String text = paragraph.text();
    // the values' [start, end) offsets, read from the line's end
    List<int[]> values = new ArrayList<>();
    int end = text.length();
    while (true) {
      int valueEnd = end;
      while (valueEnd > 0 && RunTogetherValues.isSpace(text.charAt(valueEnd - 1))) {
        valueEnd--;
      }
      int start = valueEnd;
      while (start > 0 && !RunTogetherValues.isSpace(text.charAt(start - 1))) {
        start--;
      }
      if (start == valueEnd || start == 0 && values.isEmpty() || !isValue(text, start, valueEnd)) {
        end = valueEnd;
        break;
      }
      values.add(new int[] {start, valueEnd});
      end = start;
    }
    if (values.isEmpty()) {
      return null;
    }
    List<SourceCell> cells = new ArrayList<>();
    String caption = text.substring(0, end).trim();
    if (caption.isEmpty()) {
      // values alone (table 四's) are numbers: a page's footer ("- 3 -") stays one cell
      if (values.size() < 2 || !allNumbers(text, values)) {
        return null;
      }
    } else if (CellText.of(caption).row() != null) {
      cells.add(SourceCell.of(caption, paragraph.position()));
    } else {
      int space = caption.length();
      while (space > 0 && !RunTogetherValues.isSpace(caption.charAt(space - 1))) {
        space--;
      }
      String row = caption.substring(space);
      if (space == 0 || CellText.of(row).row() == null) {
        return null;
      }
      cells.add(SourceCell.of(caption.substring(0, space).trim(), paragraph.position()));
      int captionStart = text.indexOf(caption.charAt(0));
      cells.add(SourceCell.of(row, FlatTables.position(paragraph, captionStart + space)));
    }
    for (int i = values.size() - 1; i >= 0; i--) {
      int[] value = values.get(i);
      cells.add(
          SourceCell.of(
              text.substring(value[0], value[1]), FlatTables.position(paragraph, value[0])));
    }
    return cells;
  }

  private static boolean allNumbers(String text, List<int[]> values) {
    for (int[] value : values) {
      if (CellText.of(text.substring(value[0], value[1])).kind != CellText.Kind.NUMBER) {
        return false;
      }
    }
    return true;
  }

  private static boolean isValue(String text, int from, int to) {
    CellText.Kind kind = CellText.of(text.substring(from, to)).kind;
    return kind == CellText.Kind.NUMBER || kind == CellText.Kind.NOT_APPLICABLE;
  }
}
