package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of the 200 numeric cells of the form: 10 in table 二, 175 (25 rows × 7 columns) in
 * table 三 and 15 (3 groups × 5 columns) in table 四, in the form's reading order.
 *
 * <pre>{@code
 * for (Cell cell : FormCells.all()) {
 *   System.out.println(cell.pointer() + " = " + cell.value(report));
 * }
 * Cell secret = FormCells.applications(ApplicationRow.STATE_SECRET, ApplicantColumn.NATURAL_PERSON);
 * }</pre>
 *
 * <p>To read, change or build the cells of a report as a whole, use a {@link CellGrid}.
 */
public final class FormCells {
  /** How many numeric cells the form has. */
  public static final int SIZE = 200;

  private static final List<Cell> ALL;
  private static final List<CellSum> SUMS;
  private static final Map<String, Cell> BY_POINTER = new HashMap<>();
  private static final Cell[][] DISCLOSURE =
      new Cell[DisclosureItem.values().length][DisclosureColumn.values().length];
  private static final Cell[][] APPLICATIONS =
      new Cell[ApplicationRow.values().length][ApplicantColumn.values().length];
  private static final Cell[][] CASES =
      new Cell[CaseGroup.values().length][CaseColumn.values().length];

  static {
    List<Cell> all = new ArrayList<>(SIZE);
    for (DisclosureItem item : DisclosureItem.values()) {
      for (DisclosureColumn column : item.columns()) {
        Cell cell =
            column == DisclosureColumn.AMOUNT_WAN_YUAN
                ? Cell.money(
                    all.size(), item, column, r -> r.proactiveDisclosure().fees().amountWanYuan())
                : Cell.count(all.size(), item, column, Disclosures.reader(item, column));
        DISCLOSURE[item.ordinal()][column.ordinal()] = cell;
        all.add(cell);
      }
    }
    for (ApplicationRow row : ApplicationRow.values()) {
      for (ApplicantColumn column : ApplicantColumn.values()) {
        Cell cell =
            Cell.count(all.size(), row, column, r -> column.read(row.read(r.applications())));
        APPLICATIONS[row.ordinal()][column.ordinal()] = cell;
        all.add(cell);
      }
    }
    for (CaseGroup group : CaseGroup.values()) {
      for (CaseColumn column : CaseColumn.values()) {
        Cell cell =
            Cell.count(
                all.size(),
                group,
                column,
                r -> column.read(group.read(r.reconsiderationAndLitigation())));
        CASES[group.ordinal()][column.ordinal()] = cell;
        all.add(cell);
      }
    }
    for (Cell cell : all) {
      BY_POINTER.put(cell.pointer(), cell);
    }
    ALL = Collections.unmodifiableList(all);
    SUMS = Collections.unmodifiableList(printedSums());
  }

  private static List<CellSum> printedSums() {
    List<CellSum> sums = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      List<Cell> terms = new ArrayList<>();
      for (ApplicantColumn column : ApplicantColumn.APPLICANTS) {
        terms.add(applications(row, column));
      }
      sums.add(
          new CellSum(CellSum.Kind.ROW_TOTAL, applications(row, ApplicantColumn.TOTAL), terms));
    }
    for (ApplicantColumn column : ApplicantColumn.values()) {
      List<Cell> terms = new ArrayList<>();
      for (ApplicationRow row : ApplicationRow.OUTCOME_ROWS) {
        terms.add(applications(row, column));
      }
      sums.add(
          new CellSum(
              CellSum.Kind.OUTCOME_TOTAL,
              applications(ApplicationRow.OUTCOMES_TOTAL, column),
              terms));
    }
    for (CaseGroup group : CaseGroup.values()) {
      List<Cell> terms = new ArrayList<>();
      for (CaseColumn column : CaseColumn.RESULTS) {
        terms.add(cases(group, column));
      }
      sums.add(new CellSum(CellSum.Kind.CASE_TOTAL, cases(group, CaseColumn.TOTAL), terms));
    }
    return sums;
  }

  /**
   * The form's printed sums, as data: the 25 row totals of table 三 in row order, its 7 outcome
   * totals in column order, then the 3 totals of table 四. Every {@linkplain Cell#isTotal() total
   * cell} is the total of one of them, the corner 三（七）总计 of two.
   */
  public static List<CellSum> sums() {
    return SUMS;
  }

  private FormCells() {}

  /** All 200 cells, in the form's reading order. */
  public static List<Cell> all() {
    return ALL;
  }

  /** The cells of one table, in reading order. */
  public static List<Cell> of(FormTable table) {
    List<Cell> cells = new ArrayList<>();
    for (Cell cell : ALL) {
      if (cell.table() == table) {
        cells.add(cell);
      }
    }
    return Collections.unmodifiableList(cells);
  }

  /**
   * The cells of one row, in reading order: 3 for a document item of table 二, 1 for its other
   * items, 7 for a row of table 三, 5 for a group of table 四. Handy for marking a whole row: {@code
   * builder.addAllBlankCells(FormCells.ofRow(DisclosureItem.REGULATIONS))}.
   */
  public static List<Cell> ofRow(FormRow row) {
    List<Cell> cells = new ArrayList<>();
    for (Cell cell : ALL) {
      if (cell.row() == row) {
        cells.add(cell);
      }
    }
    return Collections.unmodifiableList(cells);
  }

  /**
   * The cells of one column, in reading order: 25 for a column of table 三, 3 for a column of table
   * 四, and in table 二 those of the items that have the column. A column belongs to one table.
   */
  public static List<Cell> ofColumn(FormColumn column) {
    List<Cell> cells = new ArrayList<>();
    for (Cell cell : ALL) {
      if (cell.column() == column) {
        cells.add(cell);
      }
    }
    return Collections.unmodifiableList(cells);
  }

  /** The cell at a JSON Pointer of the contract, if there is one. */
  public static Optional<Cell> byPointer(String pointer) {
    return Optional.ofNullable(BY_POINTER.get(pointer));
  }

  /**
   * A cell of table 二.
   *
   * @throws IllegalArgumentException if the item has no such column
   */
  public static Cell disclosure(DisclosureItem item, DisclosureColumn column) {
    Cell cell = DISCLOSURE[item.ordinal()][column.ordinal()];
    if (cell == null) {
      throw new IllegalArgumentException(
          item + " has no column " + column + "; it has " + item.columns());
    }
    return cell;
  }

  /** A cell of table 三. */
  public static Cell applications(ApplicationRow row, ApplicantColumn column) {
    return APPLICATIONS[row.ordinal()][column.ordinal()];
  }

  /** A cell of table 四. */
  public static Cell cases(CaseGroup group, CaseColumn column) {
    return CASES[group.ordinal()][column.ordinal()];
  }
}
