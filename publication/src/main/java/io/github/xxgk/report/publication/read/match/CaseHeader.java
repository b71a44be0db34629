package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.problem.SourcePosition;
import java.util.List;

/**
 * Table 四's header, against which its values are checked. The values are read in the form's column
 * order, five per group (the header of table 四 is three rows deep and real pages merge its cells in
 * many ways, so it is not used to order them); a header row that names the result columns of its
 * groups, five each, in another order contradicts that, and the table is refused rather than read
 * by position.
 */
final class CaseHeader {
  private SourcePosition contradicts;
  private boolean told;

  /** Takes a header row and the result columns it names, left to right. */
  void offer(List<Grid.Entry> row, List<CaseColumn> columns) {
    int width = CaseColumn.values().length;
    if (columns.size() < width || columns.size() % width != 0) {
      return;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).ordinal() != i % width) {
        contradicts = row.get(0).cell.position();
        return;
      }
    }
  }

  /** Whether a header row contradicted the form's order. */
  boolean contradicts() {
    return contradicts != null;
  }

  /** Says so, once, at the header. */
  void tell(Problems problems) {
    if (!told) {
      told = true;
      problems.add(
          ImportRule.IMPORT_HEADER_CONTRADICTS,
          contradicts,
          FormTable.RECONSIDERATION_AND_LITIGATION.pointer(),
          FormTable.RECONSIDERATION_AND_LITIGATION.label().zh());
    }
  }

  /**
   * The group of table 四 a short caption (a heading, or a header cell) names, from its {@link
   * Normalizer#compact} text; null when none.
   */
  static CaseGroup group(String compact) {
    if (compact.length() > 30) {
      return null;
    }
    if (compact.contains(PublishedWording.AFTER_RECONSIDERATION)) {
      return CaseGroup.LITIGATION_AFTER_RECONSIDERATION;
    }
    if (compact.contains(PublishedWording.WITHOUT_RECONSIDERATION)) {
      return CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION;
    }
    if (compact.contains(PublishedWording.RECONSIDERATION)
        && !compact.contains(PublishedWording.LITIGATION)) {
      return CaseGroup.RECONSIDERATION;
    }
    return null;
  }
}
