package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One of the form's printed sums: a total cell and the cells it adds up. The form has 35 of them,
 * listed by {@link FormCells#sums()}: 25 row totals and 7 outcome totals in table 三, 3 case totals
 * in table 四. An omitted total is filled from its sum ({@link CellGrid#fillOmittedTotals()}), and
 * each sum is an equation the validator checks.
 */
public final class CellSum {
  /** What a sum adds up. */
  public enum Kind {
    /** The total column of a row of table 三: its six applicant columns. */
    ROW_TOTAL,
    /** A cell of row 三（七）: the 21 outcome rows of its column. */
    OUTCOME_TOTAL,
    /** The total of a group of table 四: its four results. */
    CASE_TOTAL
  }

  private final Kind kind;
  private final Cell total;
  private final List<Cell> terms;
  // The terms' positions in the catalogue, for CellGrid's loop over its array.
  final int[] positions;

  CellSum(Kind kind, Cell total, List<Cell> terms) {
    this.kind = kind;
    this.total = total;
    this.terms = Collections.unmodifiableList(new ArrayList<>(terms));
    this.positions = new int[terms.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = terms.get(i).index();
    }
  }

  /** What the sum adds up. */
  public Kind kind() {
    return kind;
  }

  /** The cell that states the sum. */
  public Cell total() {
    return total;
  }

  /** The cells added, in the form's reading order. */
  public List<Cell> terms() {
    return terms;
  }

  /** The total's pointer and its terms', for logs. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(total.pointer()).append(" =");
    for (Cell term : terms) {
      text.append(" + ").append(term.pointer());
    }
    return text.toString();
  }
}
