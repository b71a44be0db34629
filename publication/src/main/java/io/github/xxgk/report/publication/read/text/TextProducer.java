package io.github.xxgk.report.publication.read.text;

import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
  private static final Pattern MARKDOWN_RULE =
      Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");

  /**
   * The numerals of a section's number ("三、"), which starts a paragraph rather than wrap a cell.
   */
  private static final String NUMERALS = PublishedWording.NUMERALS;

  private final List<SourceBlock> blocks = new ArrayList<>();
  private List<List<SourceCell>> table;
  private SourcePosition tableStart;
  private List<SourceCell> row;
  private boolean markdown;

  /** Whether the previous line was a cell of a one-cell-per-line table. */
  private boolean lastWasCellLine;

  private TextProducer() {}

  /** Reads decoded text into the intermediate form. */
  public static SourceDocument read(String text) {
    TextProducer producer = new TextProducer();
    int lineNumber = 0;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lineNumber++;
      producer.line(text.substring(start, end), lineNumber);
      if (end >= length) {
        break;
      }
      start =
          end
              + (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                  ? 2
                  : 1);
    }
    producer.endTable();
    return new SourceDocument(null, producer.blocks);
  }

  private void line(String line, int number) {
    String trimmed = line.trim();
    if (line.indexOf('\t') < 0 && (isBlank(line) || trimmed.isEmpty())) {
      if (markdown) {
        endTable();
      } else {
        endRow();
      }
      lastWasCellLine = false;
      return;
    }
    if (trimmed.startsWith("|")) {
      markdownRow(line, number);
      return;
    }
    if (markdown) {
      endTable();
    }
    int tab = line.indexOf('\t');
    if (tab >= 0) {
      int leading = 0;
      while (leading < line.length() && line.charAt(leading) == '\t') {
        leading++;
      }
      if (leading == 1 && line.indexOf('\t', 1) < 0) {
        cellLine(line.substring(1), number, 2);
      } else {
        tabRow(line, number);
      }
      return;
    }
    if (lastWasCellLine && continues(trimmed)) {
      SourceCell last = row.get(row.size() - 1);
      row.set(row.size() - 1, new SourceCell(last.text() + "\n" + line, 1, 1, last.position()));
      return;
    }
    endTable();
    String paragraph = trimmed.substring(headingMark(trimmed));
    blocks.add(
        new SourceParagraph(
            paragraph, SourcePosition.of(number, 1 + line.indexOf(trimmed.charAt(0)))));
  }

  /** A line without the tab continues the cell above when that cell is a caption, not a number. */
  private boolean continues(String trimmed) {
    if (row == null || row.isEmpty() || trimmed.length() > 40 || isSection(trimmed)) {
      return false;
    }
    String above = row.get(row.size() - 1).text().trim();
    return !above.isEmpty() && !isNumber(above);
  }

  /** The length of a Markdown heading's mark ("## "): one to six '#' and spaces; 0 if none. */
  static int headingMark(String line) {
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes == 0 || hashes > 6) {
      return 0;
    }
    int end = hashes;
    while (end < line.length() && isRegexSpace(line.charAt(end))) {
      end++;
    }
    return end > hashes ? end : 0;
  }

  /** Whether a line starts with a section's number: numerals and "、", "." or "．". */
  static boolean isSection(String line) {
    int end = 0;
    while (end < line.length() && NUMERALS.indexOf(line.charAt(end)) >= 0) {
      end++;
    }
    if (end == 0 || end == line.length()) {
      return false;
    }
    char mark = line.charAt(end);
    return mark == '\u3001' || mark == '.' || mark == '\uff0e';
  }

  /**
   * Whether a cell is a number, which does not wrap ("1." as numbering does): digits of either
   * width, commas and spaces, then an optional fraction of ASCII digits.
   */
  static boolean isNumber(String text) {
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9'
          || c == ','
          || isRegexSpace(c)
          || c == '\u00a0'
          || c >= '\uff10' && c <= '\uff19')) {
        break;
      }
      i++;
    }
    if (i == 0) {
      return false;
    }
    if (i < length && text.charAt(i) == '.') {
      int fraction = ++i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    return i == length;
  }

  /** The characters of a regular expression's {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private void cellLine(String text, int number, int column) {
    startTable(number);
    if (row == null) {
      row = new ArrayList<>();
    }
    row.add(SourceCell.of(text, SourcePosition.of(number, column)));
    lastWasCellLine = true;
  }

  private void tabRow(String line, int number) {
    startTable(number);
    endRow();
    List<SourceCell> cells = new ArrayList<>();
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      int to = tab < 0 ? line.length() : tab;
      cells.add(SourceCell.of(line.substring(from, to), SourcePosition.of(number, from + 1)));
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    table.add(cells);
    lastWasCellLine = false;
  }

  private void markdownRow(String line, int number) {
    if (!markdown) {
      endTable();
      markdown = true;
    }
    startTable(number);
    lastWasCellLine = false;
    if (MARKDOWN_RULE.matcher(line.trim()).matches()) {
      return;
    }
    List<SourceCell> cells = new ArrayList<>();
    int first = line.indexOf('|');
    int last = line.trim().endsWith("|") ? line.lastIndexOf('|') : line.length();
    int from = first + 1;
    while (from <= last) {
      int bar = line.indexOf('|', from);
      int to = bar < 0 || bar > last ? last : bar;
      cells.add(SourceCell.of(line.substring(from, to), SourcePosition.of(number, from + 1)));
      if (to >= last) {
        break;
      }
      from = to + 1;
    }
    table.add(cells);
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

  private void endTable() {
    endRow();
    if (table != null && !table.isEmpty()) {
      blocks.add(new SourceTable(table, tableStart));
    }
    table = null;
    markdown = false;
    lastWasCellLine = false;
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00a0' && c != '\u3000') {
        return false;
      }
    }
    return true;
  }
}
