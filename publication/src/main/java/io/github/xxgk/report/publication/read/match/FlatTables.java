package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tables whose cells a text extraction ran together into one paragraph, without separators
 * ("规章000行政规范性文件021…一、本年新收政府信息公开申请数量20 0 0 0 02…"), as crawlers keep pages.
 *
 * <p>Read only when the document holds no table at all, and only as printed in the form's order:
 * each row's caption (with its numbering) must follow the previous row's values, with nothing
 * between them but captions the form prints (headers, group captions), and be followed by a number.
 * A row's values are its spaced tokens when there are exactly as many as the row has cells, else
 * one digit each when the digits are exactly as many, else the only cut of more digits into numbers
 * ({@link RunTogetherValues#onlySplit}); a row with no value at all before the next row's caption
 * is blank. Anything else cannot be split without a guess and is refused ({@code
 * IMPORT-CELLS-RUN-TOGETHER}, naming the row). Never split by arithmetic. The tables found are
 * handed to the matcher as ordinary tables, so every other rule applies.
 */
final class FlatTables {
  /** What was made of a document. */
  static final class Result {
    final SourceDocument document;
    final List<Problem> problems;

    /** Whether the 2019 template's table 二 was seen run together (its tables then left unread). */
    final boolean trialTemplate;

    /**
     * The rows found by their captions whose values could not be split: printed, so missing and
     * never absent, and no other row can be among them.
     */
    final Set<FormRow> refused;

    /** Whether an error leaves rows unidentified (table 四's run), so that any row may be there. */
    final boolean rowsInDoubt;

    Result(
        SourceDocument document,
        List<Problem> problems,
        boolean trialTemplate,
        Set<FormRow> refused,
        boolean rowsInDoubt) {
      this.document = document;
      this.problems = problems;
      this.trialTemplate = trialTemplate;
      this.refused = refused;
      this.rowsInDoubt = rowsInDoubt;
    }

    /** No table run together was split; on the 2019 template none was read, so any row may be. */
    Result(SourceDocument document, List<Problem> problems, boolean trialTemplate) {
      this(document, problems, trialTemplate, Collections.<FormRow>emptySet(), trialTemplate);
    }
  }

  /** A row's numbering alone ("7."), left between two captions when the second is a variant. */
  private static final Pattern NUMBERING = Pattern.compile("\\s*\\d\\.\\s*");

  private FlatTables() {}

  /** The document with the run-together tables of its paragraphs laid out; unchanged otherwise. */
  static Result read(SourceDocument document) {
    List<Problem> problems = new ArrayList<>();
    for (SourceBlock block : document.blocks()) {
      if (block instanceof SourceTable) {
        return new Result(document, problems, false);
      }
    }
    List<SourceBlock> blocks = new ArrayList<>();
    Set<FormRow> refused = new HashSet<>();
    boolean found = false;
    for (SourceBlock block : document.blocks()) {
      blocks.add(block);
      if (!found && block instanceof SourceParagraph) {
        int[] span = new int[2];
        List<SourceTable> tables = tables((SourceParagraph) block, problems, span, refused);
        if (tables != null) {
          found = true;
          // the paragraph gives way to its sections and tables
          blocks.remove(blocks.size() - 1);
          blocks.addAll(FlatNarratives.split((SourceParagraph) block, span[0], span[1], tables));
        } else {
          problems.clear();
          refused.clear();
        }
      }
    }
    if (!found) {
      SourcePosition trial = trialTemplate(document);
      if (trial != null) {
        // detected, not misread: the tables stay missing, and the template is named
        return new Result(
            document,
            Collections.singletonList(ImportRule.IMPORT_EDITION_2019.problem(trial, "")),
            true);
      }
      return new Result(document, Collections.<Problem>emptyList(), false);
    }
    // each error names a refused row, but for table 四's run, whose rows it does not tell apart
    boolean inDoubt = false;
    for (Problem problem : problems) {
      inDoubt |=
          problem.severity() == Severity.ERROR
              && problem.pointer().equals(FormTable.RECONSIDERATION_AND_LITIGATION.pointer());
    }
    problems.add(0, ImportRule.IMPORT_TABLES_RUN_TOGETHER.problem(blocks.get(0).position(), ""));
    return new Result(
        new SourceDocument(document.title().orElse(null), blocks),
        problems,
        false,
        refused,
        inDoubt);
  }

  /**
   * Where a paragraph long enough to hold tables prints a caption of the 2019 template's table 二
   * (本年新制作数量 …) next to the 2021 form's row captions; null when none does.
   */
  private static SourcePosition trialTemplate(SourceDocument document) {
    for (SourceBlock block : document.blocks()) {
      if (!(block instanceof SourceParagraph)) {
        continue;
      }
      SourceParagraph paragraph = (SourceParagraph) block;
      String text = paragraph.text();
      int[] first = null;
      for (DisclosureItem item : DisclosureItem.values()) {
        int[] at = RunTogetherCaptions.caption(text, item, 0, false);
        if (at != null && (first == null || at[0] < first[0])) {
          first = at;
        }
      }
      if (text.length() < 200 || first == null) {
        continue;
      }
      if (RunTogetherCaptions.holdsTrial(Normalizer.compact(text))) {
        // where table 二 starts: its first row's caption
        return position(paragraph, first[0]);
      }
    }
    return null;
  }

  /** The tables of one paragraph, or null when it holds none in the form's order. */
  private static List<SourceTable> tables(
      SourceParagraph paragraph, List<Problem> problems, int[] span, Set<FormRow> refused) {
    String text = paragraph.text();
    if (text.length() < 200) {
      return null;
    }
    // Table 二 of the 2019 template has three value columns too, other ones: run together, its
    // rows would pass for the 2021 form's. It is not read this way (the tables stay missing).
    if (RunTogetherCaptions.holdsTrial(Normalizer.compact(text))) {
      return null;
    }
    int cursor = 0;
    FormTable table = null;
    List<List<SourceCell>> rows = new ArrayList<>();
    List<SourceTable> tables = new ArrayList<>();
    List<FormRow> printed = RunTogetherCaptions.printed(text);
    // the caption of a row printed without values, found while reading the row before it
    int[] blank = null;
    for (FormRow row : printed) {
      boolean sameTable = row.table() == table;
      int[] at = RunTogetherCaptions.caption(text, row, cursor, sameTable);
      if (at == null && sameTable && blank != null && blank[0] >= cursor) {
        // printed without values: the caption the previous row's run ended at
        at = blank;
      }
      blank = null;
      if (at == null) {
        return null;
      }
      if (table == null) {
        span[0] = at[0];
      }
      if (!sameTable && table != null) {
        tables.add(new SourceTable(rows, position(paragraph, 0)));
        rows = new ArrayList<>();
      }
      table = row.table();
      cursor = at[1];
      FormRow following = sameTableNext(printed, row);
      int end = following == null ? RunTogetherValues.numericEnd(text, cursor) : -1;
      if (end < 0) {
        int[] next = RunTogetherCaptions.caption(text, following, cursor, true);
        if (next == null) {
          // the next row may be printed without values, its own next caption right after it
          next = RunTogetherCaptions.bare(text, following, cursor);
          if (next == null || !printedBare(text, next, following, printed)) {
            return null;
          }
          blank = next;
        }
        // the next caption's numbering ("3.") may follow the values without a space
        end = Math.min(RunTogetherValues.numericEnd(text, cursor), next[0]);
        // a variant, listed without numbering ("属于行政执法案件"), leaves its numbering ("7.") to the run
        if (end == next[0]
            && end - 2 >= cursor
            && text.charAt(end - 1) == '.'
            && Character.isDigit(text.charAt(end - 2))) {
          end -= 2;
        }
        String between = text.substring(end, next[0]);
        if (!NUMBERING.matcher(between).matches() && !RunTogetherCaptions.onlyCaptions(between)) {
          return null;
        }
      }
      // A row printed without any value between its caption and the next one (only captions the
      // form prints between them) has every cell blank: nothing is left to split or to guess.
      boolean bare = following != null && text.substring(cursor, end).trim().isEmpty();
      List<String> values =
          bare
              ? Collections.nCopies(cells(row), "")
              : RunTogetherValues.split(text.substring(cursor, end), cells(row));
      if (values != null
          && !bare
          && row instanceof ApplicationRow
          && !RunTogetherValues.holds(text.substring(cursor, end), values, values.size())) {
        values = null;
      }
      SourcePosition position = position(paragraph, at[0]);
      if (values == null) {
        refused.add(row);
        problems.add(
            ImportRule.IMPORT_CELLS_RUN_TOGETHER.problem(
                position,
                row.table().pointer() + row.pointer(),
                row.label().zh(),
                text.substring(cursor, end).trim(),
                cells(row)));
      } else {
        rows.add(row(row.label().zh(), values, position, position(paragraph, cursor)));
      }
      cursor = end;
    }
    tables.add(new SourceTable(rows, position(paragraph, 0)));
    int[] casesEnd = new int[] {cursor};
    List<List<SourceCell>> cases = cases(paragraph, text, cursor, problems, casesEnd);
    if (cases == null) {
      return null;
    }
    span[1] = casesEnd[0];
    tables.add(new SourceTable(cases, position(paragraph, cursor)));
    return tables;
  }

  /**
   * Whether a row's caption at {@code at} is printed without values: followed, with nothing but
   * spaces and captions the form prints between, by the caption of the row after it in the same
   * table (itself followed by values or printed bare in turn, which its own reading checks).
   */
  private static boolean printedBare(String text, int[] at, FormRow row, List<FormRow> printed) {
    FormRow after = sameTableNext(printed, row);
    if (after == null) {
      return false;
    }
    int[] next = RunTogetherCaptions.bare(text, after, at[1]);
    return next != null && RunTogetherCaptions.onlyCaptions(text.substring(at[1], next[0]));
  }

  /** Table 四: its three groups' captions, then its header, then fifteen values in one run. */
  private static List<List<SourceCell>> cases(
      SourceParagraph paragraph, String text, int from, List<Problem> problems, int[] end) {
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
    end[0] = RunTogetherValues.numericEnd(text, values);
    String run = text.substring(values, end[0]);
    int width = CaseColumn.values().length;
    List<String> split = RunTogetherValues.split(run, CaseGroup.values().length * width);
    if (split != null && !RunTogetherValues.holds(run, split, width)) {
      split = null;
    }
    List<List<SourceCell>> rows = new ArrayList<>();
    if (split == null) {
      problems.add(
          ImportRule.IMPORT_CELLS_RUN_TOGETHER.problem(
              position(paragraph, values),
              FormTable.RECONSIDERATION_AND_LITIGATION.pointer(),
              FormTable.RECONSIDERATION_AND_LITIGATION.label().zh(),
              run.trim(),
              CaseGroup.values().length * width));
      return rows;
    }
    for (CaseGroup group : CaseGroup.values()) {
      int offset = group.ordinal() * width;
      rows.add(
          row(
              group.label().zh(),
              split.subList(offset, offset + width),
              position(paragraph, at),
              position(paragraph, values)));
    }
    return rows;
  }

  private static FormRow sameTableNext(List<FormRow> rows, FormRow row) {
    int i = rows.indexOf(row);
    return i + 1 < rows.size() && rows.get(i + 1).table() == row.table() ? rows.get(i + 1) : null;
  }

  private static int cells(FormRow row) {
    return row instanceof DisclosureItem
        ? ((DisclosureItem) row).columns().size()
        : ApplicantColumn.values().length;
  }

  private static List<SourceCell> row(
      String caption, List<String> values, SourcePosition at, SourcePosition valuesAt) {
    List<SourceCell> cells = new ArrayList<>();
    cells.add(SourceCell.of(caption, at));
    for (String value : values) {
      cells.add(SourceCell.of(value, valuesAt));
    }
    return cells;
  }

  private static SourcePosition position(SourceParagraph paragraph, int offset) {
    SourcePosition at = paragraph.position();
    return at.isKnown() ? SourcePosition.of(at.line(), at.column() + offset) : at;
  }
}
