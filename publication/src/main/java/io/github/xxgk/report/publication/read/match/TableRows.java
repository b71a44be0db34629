package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.form.TrialTemplateLabel;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What each row of a document's tables is, told from its cells: a row of the form (its caption,
 * with variants and slips, then as many value cells as the row has), a header (which orders the
 * value columns that follow), table 四's value row without a caption, or a row of numbers under a
 * caption that is not the form's. What it recognises goes to {@link FormRows}. The headings and
 * short paragraphs between tables say where table 四 and its groups begin.
 */
final class TableRows {
  private final FormRows rows;
  private boolean inCases;
  private CaseGroup caseGroup;

  /** Whether the paragraphs read last are under table 二's heading. */
  private boolean inDisclosure;

  /**
   * Whether the tables read stand under a heading of a table of the form (not yet under a narrative
   * section's): there a table holding a caption with a number but no row of the form is a part of
   * the form's table (a portal printing each item of table 二 as a table of its own, "行政许可(含 备案) |
   * 517645"), and its unknown rows are said and put the rows not found in doubt.
   */
  private boolean underFormTable;

  /** The latest header of table 二 in the current source table, one entry per value column. */
  private List<Object> disclosureHeader;

  /**
   * The header of table 二's fee column in the current source table when it gives the amount in yuan
   * ("本年收费金额（单位：元）"), not the form's 万元; null otherwise.
   */
  private Grid.Entry feeHeaderInYuan;

  /** The header of table 三 seen last, which orders its value columns. */
  private final ApplicantHeader applicantHeader = new ApplicantHeader();

  /** Table 四's header, checked against the form's column order. */
  private final CaseHeader caseHeader = new CaseHeader();

  /** The current source table's rows of table 三 that end in padding. */
  private PaddedRows padded;

  /** The captions of rows with numbers in the current source table that are not the form's. */
  private final List<Grid.Entry> unknown = new ArrayList<>();

  /**
   * The form's row just read through a slip ({@link NearCaptions}) with no number after it, else
   * null: a caption cut by a line or page break ("…不计其他情" | "形） | 7 | 0 …") leaves its numbers on
   * the next row, under a caption the form does not print.
   */
  private FormRow blankNearRow;

  TableRows(FormRows rows) {
    this.rows = rows;
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
      underFormTable = heading instanceof FormTable;
      // a heading between them: the next table's rows are not the slip-read row's rest
      blankNearRow = null;
    }
    if (heading instanceof FormTable) {
      inCases = heading == FormTable.RECONSIDERATION_AND_LITIGATION;
      inDisclosure = heading == FormTable.PROACTIVE_DISCLOSURE;
      caseGroup = null;
      return;
    }
    if (inDisclosure) {
      trialLine(paragraph, Normalizer.compact(text));
    }
    if (inCases) {
      CaseGroup group = CaseHeader.group(Normalizer.compact(text));
      if (group != null) {
        caseGroup = group;
      }
    }
  }

  /**
   * A line under table 二's heading printing a caption of the 2019 template (本年新制作数量 …) and no
   * sentence: its table was copied without being laid out as one (values spaced on the captions'
   * lines, which {@link SpacedRows} leaves whole, or no values), so the template is named as when a
   * table shows it, and its rows stay unread.
   */
  private void trialLine(SourceParagraph paragraph, String compact) {
    if (compact.indexOf('\u3002') < 0
        && compact.indexOf(',') < 0
        && compact.indexOf(';') < 0
        && RunTogetherCaptions.holdsTrial(compact)) {
      rows.unknownRows = true;
      rows.trial(paragraph.position(), FormTable.PROACTIVE_DISCLOSURE);
    }
  }

  /**
   * Reads a table's rows; true when it holds the form's rows ({@link
   * FormTableCheck#holdsFormRows}).
   */
  boolean table(SourceTable table) {
    disclosureHeader = null;
    feeHeaderInYuan = null;
    unknown.clear();
    int before = rows.read() + rows.match.problems.size();
    List<List<Grid.Entry>> grid = Grid.rows(table);
    padded = new PaddedRows(grid);
    for (List<Grid.Entry> row : grid) {
      row(row);
    }
    if (rows.read() + rows.match.problems.size() > before || underFormTable) {
      // Only a table that holds rows of the form, or stands under a heading of one, can hide a
      // misread row among its unknown ones.
      for (Grid.Entry entry : unknown) {
        rows.unknownRows = true;
        rows.problem(
            ImportRule.IMPORT_ROW_UNKNOWN,
            entry.cell.position(),
            "",
            Normalizer.printed(entry.cell.text()));
      }
    }
    return FormTableCheck.holdsFormRows(table, grid);
  }

  private void row(List<Grid.Entry> row) {
    if (row.isEmpty()) {
      return;
    }
    FormRow nearBefore = blankNearRow;
    blankNearRow = null;
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
      int n = row.size();
      boolean caseShaped = inCases && (n == 15 || n == 10 || (n == 5 && caseGroup != null));
      // A row of values alone: numbers, a group of table 四 printed all "—" (a mark is a value),
      // or table 四 printed without a single number (all blank) in its own shape.
      if (lastText < 0 && (numberAfter || marked || caseShaped)) {
        captionless(row);
      } else if (lastText >= 0 && numberAfterText) {
        unknown.add(row.get(lastText));
        if (nearBefore != null) {
          // the numbers may be the slip-read row's, cut from it: never read as blank unsaid
          rows.problem(
              ImportRule.IMPORT_ROW_MISSING,
              row.get(lastText).cell.position(),
              nearBefore.table().pointer() + nearBefore.pointer(),
              nearBefore.label().zh());
        }
      } else {
        header(row);
      }
      return;
    }
    if (values == 0
        || (!numberAfter
            && (textAfter
                || values != width(target.target)
                || ApplicantHeader.namesColumnBefore(row, label))
            && !wordsForValues(row, label, target.target, values))) {
      // A caption with no number after it is a header ("其他" over a column), unless the row is
      // exactly as wide as the form's row: then it is a row printed all blank. Not when table 三's
      // column captions stand before it: "自然人 | 法人或其他组织 | 总计" padded with blank cells to the
      // table's width is its header, not a 总计 row.
      if (values == 0
          && !inCases
          && (target.target instanceof ApplicationRow || target.target instanceof DisclosureItem)
          && !ApplicantHeader.namesColumnBefore(row, label)) {
        // A row's caption printed without a cell after it: a copy that lost the values spanning
        // it from above ("2.申请人逾期未按收费通知…" under （六）1's rowspan, flattened). Not read, and
        // not absent either: what it held is unknown. In table 四, "总计" heads its column.
        rows.match.refusedRows.add((FormRow) target.target);
      }
      header(row);
      return;
    }
    Grid.Entry caption = row.get(label);
    if (target.near && !numberAfter && target.target instanceof FormRow) {
      blankNearRow = (FormRow) target.target;
    }
    if (target.variant) {
      labelVariant(caption, target.target);
    }
    int from = label + 1;
    Object what = target.target;
    if (what instanceof ApplicationRow) {
      inCases = false;
      int own = from + padded.values(label, row, from);
      rows.applicationRow(
          (ApplicationRow) what,
          caption,
          own == row.size() ? row : row.subList(0, own),
          from,
          applicantHeader);
    } else if (what == DisclosureItem.FEES && feeHeaderInYuan != null) {
      // an amount in yuan under the form's 万元 would be ten thousand times too large: not read
      inCases = false;
      rows.problem(
          ImportRule.IMPORT_FEE_YUAN,
          caption.cell.position(),
          FormTable.PROACTIVE_DISCLOSURE.pointer() + DisclosureItem.FEES.pointer(),
          Normalizer.printed(feeHeaderInYuan.cell.text()));
      rows.match.rowsRefusedWithProblem.add(DisclosureItem.FEES);
    } else if (what instanceof DisclosureItem) {
      inCases = false;
      rows.disclosureRow((DisclosureItem) what, caption, row, from, disclosureHeader);
    } else if (what instanceof CaseGroup) {
      inCases = true;
      rows.caseRow(
          Collections.singletonList((CaseGroup) what), caption.cell, row, from, caseHeader);
    } else if (what == TrialTemplateLabel.OTHER_HANDLING) {
      rows.trialOtherHandling = true;
      rows.trial(caption.cell.position(), FormTable.APPLICATIONS);
      rows.applicationRow(ApplicationRow.OTHER_HANDLING_OTHER, caption, row, from, applicantHeader);
    } else {
      rows.trialDisclosure = true;
      rows.trial(caption.cell.position(), FormTable.PROACTIVE_DISCLOSURE);
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
    header(row);
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
    if (inCases
        || !formRow
        || values != width(target)
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

  private int width(Object target) {
    if (target instanceof ApplicationRow || target == TrialTemplateLabel.OTHER_HANDLING) {
      return ApplicantColumn.values().length;
    }
    if (target instanceof DisclosureItem) {
      return disclosureHeader != null
          ? disclosureHeader.size()
          : ((DisclosureItem) target).columns().size();
    }
    if (target instanceof CaseGroup) {
      return CaseColumn.values().length;
    }
    return -1;
  }

  private void header(List<Grid.Entry> row) {
    applicantHeader.offer(row);
    List<Object> columns = new ArrayList<>();
    List<CaseColumn> caseColumns = new ArrayList<>();
    boolean disclosure = false;
    boolean afterItem = false;
    Grid.Entry inYuan = null;
    for (int i = 0; i < row.size(); i++) {
      Grid.Entry entry = row.get(i);
      String caption = entry.text.caption();
      if (caption.equals(LabelIndex.ITEM_COLUMN)) {
        afterItem = true;
        columns.clear();
        continue;
      }
      LabelIndex.Target column = entry.text.column();
      if (column != null && column.near && !entry.fromAbove) {
        labelVariant(entry, column.target);
      }
      if (column != null
          && column.target == DisclosureColumn.AMOUNT_WAN_YUAN
          && entry.text.compact().contains(PublishedWording.YUAN)
          && !entry.text.compact().contains(PublishedWording.WAN_YUAN)) {
        inYuan = entry;
      }
      if (column != null
          && (column.target instanceof DisclosureColumn
              || column.target instanceof TrialTemplateLabel)) {
        disclosure = true;
        if (column.target instanceof TrialTemplateLabel) {
          rows.trialDisclosure = true;
          rows.trial(entry.cell.position(), FormTable.PROACTIVE_DISCLOSURE);
        }
      }
      if (column != null && column.target instanceof CaseColumn) {
        inCases = true;
        if (!entry.fromAbove) {
          caseColumns.add((CaseColumn) column.target);
        }
      }
      if (!entry.fromAbove && (afterItem || column != null) && !caption.isEmpty()) {
        columns.add(column == null ? entry : column.target);
      }
      if (inCases && !entry.fromAbove) {
        CaseGroup group = CaseHeader.group(entry.text.compact());
        if (group != null) {
          caseGroup = group;
        }
      }
    }
    if (disclosure) {
      disclosureHeader = columns;
      feeHeaderInYuan = inYuan;
      inCases = false;
    }
    caseHeader.offer(row, caseColumns);
  }

  /** A caption read as the form's {@code target} though printed otherwise: an INFO. */
  private void labelVariant(Grid.Entry printed, Object target) {
    rows.problem(
        ImportRule.IMPORT_LABEL_VARIANT,
        printed.cell.position(),
        "",
        Normalizer.printed(printed.cell.text()),
        LabelIndex.caption(target));
  }

  private void captionless(List<Grid.Entry> row) {
    if (!inCases) {
      rows.unknownRows |= LooseRows.hasNumber(row);
      return;
    }
    int n = row.size();
    SourceCell at = row.get(0).cell;
    List<CaseGroup> groups;
    if (n == 15) {
      groups = Arrays.asList(CaseGroup.values());
    } else if (n == 10) {
      groups =
          Arrays.asList(
              CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION,
              CaseGroup.LITIGATION_AFTER_RECONSIDERATION);
    } else if (n == 5 && caseGroup != null) {
      groups = Arrays.asList(caseGroup);
      caseGroup = null;
    } else {
      rows.caseShape(at.position(), n);
      return;
    }
    rows.caseRow(groups, at, row, 0, caseHeader);
  }
}
