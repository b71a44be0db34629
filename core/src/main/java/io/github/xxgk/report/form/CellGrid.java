package io.github.xxgk.report.form;

import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A value for each of the form's 200 cells, to read from a report, change and build back: the one
 * place where the tables are taken apart into cells and put together again. It knows which cells
 * were set, so that totals a report omitted can be filled from their sums.
 *
 * <pre>{@code
 * Cell cell = FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON);
 * AnnualReport changed = CellGrid.of(report).set(cell, 14).toReport();
 * }</pre>
 *
 * <p>A grid is mutable and not thread-safe, like {@link StringBuilder}: use one per thread, or
 * synchronise. A new grid holds 0 in every count cell and 0 in the money cell, none of them set.
 */
public final class CellGrid {
  private static final int WORDS = (FormCells.SIZE + 63) / 64;
  private static final Cell FEE =
      FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);

  private final int[] counts = new int[FormCells.SIZE];
  // One bit per cell, by position in the catalogue: whether a value was set or read.
  private final long[] set = new long[WORDS];
  private BigDecimal fee = BigDecimal.ZERO;
  private AnnualReport report;

  /** A grid with every cell 0 and none set. */
  public CellGrid() {}

  /** A grid with every cell of a report, each one set; {@link #toReport()} copies that report. */
  public static CellGrid of(AnnualReport report) {
    return new CellGrid().read(report);
  }

  /**
   * Replaces every value by the report's, each one set, so that one grid can serve many reports
   * without allocating; {@link #toReport()} then copies this report.
   *
   * @return this grid
   */
  public CellGrid read(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    TableReading.readCounts(report, counts);
    fee = report.proactiveDisclosure().fees().amountWanYuan();
    for (int w = 0; w < WORDS; w++) {
      set[w] = -1L;
    }
    this.report = report;
    return this;
  }

  /**
   * The count in a cell.
   *
   * @throws UnsupportedOperationException for the money cell; use {@link #amount}
   */
  public int count(Cell cell) {
    // The form has one money cell: an identity test, cheaper than asking the cell on a hot path.
    if (cell == FEE) {
      throw new UnsupportedOperationException(cell.pointer() + " holds money, not a count");
    }
    return counts[cell.index()];
  }

  /** The exact value of a cell, a count or money. */
  public BigDecimal amount(Cell cell) {
    return cell.isMoney() ? fee : BigDecimal.valueOf(counts[cell.index()]);
  }

  /**
   * Sets a count cell. Totals keep their values: a total that includes the cell no longer adds up
   * unless it is changed too (or {@linkplain #unset unset} and {@linkplain #fillOmittedTotals
   * filled}).
   *
   * @return this grid
   * @throws UnsupportedOperationException for the money cell
   */
  public CellGrid set(Cell cell, int value) {
    if (cell.isMoney()) {
      throw new UnsupportedOperationException(cell.pointer() + " holds money, not a count");
    }
    counts[cell.index()] = value;
    mark(cell, true);
    return this;
  }

  /**
   * Sets the money cell (the fees of table 二, in 万元), its scale kept.
   *
   * @return this grid
   * @throws UnsupportedOperationException for a count cell
   */
  public CellGrid set(Cell cell, BigDecimal amount) {
    if (!cell.isMoney()) {
      throw new UnsupportedOperationException(cell.pointer() + " holds a count, not money");
    }
    fee = Objects.requireNonNull(amount, "amount");
    mark(cell, true);
    return this;
  }

  /**
   * Clears a cell back to 0 and not set: a total so cleared is filled by {@link
   * #fillOmittedTotals()}.
   *
   * @return this grid
   */
  public CellGrid unset(Cell cell) {
    if (cell.isMoney()) {
      fee = BigDecimal.ZERO;
    } else {
      counts[cell.index()] = 0;
    }
    mark(cell, false);
    return this;
  }

  /**
   * The sum of a sum's terms in this grid, in {@code long} so that it cannot overflow; compare it
   * with {@code count(sum.total())}. The validator's equations run through this loop.
   */
  public long sum(CellSum sum) {
    long value = 0;
    for (int position : sum.positions) {
      value += counts[position];
    }
    return value;
  }

  /** Whether any count of the grid is negative: one pass, for the common case of none. */
  public boolean anyNegativeCount() {
    // The money cell's slot always holds 0. OR-ing the sign bits, with no branch, is a loop the
    // JIT vectorises: a comparison per cell made this a quarter of a valid report's validation.
    // The shift is needed: C2 (JDK 17) leaves a loop that only ORs the counts themselves scalar,
    // which made NON-NEGATIVE about 30 ns slower (issue 12).
    int bits = 0;
    for (int count : counts) {
      bits |= count >> 31;
    }
    return bits != 0;
  }

  /** Whether a cell was set or read from a report (or filled), rather than left at 0. */
  public boolean isSet(Cell cell) {
    int i = cell.index();
    return (set[i >>> 6] & 1L << i) != 0;
  }

  private void mark(Cell cell, boolean on) {
    int i = cell.index();
    if (on) {
      set[i >>> 6] |= 1L << i;
    } else {
      set[i >>> 6] &= ~(1L << i);
    }
  }

  /**
   * Sets every total that is not set to the sum of its terms ({@link FormCells#sums()}), as the
   * model does for a total a builder is not given: a row's total is the sum of its columns; when
   * row 三（七） is not set, each of its cells is the sum of its column's outcome rows. A total is
   * filled once its terms are known (set, filled, or not totals), and counts as set afterwards.
   *
   * @return the totals left unset because their sum does not fit in an {@code int}, in the order of
   *     {@link FormCells#sums()} (a total that adds one of them up stays unset too); empty when
   *     every total could be filled
   */
  public List<Cell> fillOmittedTotals() {
    List<Cell> overflowing = null;
    boolean progress = true;
    while (progress) {
      progress = false;
      for (CellSum sum : FormCells.sums()) {
        Cell total = sum.total();
        if (isSet(total) || !known(sum.terms())) {
          continue;
        }
        long value = 0;
        for (Cell term : sum.terms()) {
          value += counts[term.index()];
        }
        if (value != (int) value) {
          if (overflowing == null) {
            overflowing = new ArrayList<>();
          }
          if (!overflowing.contains(total)) {
            overflowing.add(total);
          }
          continue;
        }
        set(total, (int) value);
        progress = true;
      }
    }
    return overflowing == null ? Collections.<Cell>emptyList() : overflowing;
  }

  private boolean known(List<Cell> terms) {
    for (Cell term : terms) {
      if (term.isTotal() && !isSet(term)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets the three tables of a report builder from this grid, every cell as it is here (totals are
   * not recomputed; {@link #fillOmittedTotals()} first if some were omitted). The builder's other
   * attributes are left as they are.
   *
   * @return the same builder
   */
  public AnnualReport.Builder fill(AnnualReport.Builder builder) {
    return TableAssembly.fill(builder, this);
  }

  /**
   * A copy of the report this grid was {@linkplain #of read from}, with its tables as this grid
   * holds them; everything else, marked cells included, as it was.
   *
   * @throws IllegalStateException if the grid was not read from a report; use {@link #fill}
   */
  public AnnualReport toReport() {
    if (report == null) {
      throw new IllegalStateException(
          "the grid was not read from a report; fill a builder instead");
    }
    return fill(AnnualReport.builder().from(report)).build();
  }

  /** The money cell's value, without the check of {@link #amount}: for building the tables. */
  BigDecimal fee() {
    return fee;
  }

  /** The counts by position, for {@link CellEquations}' loop, which only reads them. */
  int[] counts() {
    return counts;
  }

  /** A count without the money check, for the code of this package that walks count cells. */
  int countAt(Cell cell) {
    return counts[cell.index()];
  }

  /** The cells set, by pointer and value, for debugging; not a format. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CellGrid{");
    for (Cell cell : FormCells.all()) {
      if (isSet(cell)) {
        text.append(text.length() > 9 ? ", " : "")
            .append(cell.pointer())
            .append('=')
            .append(amount(cell));
      }
    }
    return text.append('}').toString();
  }
}
