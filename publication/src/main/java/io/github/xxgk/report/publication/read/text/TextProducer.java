package io.github.xxgk.report.publication.read.text;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns plain text into the intermediate form. It understands the three shapes that copied and
 * converted reports take, line by line, and they may mix:
 *
 * <ul>
 *   <li>a page copied from a browser, one cell per line indented by a tab, rows ended by an empty
 *       line; a line without the tab continues a wrapped caption ("商业" / "企业");
 *   <li>tab-separated rows, one row per line (a table pasted from a spreadsheet or Word);
 *   <li>Markdown tables, as PDF and OCR converters write them ({@code | a | b |}, the {@code |---|}
 *       line skipped); Markdown headings become paragraphs.
 * </ul>
 *
 * Every other non-empty line is a paragraph of its own.
 */
public final class TextProducer {
  /** The texts of one ASCII character, by character. */
  private static final String[] ONE_CHARACTER = new String[128];

  /** The texts of one ASCII character between two spaces (" 0 "), by character. */
  private static final String[] PADDED_CHARACTER = new String[128];

  static {
    for (char c = 0; c < ONE_CHARACTER.length; c++) {
      ONE_CHARACTER[c] = String.valueOf(c);
      PADDED_CHARACTER[c] = " " + c + " ";
    }
  }

  private final List<SourceBlock> blocks = new ArrayList<>();
  private List<List<SourceCell>> table;
  private SourcePosition tableStart;
  private List<SourceCell> row;
  private boolean markdown;

  /**
   * Whether the pipe table being read started with a flattened row (no leading bar): its rows print
   * every cell, so that a leading bar ends an empty first cell rather than being a border.
   */
  private boolean flattened;

  /** Whether the previous line was a cell of a one-cell-per-line table. */
  private boolean lastWasCellLine;

  private TextProducer() {}

  /** Reads decoded text into the intermediate form. */
  public static SourceDocument read(String text) {
    TextProducer producer = new TextProducer();
    Lines lines = new Lines(text);
    int lineNumber = 0;
    while (lines.next()) {
      lineNumber++;
      producer.line(text, lines.start, lines.end, lines.tab, lines.moreTabs, lineNumber);
    }
    producer.endTable();
    return new SourceDocument(null, producer.blocks);
  }

  /**
   * One line, {@code text[start, end)}, its first tab at {@code tab} (-1 when none), {@code
   * moreTabs} when it has another. Lines are read in place: only the cells and paragraphs kept are
   * copied out of the text.
   */
  private void line(String text, int start, int end, int tab, boolean moreTabs, int number) {
    // the bounds of the line trimmed as String.trim() trims
    int from = start;
    while (from < end && text.charAt(from) <= ' ') {
      from++;
    }
    int to = end;
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    if (tab < 0 && (from == to || LineShapes.isBlank(text, start, end))) {
      if (markdown) {
        endTable();
      } else {
        endRow();
      }
      lastWasCellLine = false;
      return;
    }
    if (from < to && text.charAt(from) == '|') {
      // a Markdown row's border; in a table of flattened rows, the bar ending an empty first cell
      markdownRow(text, start, end, flattened ? from : from + 1, to, number);
      return;
    }
    if (tab < 0 && from < to && text.charAt(to - 1) == '|') {
      // a row as copy and convert tools flatten tables: "行政许可 | 0 |", each cell ended by a bar
      boolean starts = !markdown;
      markdownRow(text, start, end, from, to, number);
      flattened |= starts;
      return;
    }
    if (markdown) {
      endTable();
    }
    if (tab >= 0) {
      if (tab == start && !moreTabs) {
        cellLine(cell(text, start + 1, end), number, 2);
      } else {
        tabRow(text, start, end, number);
      }
      return;
    }
    if (lastWasCellLine && continues(text.substring(from, to))) {
      SourceCell last = row.get(row.size() - 1);
      row.set(
          row.size() - 1,
          new SourceCell(last.text() + "\n" + text.substring(start, end), 1, 1, last.position()));
      return;
    }
    endTable();
    blocks.add(
        new SourceParagraph(
            text.substring(from + LineShapes.headingMark(text, from, to), to),
            SourcePosition.of(number, 1 + from - start)));
  }

  /** A line without the tab continues the cell above when that cell is a caption, not a number. */
  private boolean continues(String trimmed) {
    if (row == null || row.isEmpty() || trimmed.length() > 40 || LineShapes.isSection(trimmed)) {
      return false;
    }
    String above = row.get(row.size() - 1).text().trim();
    return !above.isEmpty() && !LineShapes.isNumber(above);
  }

  private void cellLine(String text, int number, int column) {
    startTable(number);
    if (row == null) {
      row = new ArrayList<>();
    }
    row.add(SourceCell.at(text, number, column));
    lastWasCellLine = true;
  }

  private void tabRow(String text, int start, int end, int number) {
    startTable(number);
    endRow();
    List<SourceCell> cells = new ArrayList<>();
    int from = start;
    while (true) {
      int tab = LineShapes.indexOf(text, '\t', from, end);
      int to = tab < 0 ? end : tab;
      cells.add(SourceCell.at(cell(text, from, to), number, from - start + 1));
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    table.add(cells);
    lastWasCellLine = false;
  }

  /**
   * A row of a pipe table, the line {@code text[start, end)} trimmed to {@code [from, to)}, its
   * first cell starting at {@code first}: after the leading bar of a Markdown row, or at the start
   * of a flattened row, which has none.
   */
  private void markdownRow(String text, int start, int end, int first, int to, int number) {
    int from = first;
    if (!markdown) {
      endTable();
      markdown = true;
    }
    startTable(number);
    lastWasCellLine = false;
    if (LineShapes.isMarkdownRule(text, from, to)) {
      return;
    }
    List<SourceCell> cells = new ArrayList<>();
    // the line's last bar ends it, when it is a bar
    int last = text.charAt(to - 1) == '|' ? to - 1 : end;
    int cell = from;
    while (cell <= last) {
      int bar = LineShapes.indexOf(text, '|', cell, last);
      int stop = bar < 0 ? last : bar;
      cells.add(SourceCell.at(cell(text, cell, stop), number, cell - start + 1));
      if (stop >= last) {
        break;
      }
      cell = stop + 1;
    }
    table.add(cells);
  }

  /**
   * A cell's text, {@code text[from, to)}. A cell of one ASCII character (a digit, most often),
   * alone or between two spaces as a Markdown table pads it ("| 0 |"), is shared rather than
   * copied: copied tables are mostly such cells.
   */
  private static String cell(String text, int from, int to) {
    if (to - from == 1 && text.charAt(from) < ONE_CHARACTER.length) {
      return ONE_CHARACTER[text.charAt(from)];
    }
    if (to - from == 3
        && text.charAt(from) == ' '
        && text.charAt(from + 2) == ' '
        && text.charAt(from + 1) < PADDED_CHARACTER.length) {
      return PADDED_CHARACTER[text.charAt(from + 1)];
    }
    return text.substring(from, to);
  }

  private void startTable(int number) {
    if (table == null) {
      table = new ArrayList<>();
      tableStart = SourcePosition.of(number, 1);
    }
  }

  private void endRow() {
    if (row != null && table != null) {
      table.add(row);
    }
    row = null;
  }

  private boolean oneCellRows() {
    for (List<SourceCell> cells : table) {
      if (cells.size() > 1) {
        return false;
      }
    }
    return true;
  }

  private void endTable() {
    endRow();
    if (flattened && oneCellRows()) {
      // every cell on a line of its own ("信息内容 |" / "本年制发件数 |" …): nothing tells where a row
      // ends, so the lines stay paragraphs, as one cell per line without tabs does
      for (List<SourceCell> cells : table) {
        for (SourceCell cell : cells) {
          blocks.add(new SourceParagraph(cell.text(), cell.position()));
        }
      }
    } else if (table != null && !table.isEmpty()) {
      blocks.add(new SourceTable(table, tableStart));
    }
    table = null;
    markdown = false;
    flattened = false;
    lastWasCellLine = false;
  }
}
