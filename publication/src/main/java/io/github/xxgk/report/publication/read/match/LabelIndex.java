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
import io.github.xxgk.report.form.Paper;
import io.github.xxgk.report.form.PaperCell;
import io.github.xxgk.report.form.PaperTable;
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
    /** The row, column, section or table named; null when the caption is ambiguous. */
    final Object target;

    /** Whether the caption matched a variant or a near spelling rather than the official text. */
    final boolean variant;

    /** Whether the caption was read through a slip ({@link NearCaptions}), not a listed text. */
    final boolean near;

    /**
     * When {@link #target} is null: two captions of different things the printed one is as near to.
     */
    final String[] ambiguous;

    Target(Object target, boolean variant) {
      this(target, variant, false);
    }

    Target(Object target, boolean variant, boolean near) {
      this.target = target;
      this.variant = variant;
      this.near = near;
      this.ambiguous = null;
    }

    Target(String[] ambiguous) {
      this.target = null;
      this.variant = true;
      this.near = true;
      this.ambiguous = ambiguous;
    }
  }

  /**
   * What one compared caption names exactly, as a row, a column and a heading at once ({@link
   * #meaning}): a table's cell is looked up once, not once for each thing it may name (a header
   * cell was asked as a row, then as a column, each time through three maps).
   */
  static final class Meaning {
    /** The meaning of a caption the form does not print exactly. */
    static final Meaning NONE = new Meaning(null, null, null);

    /** {@link #ROWS}', {@link #COLUMNS}' and {@link #HEADINGS}' target of the caption, or null. */
    final Target row;

    final Target column;
    final Target heading;

    private Meaning(Target row, Target column, Target heading) {
      this.row = row;
      this.column = column;
      this.heading = heading;
    }
  }

  static final Map<String, Target> ROWS = new HashMap<>();
  static final Map<String, Target> COLUMNS = new HashMap<>();
  static final Map<String, Target> HEADINGS = new HashMap<>();

  /**
   * The last characters of the headings' captions: a paragraph whose caption ends in none of them
   * heads no section, and most paragraphs are told so without folding them.
   */
  private static final String HEADING_ENDS;

  static final String ITEM_COLUMN;
  private static final NearCaptions NEAR;

  /** Every caption of {@link #ROWS}, {@link #COLUMNS} and {@link #HEADINGS}, with all it names. */
  private static final Map<String, Meaning> MEANINGS = new HashMap<>();

  private static final NearCaptions NEAR_COLUMNS;

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
      (trial.isRow() ? ROWS : COLUMNS)
          .putIfAbsent(Normalizer.caption(trial.label().zh()), new Target(trial, false));
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
    StringBuilder ends = new StringBuilder();
    for (String heading : HEADINGS.keySet()) {
      if (heading.isEmpty()) {
        // an empty caption ends in no character: the test by the last character would miss it
        throw new IllegalStateException("a heading of the form compares as empty");
      }
      char end = heading.charAt(heading.length() - 1);
      if (ends.indexOf(String.valueOf(end)) < 0) {
        ends.append(end);
      }
    }
    HEADING_ENDS = ends.toString();
    ITEM_COLUMN = Normalizer.caption(io.github.xxgk.report.form.PublishedWording.ITEM_COLUMN);
    // Everything else the form prints competes with the rows for a caption printed with a slip.
    Map<String, Object> others = new HashMap<>();
    for (Map.Entry<String, Target> column : COLUMNS.entrySet()) {
      others.put(column.getKey(), column.getValue().target);
    }
    for (Map.Entry<String, Target> heading : HEADINGS.entrySet()) {
      others.put(heading.getKey(), heading.getValue().target);
    }
    for (PaperTable table : Paper.tables()) {
      for (PaperCell cell : table.cells()) {
        if (cell.kind() != PaperCell.Kind.VALUE && cell.label().isPresent()) {
          String key = Normalizer.caption(cell.label().get().zh());
          others.putIfAbsent(key, key);
        }
      }
    }
    others.putIfAbsent(ITEM_COLUMN, ITEM_COLUMN);
    NEAR = new NearCaptions(ROWS, others);
    Map<String, Object> notColumns = new HashMap<>(others);
    notColumns.keySet().removeAll(COLUMNS.keySet());
    for (Map.Entry<String, Target> row : ROWS.entrySet()) {
      notColumns.putIfAbsent(row.getKey(), row.getValue().target);
    }
    NEAR_COLUMNS = new NearCaptions(COLUMNS, notColumns);
    meanings(ROWS);
    meanings(COLUMNS);
    meanings(HEADINGS);
  }

  private static void meanings(Map<String, Target> printed) {
    for (String key : printed.keySet()) {
      MEANINGS.computeIfAbsent(key, k -> new Meaning(ROWS.get(k), COLUMNS.get(k), HEADINGS.get(k)));
    }
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

  /**
   * The row a printed caption names: by its official text or a listed variant, else by {@link
   * NearCaptions} (a slip of a character or few); an ambiguous caption gives a Target without a
   * target. Null when the caption is no row's.
   */
  static Target row(String printed) {
    return rowOfCaption(Normalizer.caption(printed));
  }

  /** As {@link #row(String)}, for a caption already normalised ({@link Normalizer#caption}). */
  static Target rowOfCaption(String key) {
    return rowOf(meaning(key), key);
  }

  /** What a caption already normalised names exactly; {@link Meaning#NONE} when nothing. */
  static Meaning meaning(String key) {
    return MEANINGS.getOrDefault(key, Meaning.NONE);
  }

  /** As {@link #rowOfCaption}, with the caption's {@link #meaning} already looked up. */
  static Target rowOf(Meaning exact, String key) {
    if (exact != Meaning.NONE) {
      // a caption the form prints exactly is its row's, or no row's (a column's, a heading's)
      return exact.row;
    }
    NearCaptions.Near near = NEAR.near(key);
    if (near == null) {
      return null;
    }
    return near.target != null ? near.target : new Target(near.ambiguous);
  }

  /**
   * The row a printed caption names by its official text or a listed variant only. For telling the
   * form's tables from a page's other tables, where a near spelling proves nothing.
   */
  static Target exactRow(String printed) {
    return ROWS.get(Normalizer.caption(printed));
  }

  /** The official caption of a row, column or 2019 caption, for messages. */
  static String caption(Object target) {
    if (target instanceof FormRow) {
      return ((FormRow) target).label().zh();
    }
    if (target instanceof FormColumn) {
      return ((FormColumn) target).label().zh();
    }
    if (target instanceof TrialTemplateLabel) {
      return ((TrialTemplateLabel) target).label().zh();
    }
    return String.valueOf(target);
  }

  /**
   * The column of table 二 or 四 (or a 2019 column) a printed header names: by its text or a listed
   * variant, else through a slip as rows are ({@link NearCaptions}); null when none, or when the
   * header is as near to two things.
   */
  static Target column(String printed) {
    return columnOfCaption(Normalizer.caption(printed));
  }

  /** As {@link #column(String)}, for a caption already normalised ({@link Normalizer#caption}). */
  static Target columnOfCaption(String key) {
    return columnOf(meaning(key), key);
  }

  /** As {@link #columnOfCaption}, with the caption's {@link #meaning} already looked up. */
  static Target columnOf(Meaning exact, String key) {
    if (exact != Meaning.NONE) {
      return exact.column;
    }
    NearCaptions.Near near = NEAR_COLUMNS.near(key);
    return near != null ? near.target : withoutNote(key);
  }

  /**
   * The column a header names by its exact caption before a note in brackets closing it, as
   * provinces' versions of the form print them ("处理决定数量（指2020年办件量）", "上一年项目数量（指2019年事项数）", 武汉市生态环境局
   * 2020): read as a variant. Null when no column's caption stands before the note.
   */
  private static Target withoutNote(String key) {
    int open = key.lastIndexOf('(');
    if (open <= 0 || key.charAt(key.length() - 1) != ')') {
      return null;
    }
    Target column = COLUMNS.get(key.substring(0, open));
    return column == null || column.target == null ? null : new Target(column.target, true, true);
  }

  /**
   * The longest paragraph that can be a heading: a longer one is text, whatever its first words.
   */
  private static final int HEADING_LENGTH = 60;

  /**
   * {@link #heading} of a paragraph, null when it is longer than a heading can be: every paragraph
   * is asked ({@link FormMatcher#headings}), and a narrative's is not folded to find that it names
   * no section.
   */
  static Target headingOfParagraph(String text) {
    return text.length() > HEADING_LENGTH ? null : heading(text);
  }

  /**
   * The section a heading names. Sub-headings numbered in brackets ("（一）主动公开政府信息情况" inside section
   * 一) are not section headings, whatever their words.
   */
  static Target heading(String printed) {
    int last = Normalizer.lastOfCaption(printed);
    if (last != Normalizer.NFKC && (last < 0 || HEADING_ENDS.indexOf(last) < 0)) {
      return null;
    }
    String compact = Normalizer.compact(printed);
    if (compact.startsWith("(")) {
      return null;
    }
    return HEADINGS.get(Normalizer.captionOfCompact(compact));
  }
}
