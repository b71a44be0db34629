package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The columns a table's total column sums: the ones that are not the total. */
final class TotalTerms {
  private TotalTerms() {}

  /** The columns of {@code columns} (a table's, in the form's order) that are not a total. */
  static <C extends FormColumn> List<C> of(C[] columns) {
    List<C> terms = new ArrayList<>();
    for (C column : columns) {
      if (!column.isTotal()) {
        terms.add(column);
      }
    }
    return Collections.unmodifiableList(terms);
  }
}
