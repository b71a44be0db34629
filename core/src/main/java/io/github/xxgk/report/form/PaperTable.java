package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of the form as printed: a grid of rows and columns covered by captions, the printed
 * note and the value cells, with their row and column spans. Every grid position is covered by
 * exactly one cell. A table is a sequence of blocks, each of header rows followed by body rows:
 * table 二 has four (one per article of the regulations), tables 三 and 四 one each.
 *
 * <pre>{@code
 * PaperTable table = Paper.table(FormTable.APPLICATIONS);
 * PaperCell secret = table.valueOf(FormCells.applications(ApplicationRow.STATE_SECRET,
 *     ApplicantColumn.NATURAL_PERSON));                  // row 7, column 3
 * table.headersOf(secret);   // 申请人情况, 自然人
 * table.rowLabelsOf(secret); // 三、本年度办理结果, （三）不予公开, 1.属于国家秘密
 * }</pre>
 */
public final class PaperTable {
  private final FormTable table;
  private final int columnCount;
  private final List<List<PaperCell>> rows;
  private final List<PaperCell> cells;
  private final int[] blockOfRow;
  private final Map<Cell, PaperCell> values = new IdentityHashMap<>();

  PaperTable(FormTable table, int columnCount, List<List<PaperCell>> rows) {
    this.table = table;
    this.columnCount = columnCount;
    List<List<PaperCell>> frozen = new ArrayList<>(rows.size());
    List<PaperCell> all = new ArrayList<>();
    for (List<PaperCell> row : rows) {
      frozen.add(Collections.unmodifiableList(new ArrayList<>(row)));
      all.addAll(row);
    }
    this.rows = Collections.unmodifiableList(frozen);
    this.cells = Collections.unmodifiableList(all);
    for (PaperCell cell : all) {
      cell.cell().ifPresent(value -> values.put(value, cell));
    }
    this.blockOfRow = new int[rows.size()];
    int block = -1;
    boolean inBody = true;
    for (int r = 0; r < rows.size(); r++) {
      boolean header = isHeaderRow(r);
      if (header && inBody) {
        block++;
      }
      inBody = !header;
      blockOfRow[r] = block;
    }
  }

  /** Which table of the form this is. */
  public FormTable table() {
    return table;
  }

  /** The number of grid rows, header rows included. */
  public int rowCount() {
    return rows.size();
  }

  /** The number of grid columns, the row-label columns included. */
  public int columnCount() {
    return columnCount;
  }

  /**
   * The cells by the grid row they start in, each row left to right: the order of {@code <tr>} and
   * {@code <td>} elements in HTML. A row may be empty of new cells only if spans cover it.
   */
  public List<List<PaperCell>> rows() {
    return rows;
  }

  /** Every cell of the table, top to bottom and left to right by its top-left corner. */
  public List<PaperCell> cells() {
    return cells;
  }

  /**
   * Whether a grid row is a header row: no value cell and no row label starts in it (the block
   * captions of table 二, the column headers of every table).
   */
  public boolean isHeaderRow(int row) {
    for (PaperCell cell : rows.get(row)) {
      if (cell.kind() == PaperCell.Kind.VALUE || cell.kind() == PaperCell.Kind.ROW_LABEL) {
        return false;
      }
    }
    return true;
  }

  /**
   * The paper cell where a value cell of the catalogue is printed.
   *
   * @throws IllegalArgumentException if the cell belongs to another table
   */
  public PaperCell valueOf(Cell cell) {
    PaperCell paper = values.get(cell);
    if (paper == null) {
      throw new IllegalArgumentException(cell.pointer() + " is not in table " + table);
    }
    return paper;
  }

  /**
   * The column headers printed above a cell in its block, outermost first: every header whose
   * columns include all of the cell's.
   */
  public List<PaperCell> headersOf(PaperCell cell) {
    List<PaperCell> headers = new ArrayList<>();
    for (PaperCell candidate : cells) {
      if (candidate.kind() == PaperCell.Kind.HEADER
          && candidate.row() < cell.row()
          && blockOfRow[candidate.row()] == blockOfRow[cell.row()]
          && candidate.spansColumnsOf(cell)) {
        headers.add(candidate);
      }
    }
    return Collections.unmodifiableList(headers);
  }

  /**
   * The row labels printed left of a cell, outermost first: every row label whose rows include all
   * of the cell's. Empty in table 四, whose single data row has no label.
   */
  public List<PaperCell> rowLabelsOf(PaperCell cell) {
    List<PaperCell> labels = new ArrayList<>();
    for (PaperCell candidate : cells) {
      if (candidate.kind() == PaperCell.Kind.ROW_LABEL
          && candidate.column() < cell.column()
          && candidate.spansRowsOf(cell)) {
        labels.add(candidate);
      }
    }
    return Collections.unmodifiableList(labels);
  }

  /** The note printed in the table, if it has one (table 三's 勾稽关系). */
  public Optional<Label> note() {
    for (PaperCell cell : cells) {
      if (cell.kind() == PaperCell.Kind.NOTE) {
        return cell.label();
      }
    }
    return Optional.empty();
  }
}
