package io.github.xxgk.report.form;

import java.util.Optional;

/**
 * The captions of the 2019 trial template ({@link Edition#V2019}, 国办公开办函〔2019〕60号) that the 2021
 * form dropped or changed, so that a report printed on the older template is recognised rather than
 * misread. Where a 2019 caption holds what a 2021 cell holds, {@link #column()} or {@link #row()}
 * names that cell's column or row; otherwise the 2019 value has no place in the 2021 form.
 *
 * <p>Source: form-facts §2 (2019-format reports of 雄县, 耒阳 and Shanghai).
 */
public enum TrialTemplateLabel {
  /** Table 二 （一）: made this year. */
  NEWLY_MADE(Label.of("本年新制作数量", "Newly made this year"), null, null),
  /** Table 二 （一）: published this year. */
  NEWLY_PUBLISHED(Label.of("本年新公开数量", "Newly published this year"), null, null),
  /** Table 二 （一）: total published. */
  TOTAL_PUBLISHED(Label.of("对外公开总数量", "Total published"), null, null),
  /** Table 二 （五）（六）（八）: items the year before. */
  PREVIOUS_ITEMS(Label.of("上一年项目数量", "Items the year before"), null, null),
  /** Table 二 （五）（六）（八）: change this year. */
  CHANGE(Label.of("本年增/减", "Change this year"), null, null),
  /** Table 二 （五）（六）: decisions; the 2021 column 本年处理决定数量. */
  DECISIONS(Label.of("处理决定数量", "Decisions"), DisclosureColumn.DECISIONS, null),
  /** Table 二 （九）: procurement items. */
  PROCUREMENT_ITEMS(Label.of("采购项目数量", "Procurement items"), null, null),
  /** Table 二 （九）: procurement amount. */
  PROCUREMENT_AMOUNT(Label.of("采购总金额", "Procurement amount"), null, null),
  /** Table 二 （五）: the row of other external management services. */
  OTHER_SERVICES(Label.of("其他对外管理服务事项", "Other external management services"), null, null),
  /** Table 二 （九）: the row of government procurement. */
  PROCUREMENT(Label.of("政府集中采购", "Government procurement"), null, null),
  /**
   * Table 三 （六）其他处理 printed as one row with numbers of its own: its numbers are the 2021 row
   * （六）3.其他, and （六）1–2 were not printed.
   */
  OTHER_HANDLING(
      Label.of("（六）其他处理", "(6) Other handling"), null, ApplicationRow.OTHER_HANDLING_OTHER);

  private final Label label;
  private final DisclosureColumn column;
  private final ApplicationRow row;

  TrialTemplateLabel(Label label, DisclosureColumn column, ApplicationRow row) {
    this.label = label;
    this.column = column;
    this.row = row;
  }

  /** The caption as the 2019 template prints it. */
  public Label label() {
    return label;
  }

  /** Whether the caption heads a row (else a column). */
  public boolean isRow() {
    return this == OTHER_SERVICES || this == PROCUREMENT || this == OTHER_HANDLING;
  }

  /** The 2021 column that holds what this 2019 column holds, if any. */
  public Optional<DisclosureColumn> column() {
    return Optional.ofNullable(column);
  }

  /** The 2021 row that holds what this 2019 row holds, if any. */
  public Optional<ApplicationRow> row() {
    return Optional.ofNullable(row);
  }
}
