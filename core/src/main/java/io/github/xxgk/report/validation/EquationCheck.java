package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks a rule's equations over the cells read once. The terms are flattened into arrays of
 * cell indexes, added ones apart from subtracted ones, because this loop is most of the cost of
 * validating a valid report.
 */
final class EquationCheck implements Check {
  private final Equation[] equations;
  private final int[] stated;
  private final int[][] added;
  private final int[][] subtracted;
  // When an equation only adds cells whose indexes step evenly (a row's columns, a column's
  // rows), its sum is a strided range the JIT can unroll: first index, step, count; else -1.
  private final int[] first;
  private final int[] step;

  EquationCheck(List<Equation> equations) {
    int n = equations.size();
    this.equations = equations.toArray(new Equation[n]);
    this.stated = new int[n];
    this.added = new int[n][];
    this.subtracted = new int[n][];
    this.first = new int[n];
    this.step = new int[n];
    for (int e = 0; e < n; e++) {
      Equation equation = this.equations[e];
      stated[e] = equation.stated().index();
      added[e] = indexes(equation.terms(), 1);
      subtracted[e] = indexes(equation.terms(), -1);
      first[e] = -1;
      if (subtracted[e].length == 0 && added[e].length > 1) {
        int[] terms = added[e];
        int stride = terms[1] - terms[0];
        boolean even = stride > 0;
        for (int t = 2; t < terms.length && even; t++) {
          even = terms[t] - terms[t - 1] == stride;
        }
        if (even) {
          first[e] = terms[0];
          step[e] = stride;
        }
      }
    }
  }

  private static int[] indexes(List<Equation.Term> terms, int coefficient) {
    int n = 0;
    for (Equation.Term term : terms) {
      if (term.coefficient() == coefficient) {
        n++;
      } else if (term.coefficient() != -coefficient) {
        throw new IllegalArgumentException("coefficients are 1 or -1: " + term);
      }
    }
    int[] indexes = new int[n];
    int i = 0;
    for (Equation.Term term : terms) {
      if (term.coefficient() == coefficient) {
        indexes[i++] = term.cell().index();
      }
    }
    return indexes;
  }

  @Override
  public List<Violation> run(
      AnnualReport report,
      AnnualReport previous,
      int[] cells,
      Rule rule,
      Severity severity,
      List<Violation> found) {
    List<Violation> result = found;
    for (int e = 0; e < stated.length; e++) {
      long sum = 0;
      int start = first[e];
      if (start >= 0) {
        int stride = step[e];
        int end = start + stride * added[e].length;
        for (int index = start; index < end; index += stride) {
          sum += cells[index];
        }
      } else {
        for (int index : added[e]) {
          sum += cells[index];
        }
        for (int index : subtracted[e]) {
          sum -= cells[index];
        }
      }
      if (sum != cells[stated[e]]) {
        result = violation(result, cells, e, sum, rule, severity);
      }
    }
    return result;
  }

  private List<Violation> violation(
      List<Violation> found, int[] cells, int e, long sum, Rule rule, Severity severity) {
    Equation equation = equations[e];
    Cell cell = equation.stated();
    BigDecimal stated = BigDecimal.valueOf(cells[cell.index()]);
    BigDecimal computed = BigDecimal.valueOf(sum);
    Object[] arguments = new Object[3 + equation.terms().size()];
    arguments[0] = cell;
    arguments[1] = stated;
    arguments[2] = computed;
    // The terms' values follow, so a message can spell the sum out (the balance does).
    for (int t = 0; t < equation.terms().size(); t++) {
      arguments[3 + t] = BigDecimal.valueOf(cells[equation.terms().get(t).cell().index()]);
    }
    return Check.add(
        found,
        rule,
        severity,
        rule.id(),
        cell.pointer(),
        equation.relatedPointers(),
        stated,
        computed,
        arguments);
  }
}
