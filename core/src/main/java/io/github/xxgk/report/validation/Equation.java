package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.model.AnnualReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One equation of the form's arithmetic (勾稽关系): a stated cell equals the sum of its terms, each a
 * cell times a coefficient of +1 or −1. When it fails, its rule reports one violation located at
 * the stated cell, naming the terms as related cells. All equations are listed by {@link
 * Rules#equations()}.
 */
public final class Equation {
  private final String ruleId;
  private final Cell stated;
  private final List<Term> terms;
  private final List<Cell> cells;
  private final List<String> relatedPointers;

  Equation(String ruleId, Cell stated, List<Term> terms) {
    this.ruleId = ruleId;
    this.stated = stated;
    this.terms = Collections.unmodifiableList(new ArrayList<>(terms));
    List<Cell> cells = new ArrayList<>(terms.size() + 1);
    List<String> related = new ArrayList<>(terms.size());
    cells.add(stated);
    for (Term term : terms) {
      cells.add(term.cell());
      related.add(term.cell().pointer());
    }
    this.cells = Collections.unmodifiableList(cells);
    this.relatedPointers = Collections.unmodifiableList(related);
  }

  /** The id of the rule that checks this equation. */
  public String ruleId() {
    return ruleId;
  }

  /** The cell whose stated value must equal the sum of the terms; violations are located here. */
  public Cell stated() {
    return stated;
  }

  /** The terms, in the form's reading order. */
  public List<Term> terms() {
    return terms;
  }

  /** The stated cell followed by the cells of the terms. */
  public List<Cell> cells() {
    return cells;
  }

  /** The JSON Pointers of the terms' cells. */
  public List<String> relatedPointers() {
    return relatedPointers;
  }

  /** Whether a cell occurs in this equation, as its stated cell or in a term. */
  public boolean contains(Cell cell) {
    return cells.contains(cell);
  }

  /** The sum of the terms in a report, in {@code long} so that it cannot overflow. */
  public long computed(AnnualReport report) {
    long sum = 0;
    for (Term term : terms) {
      sum += (long) term.coefficient() * term.cell().count(report);
    }
    return sum;
  }

  /** Whether the equation holds in a report. */
  public boolean holds(AnnualReport report) {
    return stated.count(report) == computed(report);
  }

  /** The equation in the form {@code stated = +a +b −c}, by JSON Pointer. */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(ruleId).append(": ").append(stated.pointer()).append(" =");
    for (Term term : terms) {
      text.append(term.coefficient() < 0 ? " - " : " + ").append(term.cell().pointer());
    }
    return text.toString();
  }

  /** A cell of an equation's sum, with its coefficient. */
  public static final class Term {
    private final Cell cell;
    private final int coefficient;

    Term(Cell cell, int coefficient) {
      this.cell = cell;
      this.coefficient = coefficient;
    }

    /** The cell. */
    public Cell cell() {
      return cell;
    }

    /** +1 or −1. */
    public int coefficient() {
      return coefficient;
    }

    @Override
    public String toString() {
      return (coefficient < 0 ? "-" : "+") + cell.pointer();
    }
  }
}
