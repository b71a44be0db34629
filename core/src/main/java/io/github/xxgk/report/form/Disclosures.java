package io.github.xxgk.report.form;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.DecisionCount;
import io.github.xxgk.report.model.DocumentCounts;
import io.github.xxgk.report.model.ProactiveDisclosure;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** How the count cells of table 二 map onto the model; its rows have different shapes. */
final class Disclosures {
  private Disclosures() {}

  static ToIntFunction<AnnualReport> reader(DisclosureItem item, DisclosureColumn column) {
    switch (item) {
      case REGULATIONS:
        return documents(ProactiveDisclosure::regulations, column);
      case NORMATIVE_DOCUMENTS:
        return documents(ProactiveDisclosure::normativeDocuments, column);
      case LICENSING:
        return decisions(ProactiveDisclosure::licensing);
      case PUNISHMENT:
        return decisions(ProactiveDisclosure::punishment);
      case COERCION:
        return decisions(ProactiveDisclosure::coercion);
      default:
        throw new IllegalArgumentException(item + " has no count cells");
    }
  }

  private static ToIntFunction<AnnualReport> documents(
      Function<ProactiveDisclosure, DocumentCounts> item, DisclosureColumn column) {
    switch (column) {
      case ISSUED:
        return r -> item.apply(r.proactiveDisclosure()).issued();
      case REPEALED:
        return r -> item.apply(r.proactiveDisclosure()).repealed();
      case IN_FORCE:
        return r -> item.apply(r.proactiveDisclosure()).inForce();
      default:
        throw new IllegalArgumentException("documents have no column " + column);
    }
  }

  private static ToIntFunction<AnnualReport> decisions(
      Function<ProactiveDisclosure, DecisionCount> item) {
    return r -> item.apply(r.proactiveDisclosure()).decisions();
  }
}
