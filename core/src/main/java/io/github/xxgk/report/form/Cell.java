package io.github.xxgk.report.form;

import io.github.xxgk.report.model.AnnualReport;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One numeric cell of the form: where it is (table, row, column and JSON Pointer), what it is
 * called, and how to read it from a report; to change cells, use a {@link CellGrid}. Cells are
 * obtained from {@link FormCells}; there is exactly one instance per cell, so identity comparison
 * works.
 *
 * <p>Cells are ordered by their place in the catalogue ({@link FormCells#all()}), which is the
 * canonical order of {@link AnnualReport#blankCells()} and {@link
 * AnnualReport#notApplicableCells()}. A cell is serialized by its JSON Pointer and deserialized to
 * the catalogue's own instance.
 */
public final class Cell implements Comparable<Cell>, Serializable {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final FormRow row;
  private final FormColumn column;
  private final String pointer;
  private final transient ToIntFunction<AnnualReport> count;
  private final transient Function<AnnualReport, BigDecimal> amount;

  private Cell(
      int index,
      FormRow row,
      FormColumn column,
      ToIntFunction<AnnualReport> count,
      Function<AnnualReport, BigDecimal> amount) {
    this.index = index;
    this.row = row;
    this.column = column;
    this.pointer = row.table().pointer() + row.pointer() + "/" + column.key();
    this.count = count;
    this.amount = amount;
  }

  static Cell count(int index, FormRow row, FormColumn column, ToIntFunction<AnnualReport> reader) {
    return new Cell(index, row, column, reader, null);
  }

  static Cell money(
      int index, FormRow row, FormColumn column, Function<AnnualReport, BigDecimal> reader) {
    return new Cell(index, row, column, null, reader);
  }

  /**
   * The cell's place in {@link FormCells#all()}, from 0 to {@link FormCells#SIZE} - 1: lets a
   * reader or a grid keep one value per cell in an array instead of a map keyed by cells.
   */
  public int index() {
    return index;
  }

  /** The table the cell is in. */
  public FormTable table() {
    return row.table();
  }

  /** The cell's row: an {@link DisclosureItem}, {@link ApplicationRow} or {@link CaseGroup}. */
  public FormRow row() {
    return row;
  }

  /**
   * The cell's column: a {@link DisclosureColumn}, {@link ApplicantColumn} or {@link CaseColumn}.
   */
  public FormColumn column() {
    return column;
  }

  /** The cell's location in the JSON contract, an RFC 6901 JSON Pointer. */
  public String pointer() {
    return pointer;
  }

  /** The row's captions, outermost group first, the row's own caption last. */
  public List<Label> rowLabels() {
    return path(row.groups(), row.label());
  }

  /** The column's captions, outermost header first, the column's own caption last. */
  public List<Label> columnLabels() {
    return path(column.groups(), column.label());
  }

  private static List<Label> path(List<Label> groups, Label label) {
    List<Label> path = new ArrayList<>(groups.size() + 1);
    path.addAll(groups);
    path.add(label);
    return Collections.unmodifiableList(path);
  }

  /** Whether the cell holds money (万元, a decimal) rather than a count (an integer). */
  public boolean isMoney() {
    return amount != null;
  }

  /**
   * Whether the cell is a total that a report states and may omit on input: a {@code total} column,
   * or the row 三（七）.
   */
  public boolean isTotal() {
    return column.isTotal() || row.isTotal();
  }

  /**
   * The count in this cell of a report.
   *
   * @throws UnsupportedOperationException for the money cell; use {@link #amount}
   */
  public int count(AnnualReport report) {
    if (count == null) {
      throw new UnsupportedOperationException(pointer + " holds money, not a count");
    }
    return count.applyAsInt(report);
  }

  /** The exact value of this cell of a report, for a count or for money. */
  public BigDecimal amount(AnnualReport report) {
    return count == null ? amount.apply(report) : BigDecimal.valueOf(count.applyAsInt(report));
  }

  /** The value of this cell of a report: an {@link Integer} for a count, else a BigDecimal. */
  public Number value(AnnualReport report) {
    return count == null ? amount.apply(report) : Integer.valueOf(count.applyAsInt(report));
  }

  /** Orders cells as the catalogue does, consistent with identity. */
  @Override
  public int compareTo(Cell other) {
    return Integer.compare(index, other.index);
  }

  /** The cell's JSON Pointer. */
  @Override
  public String toString() {
    return pointer;
  }

  // Serialization proxy: the readers are functions, and there must stay one instance per cell.
  private Object writeReplace() {
    return new SerializedCell(pointer);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Cell is deserialized through its pointer");
  }

  private static final class SerializedCell implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    SerializedCell(String pointer) {
      this.pointer = pointer;
    }

    private Object readResolve() throws InvalidObjectException {
      Cell cell = pointer == null ? null : FormCells.byPointer(pointer).orElse(null);
      if (cell == null) {
        throw new InvalidObjectException("no cell of the form at " + pointer);
      }
      return cell;
    }
  }
}
