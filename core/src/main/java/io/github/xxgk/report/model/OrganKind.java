package io.github.xxgk.report.model;

import java.util.Optional;

/**
 * The kind of organ that reports. It decides the statutory deadline (article 49 of the
 * regulations): a government department publishes by 31 January, a people's government's report is
 * published by 31 March.
 */
public enum OrganKind {
  /** 人民政府, including township governments (乡镇). */
  GOVERNMENT("government"),
  /** 政府部门, a department of a people's government. */
  DEPARTMENT("department"),
  /** 法律法规授权组织等, an organisation empowered by law and others. */
  OTHER("other");

  private final String jsonName;

  OrganKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name of this kind in the JSON contract. */
  public String jsonName() {
    return jsonName;
  }

  /** The kind with the given JSON name, if there is one. */
  public static Optional<OrganKind> fromJsonName(String name) {
    for (OrganKind kind : values()) {
      if (kind.jsonName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
