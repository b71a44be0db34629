package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.List;

/** Checks a rule's equations over the cells read once, with the terms flattened into arrays. */
final class EquationCheck implements Check {
  private final Equation[] equations;
  private final int[] stated;
  private final int[][] terms;
  private final int[][] coefficients;

  EquationCheck(List<Equation> equations) {
    int n = equations.size();
    this.equations = equations.toArray(new Equation[n]);
    this.stated = new int[n];
    this.terms = new int[n][];
    this.coefficients = new int[n][];
    for (int e = 0; e < n; e++) {
      Equation equation = this.equations[e];
      stated[e] = equation.stated().index();
      List<Equation.Term> list = equation.terms();
      terms[e] = new int[list.size()];
      coefficients[e] = new int[list.size()];
      for (int t = 0; t < list.size(); t++) {
        terms[e][t] = list.get(t).cell().index();
        coefficients[e][t] = list.get(t).coefficient();
      }
    }
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
      int[] cellsOfTerms = terms[e];
      int[] signs = coefficients[e];
      long sum = 0;
      for (int t = 0; t < cellsOfTerms.length; t++) {
        sum += (long) signs[t] * cells[cellsOfTerms[t]];
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
