package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellEquations;
import io.github.xxgk.report.form.CellGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a rule's equations over the cells read once, all of them in one loop of {@link
 * CellEquations} over the grid's array: this loop is most of the cost of validating a valid report.
 */
final class EquationCheck implements Check {
  private final Equation[] equations;
  private final CellEquations compiled;

  EquationCheck(List<Equation> equations) {
    this.equations = equations.toArray(new Equation[0]);
    CellEquations.Builder compiled = CellEquations.builder();
    for (Equation equation : this.equations) {
      compiled.add(equation.stated(), cells(equation.terms(), 1), cells(equation.terms(), -1));
    }
    this.compiled = compiled.build();
  }

  private static List<Cell> cells(List<Equation.Term> terms, int coefficient) {
    List<Cell> cells = new ArrayList<>();
    for (Equation.Term term : terms) {
      if (term.coefficient() == coefficient) {
        cells.add(term.cell());
      } else if (term.coefficient() != -coefficient) {
        throw new IllegalArgumentException("coefficients are 1 or -1: " + term);
      }
    }
    return cells;
  }

  @Override
  public void check(CheckContext context) {
    CellGrid grid = context.grid();
    for (int e = compiled.nextFailing(grid, 0); e >= 0; e = compiled.nextFailing(grid, e + 1)) {
      violation(context, equations[e], compiled.computed(grid, e));
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
