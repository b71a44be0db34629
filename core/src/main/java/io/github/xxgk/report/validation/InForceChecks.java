package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The two rules on documents in force, one arithmetic: in force = in force before + issued −
 * repealed. Within one report "before" is unknown but not negative, so in force is at least issued
 * − repealed ({@code IN-FORCE-PLAUSIBILITY}); against last year's report it is known ({@code
 * IN-FORCE-CONTINUITY}).
 */
final class InForceChecks {
  /** The message arguments of both rules. */
  static final List<String> ARGUMENTS =
      Collections.unmodifiableList(
          Arrays.asList(
              "cell",
              "stated",
              "computed",
              "previousInForce",
              "issued",
              "repealed",
              "inForceColumn",
              "issuedColumn",
              "repealedColumn"));

  // Issued, repealed and in force, per document item: looked up once, not per report.
  private static final Cell[][] DOCUMENTS = new Cell[DisclosureItem.DOCUMENTS.size()][];

  static {
    for (int d = 0; d < DOCUMENTS.length; d++) {
      DisclosureItem item = DisclosureItem.DOCUMENTS.get(d);
      DOCUMENTS[d] =
          new Cell[] {
            FormCells.disclosure(item, DisclosureColumn.ISSUED),
            FormCells.disclosure(item, DisclosureColumn.REPEALED),
            FormCells.disclosure(item, DisclosureColumn.IN_FORCE)
          };
    }
  }

  private InForceChecks() {}

  static void plausibility(CheckContext context) {
    check(context, null);
  }

  /**
   * Only a warning: documents also expire without being repealed, so the in-force count may fall by
   * more than the repealed ones. Only information when the report says it cleaned up its documents
   * (清理): then the count is meant to break with last year's.
   */
  static void continuity(CheckContext context) {
    AnnualReport previous = context.previous();
    if (CrossYearChecks.comparable(context.report(), previous)) {
      check(context, previous);
    }
  }

  private static void check(CheckContext context, AnnualReport previous) {
    for (Cell[] document : DOCUMENTS) {
      Cell issued = document[0];
      Cell repealed = document[1];
      Cell inForce = document[2];
      long before = previous == null ? 0 : inForce.count(previous);
      long expected = before + context.count(issued) - context.count(repealed);
      int stated = context.count(inForce);
      if (previous == null ? stated >= expected : stated == expected) {
        continue;
      }
      ViolationBuilder violation =
          context
              .violation(inForce)
              .related(issued, repealed)
              .stated(stated)
              .computed(expected)
              .arguments(
                  inForce,
                  BigDecimal.valueOf(stated),
                  BigDecimal.valueOf(expected),
                  BigDecimal.valueOf(before),
                  BigDecimal.valueOf(context.count(issued)),
                  BigDecimal.valueOf(context.count(repealed)),
                  inForce.column().label(),
                  issued.column().label(),
                  repealed.column().label());
      if (previous != null && NarrativeChecks.explainsCleanup(context.report())) {
        violation.severity(Severity.INFO);
      }
      violation.add();
    }
  }
}
