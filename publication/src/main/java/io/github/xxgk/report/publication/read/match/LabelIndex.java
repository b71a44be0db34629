package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormColumn;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.LabelVariants;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.TrialTemplateLabel;
import java.util.HashMap;
import java.util.Map;

/**
 * The form's captions from the catalogue, with their variants, indexed by their compared form
 * ({@link Normalizer#caption}). Built once; read-only afterwards.
 */
final class LabelIndex {
  /** What a caption names: a row or column of the form, a 2019 caption or a section heading. */
  static final class Target {
    final Object target;
    /** Whether the caption matched a variant rather than the official text. */
    final boolean variant;

    Target(Object target, boolean variant) {
      this.target = target;
      this.variant = variant;
    }
  }

  static final Map<String, Target> ROWS = new HashMap<>();
  static final Map<String, Target> COLUMNS = new HashMap<>();
  static final Map<String, Target> HEADINGS = new HashMap<>();
  static final String ITEM_COLUMN;

  static {
    for (DisclosureItem item : DisclosureItem.values()) {
      row(item);
    }
    for (ApplicationRow row : ApplicationRow.values()) {
      row(row);
    }
    for (CaseGroup group : CaseGroup.values()) {
      row(group);
    }
    for (TrialTemplateLabel trial : TrialTemplateLabel.values()) {
      (trial.isRow() ? ROWS : COLUMNS).putIfAbsent(Normalizer.caption(trial.label().zh()), new Target(trial, false));
    }
    for (DisclosureColumn column : DisclosureColumn.values()) {
      column(column);
    }
    for (CaseColumn column : CaseColumn.values()) {
      column(column);
    }
    for (NarrativeSection section : NarrativeSection.values()) {
      HEADINGS.put(Normalizer.caption(section.label().zh()), new Target(section, false));
      for (String variant : LabelVariants.of(section)) {
        HEADINGS.putIfAbsent(Normalizer.caption(variant), new Target(section, true));
      }
    }
    for (FormTable table : FormTable.values()) {
      HEADINGS.put(Normalizer.caption(table.label().zh()), new Target(table, false));
      for (String variant : LabelVariants.of(table)) {
        HEADINGS.putIfAbsent(Normalizer.caption(variant), new Target(table, true));
      }
    }
    ITEM_COLUMN = Normalizer.caption(io.github.xxgk.report.form.PublishedWording.ITEM_COLUMN);
  }

  private LabelIndex() {}

  private static void row(FormRow row) {
    String key = Normalizer.caption(row.label().zh());
    Target previous = ROWS.put(key, new Target(row, false));
    if (previous != null) {
      throw new IllegalStateException("two rows of the form compare equal: " + key);
    }
    for (String variant : LabelVariants.of(row)) {
      ROWS.putIfAbsent(Normalizer.caption(variant), new Target(row, true));
    }
  }

  private static void column(FormColumn column) {
    COLUMNS.putIfAbsent(Normalizer.caption(column.label().zh()), new Target(column, false));
    for (String variant : LabelVariants.of(column)) {
      COLUMNS.putIfAbsent(Normalizer.caption(variant), new Target(column, true));
    }
  }

  static Target row(String printed) {
    return ROWS.get(Normalizer.caption(printed));
  }

  static Target column(String printed) {
    return COLUMNS.get(Normalizer.caption(printed));
  }

  /**
   * The section a heading names. Sub-headings numbered in brackets ("（一）主动公开政府信息情况"
   * inside section 一) are not section headings, whatever their words.
   */
  static Target heading(String printed) {
    String compact = Normalizer.compact(printed);
    if (compact.startsWith("(")) {
      return null;
    }
    return HEADINGS.get(Normalizer.caption(compact));
  }
}
