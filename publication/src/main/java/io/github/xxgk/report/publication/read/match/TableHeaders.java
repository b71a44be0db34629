package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.form.TrialTemplateLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * The headers of the form's tables seen last, which say under which columns the values that follow
 * stand: table 二's columns (and whether its fee column gives yuan, not the form's 万元), table 三's
 * ({@link ApplicantHeader}), table 四's ({@link CaseHeader}), and where in table 四 the rows read are
 * (its heading, header or a group's caption seen last), since table 四's value rows may come without
 * a caption. {@link TableRows} offers each row it takes for a header and asks how many value cells
 * a row of the form has under them.
 */
final class TableHeaders {
  private final FormRows rows;

  /** Whether the rows read are table 四's: after its heading, its header or one of its rows. */
  boolean inCases;

  /** The group of table 四 whose caption was seen last above its values alone, else null. */
  CaseGroup caseGroup;

  /** The latest header of table 二 in the current source table, one entry per value column. */
  List<Object> disclosureHeader;

  /**
   * The header of table 二's fee column in the current source table when it gives the amount in yuan
   * ("本年收费金额（单位：元）"), not the form's 万元; null otherwise.
   */
  Grid.Entry feeHeaderInYuan;

  /** The header of table 三 seen last, which orders its value columns. */
  final ApplicantHeader applicantHeader = new ApplicantHeader();

  /** Table 四's header, checked against the form's column order. */
  final CaseHeader caseHeader = new CaseHeader();

  TableHeaders(FormRows rows) {
    this.rows = rows;
  }

  /** A new source table: table 二's header and fee unit are those printed in it. */
  void table() {
    disclosureHeader = null;
    feeHeaderInYuan = null;
  }

  /** Whether a header's cell gives the fee column's amount in yuan, not the form's 万元. */
  private static boolean isFeeInYuan(Grid.Entry entry, LabelIndex.Target column) {
    String compact = entry.text.compact();
    return (column != null && column.target == DisclosureColumn.AMOUNT_WAN_YUAN
            || compact.contains(PublishedWording.FEE_AMOUNT))
        && compact.contains(PublishedWording.YUAN)
        && !compact.contains(PublishedWording.WAN_YUAN);
  }

  /** How many value cells a row of {@code target} has under the headers seen; -1 if not a row. */
  int width(Object target) {
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

  /** A row taken for a header: each table's header it may be is offered it. */
  void header(List<Grid.Entry> row) {
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
        rows.labelVariant(entry, column.target);
      }
      if (isFeeInYuan(entry, column)) {
        inYuan = entry;
      }
      if (column != null
          && (column.target instanceof DisclosureColumn
              || column.target instanceof TrialTemplateLabel)) {
        disclosure = true;
        if (column.target instanceof TrialTemplateLabel) {
          TrialTemplate.column(rows, entry);
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
    if (disclosure || afterItem && !columns.isEmpty()) {
      // a header opening with table 二's 信息内容 is table 二's, whatever its captions: one the form
      // does not know leaves no earlier header over the rows under it (a 2019 header over 规章 was
      // taken for the next one's, and 行政许可's 处理决定数量 read blank with only warnings)
      disclosureHeader = columns;
      feeHeaderInYuan = inYuan;
      inCases = false;
    } else if (inYuan != null) {
      // a header copied a row a line as one cell ("信息内容 本年收费金额（单位：元）") is no caption of the
      // form, but its unit is the amount's: read in 万元, the amount was ten thousand times too large
      feeHeaderInYuan = inYuan;
    }
    caseHeader.offer(row, caseColumns);
  }
}
