package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.Collections;
import java.util.List;

/**
 * What each row of a document's tables is, told from its cells: a row of the form (its caption,
 * with variants and slips, then as many value cells as the row has), a header (which orders the
 * value columns that follow), table 四's value row without a caption, or a row of numbers under a
 * caption that is not the form's. What it recognises goes to {@link FormRows}. The headings and
 * short paragraphs between tables say where table 四 and its groups begin. Each row is decided here,
 * once; a header's columns are kept by {@link TableHeaders}, the rows of numbers under captions not
 * the form's are checked over the table's sequence of rows by {@link UnknownRows}, rows of values
 * without a caption are read by {@link CaptionlessRows}, a cell naming two rows of the form is
 * refused by {@link MergedCaptions}, and the 2019 template's captions are named by {@link
 * TrialTemplate}.
 */
final class TableRows {
  private final FormRows rows;

  /** The headers seen last, and where in table 四 the rows read are. */
  private final TableHeaders headers;

  /** The rows with numbers under captions the form does not print. */
  private final UnknownRows unknown;

  /** Whether the paragraphs read last are under table 二's heading. */
  private boolean inDisclosure;

  /** The current source table's rows of table 三 that end in padding. */
  private PaddedRows padded;

  /** A row read through a slip with no number, held until the next row shows its caption cut. */
  private final CutCaptions cut;

  TableRows(FormRows rows) {
    this.rows = rows;
    headers = new TableHeaders(rows);
    unknown = new UnknownRows(rows);
    cut = new CutCaptions(this, unknown);
  }

  /**
   * A paragraph between tables: a table's heading (which ends table 四, or begins it), or within
   * table 四 a group's caption printed above its values.
   */
  void paragraph(SourceParagraph paragraph, Object heading) {
    String text = paragraph.text();
    if (text.length() > 80) {
      return;
    }
    rows.unknownRows |= LooseRows.captionWithNumber(text);
    if (heading != null) {
      unknown.heading(heading);
    }
    if (heading instanceof FormTable) {
      headers.inCases = heading == FormTable.RECONSIDERATION_AND_LITIGATION;
      inDisclosure = heading == FormTable.PROACTIVE_DISCLOSURE;
      headers.caseGroup = null;
      return;
    }
    if (inDisclosure) {
      TrialTemplate.line(rows, paragraph, Normalizer.compact(text));
    }
    if (headers.inCases) {
      CaseGroup group = CaseHeader.group(Normalizer.compact(text));
      if (group != null) {
        headers.caseGroup = group;
      }
    }
  }

  /**
   * Reads a table's rows; true when it holds the form's rows ({@link
   * FormTableCheck#holdsFormRows}).
   */
  boolean table(SourceTable table) {
    headers.table();
    unknown.table();
    List<List<Grid.Entry>> grid = Grid.rows(table);
    padded = new PaddedRows(grid);
    for (List<Grid.Entry> row : grid) {
      row(row);
    }
    cut.flush();
    unknown.tableEnd();
    return FormTableCheck.holdsFormRows(table, grid);
  }

  private void row(List<Grid.Entry> row) {
    if (row.isEmpty() || Grid.nothingOfItsOwn(row) || cut.joins(row)) {
      return;
    }
    cut.flush();
    FormRow nearBefore = unknown.row();
    int label = -1;
    int ambiguous = -1;
    LabelIndex.Target target = null;
    for (int i = row.size() - 1; i >= 0 && label < 0 && ambiguous < 0; i--) {
      Grid.Entry entry = row.get(i);
      if (!entry.fromAbove && !entry.text.isValue()) {
        LabelIndex.Target found = entry.text.row();
        if (found != null && found.target == null) {
          // As near to two things the form prints: never chosen, and no caption further left
          // (a group's, such as （六）其他处理) is taken for this row instead.
          ambiguous = i;
          target = found;
        } else if (found != null) {
          label = i;
          target = found;
        }
      }
    }
    if (ambiguous >= 0) {
      ambiguousRow(row, ambiguous, target);
      return;
    }
    int values = label < 0 ? 0 : row.size() - label - 1;
    boolean numberAfter = false;
    boolean textAfter = false;
    for (int i = label + 1; i < row.size(); i++) {
      CellText.Kind kind = row.get(i).text.kind;
      numberAfter |= kind == CellText.Kind.NUMBER;
      textAfter |= kind == CellText.Kind.TEXT;
    }
    if (label < 0) {
      int lastText = -1;
      boolean numberAfterText = false;
      boolean marked = false;
      for (int i = 0; i < row.size(); i++) {
        CellText.Kind kind = row.get(i).text.kind;
        if (kind == CellText.Kind.TEXT) {
          lastText = i;
          numberAfterText = false;
        } else if (kind == CellText.Kind.NUMBER) {
          numberAfterText = true;
        }
        marked |= kind == CellText.Kind.NOT_APPLICABLE;
      }
      // A row of values alone: numbers, a group of table 四 printed all "—" (a mark is a value),
      // or table 四 printed without a single number (all blank) in its own shape.
      if (lastText < 0
          && (numberAfter || marked || CaptionlessRows.caseShaped(headers, row.size()))) {
        CaptionlessRows.read(rows, headers, row);
      } else if (MergedCaptions.refuse(rows, row)) {
        // two rows' captions in one cell, their values merged: neither a header nor unknown
      } else if (lastText >= 0 && numberAfterText) {
        unknown.unknown(row.get(lastText), nearBefore);
      } else {
        // a row's values set inside its caption's cell (a PDF row whose cells bound by nothing:
        // "4.保护第 / 0 0 0 0 0 0 0 / 三方合法权益"): a row with numbers not identified
        rows.unknownRows |= LooseRows.numbersAmongWords(row);
        headers.header(row);
      }
      return;
    }
    if (values == 0
        || (!numberAfter
            && (textAfter
                || values != headers.width(target.target)
                || ApplicantHeader.namesColumnBefore(row, label))
            && !wordsForValues(row, label, target.target, values))) {
      // A caption with no number after it is a header ("其他" over a column), unless the row is
      // exactly as wide as the form's row: then it is a row printed all blank. Not when table 三's
      // column captions stand before it: "自然人 | 法人或其他组织 | 总计" padded with blank cells to the
      // table's width is its header, not a 总计 row.
      if (values == 0
          && !headers.inCases
          && (target.target instanceof ApplicationRow || target.target instanceof DisclosureItem)
          && !ApplicantHeader.namesColumnBefore(row, label)) {
        // A row's caption printed without a cell after it: a copy that lost the values spanning
        // it from above ("2.申请人逾期未按收费通知…" under （六）1's rowspan, flattened). Not read, and
        // not absent either: what it held is unknown. In table 四, "总计" heads its column.
        rows.match.refusedRows.add((FormRow) target.target);
      }
      headers.header(row);
      return;
    }
    if (target.near && !numberAfter && target.target instanceof FormRow) {
      // held until the next row: the caption may be cut by a break, its rest and numbers there
      cut.hold(row, label, target);
      return;
    }
    read(row, label, target, row.get(label));
  }

  /**
   * Reads a row of the form: its caption {@code row[label]} names {@code target}, printed at {@code
   * caption} (the row's own, or the first part of a caption cut by a break).
   */
  void read(List<Grid.Entry> row, int label, LabelIndex.Target target, Grid.Entry caption) {
    if (target.variant) {
      rows.labelVariant(caption, target.target);
    }
    int from = label + 1;
    Object what = target.target;
    if (what instanceof ApplicationRow) {
      headers.inCases = false;
      int own = from + padded.values(label, row, from);
      rows.applicationRow(
          (ApplicationRow) what,
          caption,
          own == row.size() ? row : row.subList(0, own),
          from,
          headers.applicantHeader);
    } else if (what == DisclosureItem.FEES && headers.feeHeaderInYuan != null) {
      // an amount in yuan under the form's 万元 would be ten thousand times too large: not read
      headers.inCases = false;
      rows.problem(
          ImportRule.IMPORT_FEE_YUAN,
          caption.cell.position(),
          FormTable.PROACTIVE_DISCLOSURE.pointer() + DisclosureItem.FEES.pointer(),
          Normalizer.printed(headers.feeHeaderInYuan.cell.text()));
      rows.match.rowsRefusedWithProblem.add(DisclosureItem.FEES);
    } else if (what instanceof DisclosureItem) {
      headers.inCases = false;
      rows.disclosureRow((DisclosureItem) what, caption, row, from, headers.disclosureHeader);
    } else if (what instanceof CaseGroup) {
      headers.inCases = true;
      rows.caseRow(
          Collections.singletonList((CaseGroup) what), caption.cell, row, from, headers.caseHeader);
    } else {
      TrialTemplate.row(rows, what, caption, row, from, headers.applicantHeader);
    }
  }

  /**
   * A row whose caption is as near to two captions of the form: with numbers after it, an ERROR
   * naming both (the row may be either, so no row it could be is read as absent either); without,
   * it is a header or text and is left alone.
   */
  private void ambiguousRow(List<Grid.Entry> row, int caption, LabelIndex.Target target) {
    for (int i = caption + 1; i < row.size(); i++) {
      if (row.get(i).text.kind == CellText.Kind.NUMBER) {
        rows.unknownRows = true;
        Grid.Entry entry = row.get(caption);
        rows.problem(
            ImportRule.IMPORT_LABEL_AMBIGUOUS,
            entry.cell.position(),
            "",
            Normalizer.printed(entry.cell.text()),
            target.ambiguous[0],
            target.ambiguous[1]);
        return;
      }
    }
    headers.header(row);
  }

  /**
   * Whether a row of the form's caption holds words where its values stand, as many cells as the
   * form's row ("行政许可 | 约5", "1.1万", "见附件"): the row was printed, so it is read and its cells said
   * unreadable ({@code IMPORT-CELL-UNREADABLE}), never taken for a header and the row for one the
   * report left out (blank, a warning). In table 三, only words holding a figure: a row of seven
   * captions is a header.
   */
  private boolean wordsForValues(List<Grid.Entry> row, int label, Object target, int values) {
    boolean formRow = target instanceof DisclosureItem || target instanceof ApplicationRow;
    if (headers.inCases
        || !formRow
        || values != headers.width(target)
        || ApplicantHeader.namesColumnBefore(row, label)) {
      return false;
    }
    for (int i = label + 1; i < row.size(); i++) {
      CellText text = row.get(i).text;
      if (text.kind == CellText.Kind.TEXT
          && (target instanceof DisclosureItem || holdsDigit(text.printed))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsDigit(String printed) {
    for (int i = 0; i < printed.length(); i++) {
      if (Character.isDigit(printed.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
