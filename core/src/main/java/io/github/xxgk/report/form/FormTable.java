package io.github.xxgk.report.form;

/** The three tables of the form, in order. */
public enum FormTable {
  /** Table 二. */
  PROACTIVE_DISCLOSURE(
      "/proactiveDisclosure",
      Label.of("二、主动公开政府信息情况", "II. Proactive disclosure of government information")),
  /** Table 三. */
  APPLICATIONS(
      "/applications",
      Label.of(
          "三、收到和处理政府信息公开申请情况",
          "III. Applications for disclosure of government information received and handled")),
  /** Table 四. */
  RECONSIDERATION_AND_LITIGATION(
      "/reconsiderationAndLitigation",
      Label.of(
          "四、政府信息公开行政复议、行政诉讼情况",
          "IV. Administrative reconsideration and litigation over disclosure"));

  private final String pointer;
  private final Label label;

  FormTable(String pointer, Label label) {
    this.pointer = pointer;
    this.label = label;
  }

  /** The JSON Pointer of the table's object in the contract. */
  public String pointer() {
    return pointer;
  }

  /** The table's caption, which is also its section heading. */
  public Label label() {
    return label;
  }
}
