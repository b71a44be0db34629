package io.github.xxgk.report.form;

import java.util.Arrays;
import java.util.List;

/**
 * The three tables as the 2021 form prints them. The captions come from the rows and columns of the
 * catalogue; only the captions that head no row or column of values are new here.
 */
final class PaperLayouts {
  /** Heads the row-label column of each block of table 二. */
  static final Label INFORMATION_CONTENT = Label.of("信息内容", "Information");

  /** Heads the seven value columns of table 三. */
  static final Label APPLICANTS = Label.of("申请人情况", "Applicants");

  /** The note printed in the top-left corner of table 三: the balance of each column. */
  static final Label BALANCE_NOTE =
      Label.of(
          "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
          "(In each column, item 1 plus item 2 equals item 3 plus item 4.)");

  /** Table 二's value columns: the three document counts share the width of one wide cell. */
  private static final int DISCLOSURE_VALUE_COLUMNS = 3;

  /** Table 三's row-label columns: row, group, item within a group. */
  private static final int APPLICATION_LABEL_COLUMNS = 3;

  private PaperLayouts() {}

  static PaperTable proactiveDisclosure() {
    PaperGrid grid = new PaperGrid(FormTable.PROACTIVE_DISCLOSURE, 1 + DISCLOSURE_VALUE_COLUMNS);
    Label block = null;
    for (DisclosureItem item : DisclosureItem.values()) {
      int span = DISCLOSURE_VALUE_COLUMNS / item.columns().size();
      Label group = item.groups().get(0);
      if (!group.equals(block)) {
        block = group;
        grid.row().header(group, 1, 1 + DISCLOSURE_VALUE_COLUMNS);
        grid.row().header(INFORMATION_CONTENT);
        for (DisclosureColumn column : item.columns()) {
          grid.header(column.label(), 1, span);
        }
      }
      grid.row().rowLabel(item.label(), 1, 1);
      for (DisclosureColumn column : item.columns()) {
        grid.value(FormCells.disclosure(item, column), span);
      }
    }
    return grid.build();
  }

  static PaperTable applications() {
    List<ApplicantColumn> columns = Arrays.asList(ApplicantColumn.values());
    PaperGrid grid =
        new PaperGrid(FormTable.APPLICATIONS, APPLICATION_LABEL_COLUMNS + columns.size());
    grid.row()
        .note(BALANCE_NOTE, 3, APPLICATION_LABEL_COLUMNS)
        .header(APPLICANTS, 1, columns.size());
    grid.row();
    for (int i = 0; i < columns.size(); i++) {
      ApplicantColumn column = columns.get(i);
      if (column.groups().isEmpty()) {
        grid.header(column.label(), 2, 1);
      } else if (i == 0 || !column.groups().equals(columns.get(i - 1).groups())) {
        grid.header(column.groups().get(0), 1, run(columns, i, 0));
      }
    }
    grid.row();
    for (ApplicantColumn column : columns) {
      if (!column.groups().isEmpty()) {
        grid.header(column.label());
      }
    }
    List<ApplicationRow> rows = Arrays.asList(ApplicationRow.values());
    for (int i = 0; i < rows.size(); i++) {
      ApplicationRow row = rows.get(i);
      grid.row();
      for (int level = 0; level < row.groups().size(); level++) {
        if (i == 0 || !sameGroup(rows.get(i - 1).groups(), row.groups(), level)) {
          grid.rowLabel(row.groups().get(level), run(rows, i, level), 1);
        }
      }
      grid.rowLabel(row.label(), 1, APPLICATION_LABEL_COLUMNS - row.groups().size());
      for (ApplicantColumn column : columns) {
        grid.value(FormCells.applications(row, column));
      }
    }
    return grid.build();
  }

  static PaperTable reconsiderationAndLitigation() {
    List<CaseColumn> columns = Arrays.asList(CaseColumn.values());
    List<CaseGroup> groups = Arrays.asList(CaseGroup.values());
    PaperGrid grid =
        new PaperGrid(FormTable.RECONSIDERATION_AND_LITIGATION, groups.size() * columns.size());
    grid.row();
    for (int i = 0; i < groups.size(); i++) {
      CaseGroup group = groups.get(i);
      if (group.groups().isEmpty()) {
        grid.header(group.label(), 1, columns.size());
      } else if (!group.groups().equals(groups.get(i - 1).groups())) {
        grid.header(group.groups().get(0), 1, run(groups, i, 0) * columns.size());
      }
    }
    grid.row();
    for (CaseGroup group : groups) {
      if (group.groups().isEmpty()) {
        for (CaseColumn column : columns) {
          grid.header(column.label(), 2, 1);
        }
      } else {
        grid.header(group.label(), 1, columns.size());
      }
    }
    grid.row();
    for (CaseGroup group : groups) {
      if (!group.groups().isEmpty()) {
        for (CaseColumn column : columns) {
          grid.header(column.label());
        }
      }
    }
    grid.row();
    for (CaseGroup group : groups) {
      for (CaseColumn column : columns) {
        grid.value(FormCells.cases(group, column));
      }
    }
    return grid.build();
  }

  private static boolean sameGroup(List<Label> a, List<Label> b, int level) {
    return a.size() > level && b.size() > level && a.get(level).equals(b.get(level));
  }

  /** How many consecutive rows or columns from {@code start} share its caption at {@code level}. */
  private static int run(List<? extends Object> items, int start, int level) {
    List<Label> first = groupsOf(items.get(start));
    int n = 1;
    while (start + n < items.size() && sameGroup(first, groupsOf(items.get(start + n)), level)) {
      n++;
    }
    return n;
  }

  private static List<Label> groupsOf(Object item) {
    return item instanceof FormRow ? ((FormRow) item).groups() : ((FormColumn) item).groups();
  }
}
