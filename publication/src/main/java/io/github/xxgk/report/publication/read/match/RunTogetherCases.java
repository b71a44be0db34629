package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Table 四 in a paragraph whose cells ran together ({@link FlatTables}): its three groups' captions,
 * then its header's captions, then the fifteen values of the three groups in one run, split as one
 * row's ({@link RunTogetherValues}), each group's 总计 checked against the cells before it. A run
 * that cannot be split exactly is refused whole ({@code IMPORT-CELLS-RUN-TOGETHER} at the table):
 * it does not tell its groups apart.
 */
final class RunTogetherCases {
  /** The table, without rows when its run was refused. */
  final SourceTable table;

  /** Where the run of values ends. */
  final int end;

  private RunTogetherCases(SourceTable table, int end) {
    this.table = table;
    this.end = end;
  }

  /**
   * Table 四 after {@code from}, a refused run's problem added to {@code problems} and its three
   * groups to {@code refused}; null when the text does not print it in the form's layout.
   */
  static RunTogetherCases read(
      SourceParagraph paragraph, int from, List<Problem> problems, Set<FormRow> refused) {
    String text = paragraph.text();
    String last = CaseGroup.LITIGATION_AFTER_RECONSIDERATION.label().zh();
    int at = text.indexOf(last, from);
    if (at < 0) {
      return null;
    }
    int start = at + last.length();
    int values = start;
    // the header's captions, up to the first digit
    while (values < text.length() && !Character.isDigit(text.charAt(values))) {
      values++;
    }
    if (!RunTogetherCaptions.onlyCaptions(text.substring(start, values))) {
      return null;
    }
    int end = RunTogetherValues.numericEnd(text, values);
    String run = text.substring(values, end);
    int width = CaseColumn.values().length;
    List<String> split = RunTogetherValues.split(run, CaseGroup.values().length * width);
    if (split != null && !RunTogetherValues.holds(run, split, width)) {
      split = null;
    }
    List<List<SourceCell>> rows = new ArrayList<>();
    if (split == null) {
      refused.addAll(Arrays.asList(CaseGroup.values()));
      problems.add(
          ImportRule.IMPORT_CELLS_RUN_TOGETHER.problem(
              FlatTables.position(paragraph, values),
              FormTable.RECONSIDERATION_AND_LITIGATION.pointer(),
              FormTable.RECONSIDERATION_AND_LITIGATION.label().zh(),
              run.trim(),
              CaseGroup.values().length * width,
              ImportRule.RUN_OF_GROUPS));
    } else {
      groups(paragraph, split, at, values, rows);
    }
    return new RunTogetherCases(new SourceTable(rows, FlatTables.position(paragraph, from)), end);
  }

  /**
   * The three groups' rows of the split values, each under its caption: the position of the last
   * group's caption ({@code caption}) and of the run ({@code values}), as the text prints them.
   */
  private static void groups(
      SourceParagraph paragraph,
      List<String> split,
      int caption,
      int values,
      List<List<SourceCell>> rows) {
    int width = CaseColumn.values().length;
    for (CaseGroup group : CaseGroup.values()) {
      int offset = group.ordinal() * width;
      rows.add(
          FlatTables.row(
              group.label().zh(),
              split.subList(offset, offset + width),
              FlatTables.position(paragraph, caption),
              FlatTables.position(paragraph, values)));
    }
  }
}
