package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormTable;

/**
 * What a view adds to the published page: classes, a tooltip and content for value cells, and
 * content after the title, a table or a narrative section. The plain page adds nothing.
 */
interface Decoration {
  Decoration NONE = new Decoration() {};

  /** Extra class names of a value cell, or null. */
  default String classes(Cell cell) {
    return null;
  }

  /** A tooltip for a value cell, or null. */
  default String title(Cell cell) {
    return null;
  }

  /** Appends markup inside a value cell, after its value. */
  default void inCell(StringBuilder out, Cell cell) {}

  /** Appends markup after the report's title. */
  default void afterTitle(StringBuilder out) {}

  /** Appends markup after a table. */
  default void afterTable(StringBuilder out, FormTable table) {}

  /**
   * Appends a paragraph of a narrative section, {@code text} from {@code start} to {@code end}, as
   * markup: plain, or with the view's marks on parts of it.
   */
  default void paragraph(StringBuilder out, String pointer, String text, int start, int end) {
    Markup.html(out, text.subSequence(start, end));
  }

  /** Appends markup at the end of the section whose JSON Pointer is given, e.g. /overview. */
  default void afterSection(StringBuilder out, String pointer) {}
}
