package io.github.xxgk.report.form;

import java.util.List;

/** A row of one of the form's tables; the enums of this package implement it per table. */
public interface FormRow {
  /** The table the row belongs to. */
  FormTable table();

  /**
   * The row's JSON Pointer relative to its table, e.g. {@code /outcomes/notDisclosed/stateSecret}.
   */
  String pointer();

  /** The merged group captions above the row, outermost first; empty for a top-level row. */
  List<Label> groups();

  /** The row's own caption. */
  Label label();

  /** Whether every cell of this row is a stated total (三（七）); false unless a row says so. */
  default boolean isTotal() {
    return false;
  }
}
