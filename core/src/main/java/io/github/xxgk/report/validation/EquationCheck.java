package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.CellSum;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks a rule's equations over the cells read once. A printed sum is added up by the grid over
 * its own array, the balance's terms one by one: this loop is most of the cost of validating a
 * valid report.
 */
final class EquationCheck implements Check {
  private final Equation[] equations;
  private final Cell[] stated;
  private final Cell[][] added;
  private final Cell[][] subtracted;
  private final CellSum[] sums;

  EquationCheck(List<Equation> equations) {
    int n = equations.size();
    this.equations = equations.toArray(new Equation[n]);
    this.stated = new Cell[n];
    this.added = new Cell[n][];
    this.subtracted = new Cell[n][];
    this.sums = new CellSum[n];
    for (int e = 0; e < n; e++) {
      stated[e] = this.equations[e].stated();
      added[e] = cells(this.equations[e].terms(), 1);
      subtracted[e] = cells(this.equations[e].terms(), -1);
      sums[e] = this.equations[e].sum;
    }
  }

  private static Cell[] cells(List<Equation.Term> terms, int coefficient) {
    int n = 0;
    for (Equation.Term term : terms) {
      if (term.coefficient() == coefficient) {
        n++;
      } else if (term.coefficient() != -coefficient) {
        throw new IllegalArgumentException("coefficients are 1 or -1: " + term);
      }
    }
    Cell[] cells = new Cell[n];
    int i = 0;
    for (Equation.Term term : terms) {
      if (term.coefficient() == coefficient) {
        cells[i++] = term.cell();
      }
    }
    return cells;
  }

  @Override
  public void check(CheckContext context) {
    CellGrid grid = context.grid();
    for (int e = 0; e < stated.length; e++) {
      long sum = 0;
      if (sums[e] != null) {
        sum = grid.sum(sums[e]);
      } else {
        for (Cell cell : added[e]) {
          sum += grid.count(cell);
        }
        for (Cell cell : subtracted[e]) {
          sum -= grid.count(cell);
        }
      }
      if (sum != grid.count(stated[e])) {
        violation(context, equations[e], sum);
      }
    }
  }

  /** Arguments: the cell, stated, computed, then the terms' values if the rule names them. */
  private static void violation(CheckContext context, Equation equation, long sum) {
    Cell cell = equation.stated();
    BigDecimal stated = BigDecimal.valueOf(context.count(cell));
    BigDecimal computed = BigDecimal.valueOf(sum);
    int named = context.rule().arguments().size();
    Object[] arguments = new Object[named];
    arguments[0] = cell;
    arguments[1] = stated;
    arguments[2] = computed;
    // The balance names its terms' values, so that its message can spell the sum out.
    for (int t = 3; t < named; t++) {
      arguments[t] = BigDecimal.valueOf(context.count(equation.terms().get(t - 3).cell()));
    }
    context
        .violation(cell)
        .related(equation.relatedPointers())
        .stated(stated)
        .computed(computed)
        .arguments(arguments)
        .add();
  }
}
