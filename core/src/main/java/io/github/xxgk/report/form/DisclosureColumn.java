package io.github.xxgk.report.form;

/** The value columns of table 二; each item of the table uses some of them. */
public enum DisclosureColumn implements FormColumn {
  /** Issued this year. */
  ISSUED("issued", Label.of("本年制发件数", "Issued this year")),
  /** Repealed this year. */
  REPEALED("repealed", Label.of("本年废止件数", "Repealed this year")),
  /** In force now. */
  IN_FORCE("inForce", Label.of("现行有效件数", "In force")),
  /** Decisions made this year. */
  DECISIONS("decisions", Label.of("本年处理决定数量", "Decisions this year")),
  /** Fees collected this year, in 万元. */
  AMOUNT_WAN_YUAN(
      "amountWanYuan", Label.of("本年收费金额（单位：万元）", "Amount collected this year (10,000 yuan)"));

  private final String key;
  private final Label label;

  DisclosureColumn(String key, Label label) {
    this.key = key;
    this.label = label;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public Label label() {
    return label;
  }
}
