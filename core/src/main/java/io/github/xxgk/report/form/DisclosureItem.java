package io.github.xxgk.report.form;

import static io.github.xxgk.report.form.DisclosureColumn.AMOUNT_WAN_YUAN;
import static io.github.xxgk.report.form.DisclosureColumn.DECISIONS;
import static io.github.xxgk.report.form.DisclosureColumn.IN_FORCE;
import static io.github.xxgk.report.form.DisclosureColumn.ISSUED;
import static io.github.xxgk.report.form.DisclosureColumn.REPEALED;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The six rows (信息内容) of table 二, in the form's order, each under its article of the law. */
public enum DisclosureItem implements FormRow {
  /** Rules. */
  REGULATIONS("/regulations", Groups.ITEM_1, Label.of("规章", "Rules"), ISSUED, REPEALED, IN_FORCE),
  /** Administrative normative documents. */
  NORMATIVE_DOCUMENTS(
      "/normativeDocuments",
      Groups.ITEM_1,
      Label.of("行政规范性文件", "Administrative normative documents"),
      ISSUED,
      REPEALED,
      IN_FORCE),
  /** Administrative licensing. */
  LICENSING("/licensing", Groups.ITEM_5, Label.of("行政许可", "Administrative licensing"), DECISIONS),
  /** Administrative punishment. */
  PUNISHMENT(
      "/punishment", Groups.ITEM_6, Label.of("行政处罚", "Administrative punishment"), DECISIONS),
  /** Administrative coercion. */
  COERCION("/coercion", Groups.ITEM_6, Label.of("行政强制", "Administrative coercion"), DECISIONS),
  /** Administrative fees. */
  FEES("/fees", Groups.ITEM_8, Label.of("行政事业性收费", "Administrative fees"), AMOUNT_WAN_YUAN);

  /** The two items of article 20 (一) that count documents issued, repealed and in force. */
  public static final List<DisclosureItem> DOCUMENTS =
      Collections.unmodifiableList(Arrays.asList(REGULATIONS, NORMATIVE_DOCUMENTS));

  private final String pointer;
  private final List<Label> groups;
  private final Label label;
  private final List<DisclosureColumn> columns;

  DisclosureItem(String pointer, Label group, Label label, DisclosureColumn... columns) {
    this.pointer = pointer;
    this.groups = Collections.singletonList(group);
    this.label = label;
    this.columns = Collections.unmodifiableList(Arrays.asList(columns));
  }

  @Override
  public FormTable table() {
    return FormTable.PROACTIVE_DISCLOSURE;
  }

  @Override
  public String pointer() {
    return pointer;
  }

  @Override
  public List<Label> groups() {
    return groups;
  }

  @Override
  public Label label() {
    return label;
  }

  /** The value columns this item has in the form, in order. */
  public List<DisclosureColumn> columns() {
    return columns;
  }

  /** The blocks of table 二, each headed by an item of article 20 of the regulations. */
  private static final class Groups {
    static final Label ITEM_1 = Label.of("第二十条第（一）项", "Article 20 (1)");
    static final Label ITEM_5 = Label.of("第二十条第（五）项", "Article 20 (5)");
    static final Label ITEM_6 = Label.of("第二十条第（六）项", "Article 20 (6)");
    static final Label ITEM_8 = Label.of("第二十条第（八）项", "Article 20 (8)");
  }
}
