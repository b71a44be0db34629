package io.github.xxgk.report.form;

import java.util.Collections;
import java.util.List;

/** A value column of one of the form's tables; the enums of this package implement it per table. */
public interface FormColumn {
  /** The column's JSON key inside a row object, e.g. {@code naturalPerson}. */
  String key();

  /**
   * The merged header captions above the column, outermost first; empty (the default) if none, as
   * for every column of tables 二 and 四.
   */
  default List<Label> groups() {
    return Collections.emptyList();
  }

  /** The column's own header caption. */
  Label label();

  /**
   * Whether this column holds a total that a report states and may omit on input; false unless a
   * column says so, like {@link FormRow#isTotal()}.
   */
  default boolean isTotal() {
    return false;
  }
}
