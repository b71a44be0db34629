package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tables that a copy printed one cell per line, without anything that ends a row: lines apart by
 * empty lines ("规章" / "0" / "0" / "0" / "行政规范性文件" / …), or lines ended by a bar as copy tools
 * flatten cells ("规章 |" / "0 |" / …, with lines of bars alone for empty cells and padding).
 *
 * <p>Each line is a cell; the form says where a row starts: at each caption of one of its rows. A
 * row is its caption and the values printed on the lines after it, up to the next line that is no
 * value; the lines of other captions (a table's heading, its header, a group's caption) make a row
 * of their own, and values after them with no row caption (table 四's) a row of values. The matcher
 * then reads these rows like any table's: a row with fewer or more values than the form gives it is
 * refused ({@code IMPORT-ROW-SHAPE}), never filled. Lines that only hold bars are dropped: they
 * cannot be told apart from the padding a copy tool prints, so a row with a blank cell printed so
 * has one value too few and is refused rather than shifted.
 *
 * <p>A line of a row's caption and its values spaced apart, as a PDF viewer copies a row, is split
 * into those cells first ({@link SpacedRows}).
 *
 * <p>Only lines after a heading of table 二, 三 or 四 are read so, up to a line that is no cell (a
 * sentence, a section's heading); nothing else of the document changes.
 */
final class LineCells {
  /** The longest cell: every caption of the form is shorter. */
  private static final int CELL_LENGTH = 64;

  /** The fewest lines that make a table: a caption and its values, or a header. */
  private static final int FEWEST = 4;

  private LineCells() {}

  /**
   * The document with its tables printed one cell per line laid out in rows; else itself. {@code
   * headings}: the section each block heads ({@link FormMatcher#headings}).
   */
  static SourceDocument read(SourceDocument document, Object[] headings) {
    List<SourceBlock> blocks = document.blocks();
    List<SourceBlock> out = null;
    FormTable table = null;
    List<SourceCell> run = new ArrayList<>();
    int runStart = -1;
    // whether the lines under table 二's heading print a caption of the 2019 template
    boolean trial = false;
    for (int i = 0; i < blocks.size(); i++) {
      SourceBlock block = blocks.get(i);
      boolean heading = headings[i] != null;
      // only lines under a table's heading are looked at as cells: most of a document is not
      List<SourceCell> cells = table != null && !heading ? cells(block) : null;
      if (cells != null) {
        if (run.isEmpty()) {
          runStart = i;
        }
        run.addAll(cells);
        trial = trial || table == FormTable.PROACTIVE_DISCLOSURE && SpacedRows.holdsTrial(cells);
        continue;
      }
      if (!run.isEmpty()) {
        out =
            flush(
                blocks, out, runStart, i, SpacedRows.cells(blocks, runStart, i, run, trial), table);
        run = new ArrayList<>();
      }
      if (block instanceof SourceParagraph) {
        if (heading) {
          table = headings[i] instanceof FormTable ? (FormTable) headings[i] : null;
          trial = false;
        }
      } else {
        // a table of rows of its own ends the lines
        table = null;
      }
      if (out != null) {
        out.add(block);
      }
    }
    if (!run.isEmpty()) {
      out =
          flush(
              blocks,
              out,
              runStart,
              blocks.size(),
              SpacedRows.cells(blocks, runStart, blocks.size(), run, trial),
              table);
    }
    return out == null ? document : document.withBlocks(out);
  }

  /**
   * Lays the lines of blocks [from, to) out as a table when they make one; {@code out} is the
   * document's blocks so far (null while nothing changed).
   */
  private static List<SourceBlock> flush(
      List<SourceBlock> blocks,
      List<SourceBlock> out,
      int from,
      int to,
      List<SourceCell> run,
      FormTable table) {
    List<List<SourceCell>> rows = rows(run, table);
    if (rows == null) {
      if (out != null) {
        out.addAll(blocks.subList(from, to));
      }
      return out;
    }
    List<SourceBlock> laidOut = out;
    if (laidOut == null) {
      laidOut = new ArrayList<>(blocks.subList(0, from));
    }
    laidOut.add(new SourceTable(rows, blocks.get(from).position()));
    return laidOut;
  }

  /**
   * The one cell each of a block's lines holds: a short paragraph's text, or the cells of a table
   * whose every row holds one cell but bars; null when the block is no such line.
   */
  static List<SourceCell> cells(SourceBlock block) {
    if (block instanceof SourceParagraph) {
      SourceParagraph paragraph = (SourceParagraph) block;
      String text = paragraph.text();
      if (!isCell(text)) {
        return null;
      }
      return Collections.singletonList(SourceCell.of(text.trim(), paragraph.position()));
    }
    if (!(block instanceof SourceTable)) {
      return null;
    }
    List<SourceCell> cells = new ArrayList<>();
    for (List<SourceCell> row : ((SourceTable) block).rows()) {
      SourceCell only = null;
      for (SourceCell cell : row) {
        if (Normalizer.compact(cell.text()).isEmpty()) {
          continue;
        }
        if (only != null || !isCell(cell.text())) {
          // a row of two cells: the table has rows of its own
          return null;
        }
        only = cell;
      }
      if (only != null) {
        cells.add(only);
      }
    }
    return cells;
  }

  /** Whether a line can be one cell: short, on one line, and no sentence. */
  private static boolean isCell(String text) {
    if (text.indexOf('\n') >= 0) {
      return false;
    }
    String compact = Normalizer.compactAtMost(text, CELL_LENGTH);
    return compact != null && !compact.isEmpty() && compact.indexOf('\u3002') < 0;
  }

  /**
   * The rows of a run of cells of a table, each row starting at a caption of the form's rows
   * followed by a value; null when the run holds no such row (or, in table 四, no values). Table 四
   * has no row captions: its header's 总计 is a column's.
   */
  private static List<List<SourceCell>> rows(List<SourceCell> run, FormTable table) {
    if (run.size() < FEWEST) {
      return null;
    }
    boolean captioned = table != FormTable.RECONSIDERATION_AND_LITIGATION;
    List<List<SourceCell>> rows = new ArrayList<>();
    List<SourceCell> row = null;
    // whether the row being built is a row of the form (its caption first), else one of captions
    boolean formRow = false;
    boolean valuesSeen = false;
    boolean anyRow = false;
    CellText[] texts = new CellText[run.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = CellText.of(run.get(i).text());
    }
    for (int i = 0; i < texts.length; i++) {
      SourceCell cell = run.get(i);
      CellText text = texts[i];
      boolean value = text.kind != CellText.Kind.TEXT;
      anyRow |= value && !captioned;
      if (value) {
        if (row == null || !formRow && !valuesSeen) {
          // values after captions that name no row (table 四's header): a row of values
          row = newRow(rows, row);
          formRow = false;
        }
        row.add(cell);
        valuesSeen = true;
        continue;
      }
      // A row's caption with no value after it is a header's ("总计", "其他" of table 三's header).
      // Words the form does not know with a value after them head a row too (an unknown caption,
      // "行政许可（含备案）" / "217"): appended to the header above, they were said nowhere, and the row
      // they stand for was missing with no line to look at.
      boolean rowCaption =
          captioned
              && i + 1 < texts.length
              && texts[i + 1].kind != CellText.Kind.TEXT
              && (text.row() != null || text.column() == null && !isItemColumn(text));
      if (rowCaption) {
        row = newRow(rows, row);
        formRow = true;
        anyRow = true;
      } else if (row == null || formRow || valuesSeen || isItemColumn(text)) {
        row = newRow(rows, row);
        formRow = false;
      }
      valuesSeen = false;
      row.add(cell);
      if (!formRow && table == FormTable.APPLICATIONS && ApplicantHeader.isTotal(text)) {
        // the top row of table 三's header ends at 总计; the five organisations are the next row
        row = newRow(rows, row);
      }
    }
    return anyRow ? rows : null;
  }

  /** The caption of table 二's first column, which opens its header. */
  private static boolean isItemColumn(CellText text) {
    return text.caption().equals(LabelIndex.ITEM_COLUMN);
  }

  private static List<SourceCell> newRow(List<List<SourceCell>> rows, List<SourceCell> last) {
    if (last != null && last.isEmpty()) {
      return last;
    }
    List<SourceCell> row = new ArrayList<>();
    rows.add(row);
    return row;
  }
}
