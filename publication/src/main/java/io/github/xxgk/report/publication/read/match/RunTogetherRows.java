package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The rows of tables 二 and 三 in one paragraph whose cells ran together ({@link FlatTables}), read
 * in the form's order: each printed row's caption after the previous row's values, its values up to
 * the next row's caption with nothing between but captions the form prints. A row whose values
 * cannot be split exactly is refused ({@code IMPORT-CELLS-RUN-TOGETHER}) and the others read; a
 * caption out of the form's order, or words between two rows, mean the paragraph holds no tables.
 */
final class RunTogetherRows {
  private final SourceParagraph paragraph;
  private final String text;

  /** The form's rows whose captions the text prints as rows, in the form's order. */
  private final List<FormRow> printed;

  private final List<Problem> problems;
  private final Set<FormRow> refused;
  private final List<SourceTable> tables = new ArrayList<>();
  private List<List<SourceCell>> rows = new ArrayList<>();
  private FormTable table;
  private int cursor;

  /** Where the first row's caption starts. */
  private int start;

  /** The caption of a row printed without values, found while reading the row before it. */
  private int[] blank;

  private RunTogetherRows(SourceParagraph paragraph, List<Problem> problems, Set<FormRow> refused) {
    this.paragraph = paragraph;
    this.text = paragraph.text();
    this.printed = RunTogetherCaptions.printed(text);
    this.problems = problems;
    this.refused = refused;
  }

  /**
   * Tables 二 and 三 of a paragraph, the rows refused added to {@code refused} and their problems to
   * {@code problems}; null when the paragraph does not print them in the form's order.
   */
  static RunTogetherRows read(
      SourceParagraph paragraph, List<Problem> problems, Set<FormRow> refused) {
    RunTogetherRows rows = new RunTogetherRows(paragraph, problems, refused);
    for (FormRow row : rows.printed) {
      if (!rows.read(row)) {
        return null;
      }
    }
    rows.tables.add(new SourceTable(rows.rows, FlatTables.position(paragraph, 0)));
    return rows;
  }

  /** The tables read, 二 then 三. */
  List<SourceTable> tables() {
    return tables;
  }

  /** Where the first row's caption starts. */
  int start() {
    return start;
  }

  /** Where the last row's values end. */
  int end() {
    return cursor;
  }

  /** Reads one row at the cursor; false when the text does not print it there. */
  private boolean read(FormRow row) {
    boolean sameTable = row.table() == table;
    int[] at = RunTogetherCaptions.caption(text, row, cursor, sameTable);
    if (at == null && sameTable && blank != null && blank[0] >= cursor) {
      // printed without values: the caption the previous row's run ended at
      at = blank;
    }
    blank = null;
    if (at == null) {
      return false;
    }
    if (table == null) {
      start = at[0];
    } else if (!sameTable) {
      tables.add(new SourceTable(rows, FlatTables.position(paragraph, 0)));
      rows = new ArrayList<>();
    }
    table = row.table();
    cursor = at[1];
    int end = valuesEnd(row);
    if (end < 0) {
      return false;
    }
    take(row, at[0], end);
    cursor = end;
    return true;
  }

  /**
   * Where the values after the cursor end: at the next row's caption in the same table, with
   * nothing but captions the form prints between; at the end of the numbers for a table's last row;
   * -1 when the next row is not printed next.
   */
  private int valuesEnd(FormRow row) {
    FormRow following = sameTableNext(row);
    if (following == null) {
      return RunTogetherValues.numericEnd(text, cursor);
    }
    int[] next = RunTogetherCaptions.caption(text, following, cursor, true);
    if (next == null) {
      // the next row may be printed without values, its own next caption right after it
      next = RunTogetherCaptions.bare(text, following, cursor);
      if (next == null || !printedBare(next, following)) {
        return -1;
      }
      blank = next;
    }
    // the next caption's numbering ("3.") may follow the values without a space
    int numbering = numberingBefore(next);
    int end = Math.min(RunTogetherValues.numericEnd(text, cursor), numbering);
    return RunTogetherCaptions.onlyCaptions(text.substring(end, numbering)) ? end : -1;
  }

  /**
   * Where the numbering of the caption at {@code caption} starts when the caption is printed
   * without it: a variant listed without numbering ("属于行政执法案件") leaves the row's "7." (or "7、",
   * "7）") to the run before it, spaces between allowed. Both are told by {@link
   * Normalizer#numbering}: the caption has none, and the numbering is one character and its mark
   * (the form numbers its rows 1. to 8.; a digit without a mark, "…07属于", may be the run's last
   * value). {@code caption[0]} when there is none.
   */
  private int numberingBefore(int[] caption) {
    if (Normalizer.numbering(Normalizer.compact(text.substring(caption[0], caption[1])), 0) > 0) {
      return caption[0];
    }
    int end = caption[0];
    while (end > cursor && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end - 2;
    if (start < cursor) {
      return caption[0];
    }
    String numbered = Normalizer.compact(text.substring(start, caption[0] + 1));
    return Normalizer.numbering(numbered, 0) == 2 && !Character.isDigit(numbered.charAt(1))
        ? start
        : caption[0];
  }

  /** A space or line break between a numbering and its caption, as compact drops them. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Whether a row's caption at {@code at} is printed without values: followed, with nothing but
   * spaces and captions the form prints between, by the caption of the row after it in the same
   * table (itself followed by values or printed bare in turn, which its own reading checks).
   */
  private boolean printedBare(int[] at, FormRow row) {
    FormRow after = sameTableNext(row);
    if (after == null) {
      return false;
    }
    int[] next = RunTogetherCaptions.bare(text, after, at[1]);
    return next != null && RunTogetherCaptions.onlyCaptions(text.substring(at[1], next[0]));
  }

  /**
   * The row's values from the cursor to {@code end}, into the table, or the row refused. A row
   * printed without any value before the next caption (only captions the form prints between) has
   * every cell blank: nothing is left to split or to guess.
   */
  private void take(FormRow row, int caption, int end) {
    String run = text.substring(cursor, end);
    boolean bare = sameTableNext(row) != null && run.trim().isEmpty();
    List<String> values =
        bare ? Collections.nCopies(cells(row), "") : RunTogetherValues.split(run, cells(row));
    if (values != null
        && !bare
        && row instanceof ApplicationRow
        && !RunTogetherValues.holds(run, values, values.size())) {
      values = null;
    }
    SourcePosition position = FlatTables.position(paragraph, caption);
    if (values == null) {
      refused.add(row);
      problems.add(
          ImportRule.IMPORT_CELLS_RUN_TOGETHER.problem(
              position,
              row.table().pointer() + row.pointer(),
              row.label().zh(),
              run.trim(),
              cells(row),
              sameTableNext(row) == null ? ImportRule.RUN_OF_LAST_ROW : ImportRule.RUN_OF_ROW));
    } else {
      if (!bare && !(row instanceof ApplicationRow) && !RunTogetherValues.certain(run, values)) {
        problems.add(
            ImportRule.IMPORT_CELLS_DIGIT_EACH.problem(
                position,
                row.table().pointer() + row.pointer(),
                row.label().zh(),
                run.trim(),
                String.join(", ", values)));
      }
      rows.add(
          FlatTables.row(
              row.label().zh(), values, position, FlatTables.position(paragraph, cursor)));
    }
  }

  /** The row printed after {@code row} in its table, null when it is the table's last. */
  private FormRow sameTableNext(FormRow row) {
    int i = printed.indexOf(row);
    return i + 1 < printed.size() && printed.get(i + 1).table() == row.table()
        ? printed.get(i + 1)
        : null;
  }

  private static int cells(FormRow row) {
    return row instanceof DisclosureItem
        ? ((DisclosureItem) row).columns().size()
        : ApplicantColumn.values().length;
  }
}
