package io.github.xxgk.report.form;

import io.github.xxgk.report.model.OrganKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The report's metadata: what it says about itself outside its six sections, each with its JSON
 * Pointer in the contract and its caption. The names of the organ kinds are here too.
 */
public enum MetadataField {
  /** Which template of the form the report uses. */
  EDITION("/edition", Label.of("报告格式", "Edition of the form")),
  /** The reporting organ. */
  ORGAN("/organ", Label.of("报告机关", "Reporting organ")),
  /** The kind of the reporting organ. */
  ORGAN_KIND("/organKind", Label.of("机关类型", "Kind of organ")),
  /** The year reported on. */
  YEAR("/year", Label.of("报告年度", "Year reported on")),
  /** The date signed at the end of the report. */
  PUBLISHED_ON("/publishedOn", Label.of("落款日期", "Date signed"));

  private static final Map<OrganKind, Label> ORGAN_KINDS = new EnumMap<>(OrganKind.class);

  static {
    ORGAN_KINDS.put(OrganKind.GOVERNMENT, Label.of("人民政府", "People's government"));
    ORGAN_KINDS.put(OrganKind.DEPARTMENT, Label.of("政府部门", "Government department"));
    ORGAN_KINDS.put(
        OrganKind.OTHER,
        Label.of("法律法规授权组织等", "Organisation empowered by law or regulation, or other"));
  }

  private final String pointer;
  private final Label label;

  MetadataField(String pointer, Label label) {
    this.pointer = pointer;
    this.label = label;
  }

  /** The field's JSON Pointer in the contract, e.g. {@code /organ}. */
  public String pointer() {
    return pointer;
  }

  /** The field's caption. */
  public Label label() {
    return label;
  }

  /** The name of a kind of organ: 人民政府 (including 乡镇), 政府部门, 法律法规授权组织等. */
  public static Label organKind(OrganKind kind) {
    return ORGAN_KINDS.get(kind);
  }
}
