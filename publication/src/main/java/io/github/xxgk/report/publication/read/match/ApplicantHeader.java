package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.form.Paper;
import io.github.xxgk.report.form.PaperCell;
import io.github.xxgk.report.problem.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The printed header of table 三, which says in which order its seven value columns stand. The
 * header is one row (the seven captions) or two (自然人, 法人或其他组织 spanning five, 总计; then the five
 * organisations). It is
 *
 * <ul>
 *   <li>readable when the captions, with the group replaced by its five, name each of the seven
 *       columns once: value cells are then taken in the printed order, whatever it is;
 *   <li>contradicting when the captions it does name stand in an order other than the form's while
 *       the rest cannot be read: no order can be trusted, and the rows are refused;
 *   <li>otherwise mangled (a converter cut "社会公益组织" to "社会公益") or absent: the form's own order is
 *       assumed, only for rows of exactly seven value cells, and the reader says so.
 * </ul>
 */
final class ApplicantHeader {
  /** How the value columns of table 三 are to be taken. */
  enum Reading {
    /** In the order the readable header prints. */
    BY_HEADER,
    /** In the form's order: the header is mangled or absent. */
    POSITIONAL,
    /** Not at all: the header contradicts the form's order and cannot be read. */
    CONTRADICTS
  }

  /** The caption over the five organisations' columns. */
  private static final Object GROUP = new Object();

  /**
   * The captions of table 三 that are not columns (申请人情况, the note), ignored in a header row: in
   * {@link #CAPTIONS} with this token, so that a header's cell is looked up once.
   */
  private static final Object OTHER = new Object();

  /** Table 三's captions: a column, {@link #GROUP} or {@link #OTHER}. */
  private static final Map<String, Object> CAPTIONS = new HashMap<>();

  static {
    for (ApplicantColumn column : ApplicantColumn.values()) {
      CAPTIONS.put(Normalizer.caption(column.label().zh()), column);
      for (Label group : column.groups()) {
        CAPTIONS.put(Normalizer.caption(group.zh()), GROUP);
      }
    }
    for (PaperCell cell : Paper.table(FormTable.APPLICATIONS).cells()) {
      if (cell.kind() != PaperCell.Kind.VALUE && cell.label().isPresent()) {
        String key = Normalizer.caption(cell.label().get().zh());
        CAPTIONS.putIfAbsent(key, OTHER);
      }
    }
  }

  private List<Object> top;
  private List<Object> sub;
  private SourcePosition at = SourcePosition.UNKNOWN;
  private Reading reading;

  /**
   * The order read: an array, as every row of table 三 under a header walks it once (through an
   * unmodifiable list's iterator, 2 % of a copied text's read).
   */
  private ApplicantColumn[] order;

  /** Each row's cells in the order of the header read now: made once a header, not once a row. */
  private final Map<ApplicationRow, List<Cell>> targetsByRow = new EnumMap<>(ApplicationRow.class);

  /** Whether the reading of the current header was already told (INFO or ERROR). */
  private boolean told;

  /**
   * Whether a caption is the total column's, which ends the top row of a two-row header (自然人,
   * 法人或其他组织, 总计).
   */
  static boolean isTotal(CellText text) {
    return CAPTIONS.get(text.caption()) == ApplicantColumn.TOTAL;
  }

  /** Whether a cell of {@code row[0..end)} is a caption of table 三's columns (自然人, 总计 …). */
  static boolean namesColumnBefore(List<Grid.Entry> row, int end) {
    for (int i = 0; i < end; i++) {
      if (!row.get(i).fromAbove) {
        Object token = CAPTIONS.get(row.get(i).text.caption());
        if (token != null && token != OTHER) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Takes a row that was not read as values; true when it is a header row of table 三 (it names 自然人,
   * the group or one of the four organisations only this table names).
   */
  boolean offer(List<Grid.Entry> row) {
    List<Object> tokens = new ArrayList<>();
    boolean natural = false;
    boolean group = false;
    boolean distinctive = false;
    SourcePosition first = null;
    for (Grid.Entry entry : row) {
      if (entry.fromAbove) {
        continue;
      }
      String caption = entry.text.caption();
      Object token = CAPTIONS.get(caption);
      if (caption.isEmpty() || token == OTHER) {
        continue;
      }
      if (first == null) {
        first = entry.cell.position();
      }
      natural |= token == ApplicantColumn.NATURAL_PERSON;
      group |= token == GROUP;
      distinctive |=
          token instanceof ApplicantColumn
              && ((ApplicantColumn) token).groups().size() == 1
              && token != ApplicantColumn.OTHER_ORGANIZATION;
      tokens.add(token == null ? entry : token);
    }
    if (!natural && !group && !distinctive) {
      return false;
    }
    if (natural || group || top == null && sub == null) {
      // a new header begins (the top row, or a one-row header of the organisations alone)
      top = null;
      sub = null;
      at = first;
    }
    if (natural || group) {
      top = tokens;
    } else {
      sub = tokens;
    }
    reading = null;
    targetsByRow.clear();
    told = false;
    return true;
  }

  /**
   * The cells of a row of table 三 in the order its values stand, or null when the header
   * contradicts the form's order; the reading, when not by a readable header, is told once.
   */
  List<Cell> targets(ApplicationRow row, Problems problems) {
    Reading now = reading();
    if (now != Reading.BY_HEADER && !told) {
      told = true;
      problems.add(
          now == Reading.CONTRADICTS
              ? ImportRule.IMPORT_HEADER_CONTRADICTS
              : ImportRule.IMPORT_HEADER_POSITIONAL,
          at,
          FormTable.APPLICATIONS.pointer(),
          FormTable.APPLICATIONS.label().zh());
    }
    if (now == Reading.CONTRADICTS) {
      return null;
    }
    List<Cell> targets = targetsByRow.get(row);
    if (targets == null) {
      targets = new ArrayList<>(order.length);
      for (ApplicantColumn column : order) {
        targets.add(FormCells.applications(row, column));
      }
      targetsByRow.put(row, targets);
    }
    return targets;
  }

  /** How to take the value cells of a row of table 三 read now. */
  Reading reading() {
    if (reading == null) {
      resolve();
    }
    return reading;
  }

  /** The printed order of the seven columns, when {@link #reading()} is BY_HEADER. */
  List<ApplicantColumn> order() {
    return Collections.unmodifiableList(Arrays.asList(order));
  }

  /** Where the header begins; UNKNOWN when none was printed. */
  SourcePosition position() {
    return at;
  }

  /** Whether a header of table 三 was seen at all. */
  boolean printed() {
    return top != null || sub != null;
  }

  private void resolve() {
    List<Object> tokens = new ArrayList<>();
    if (top != null) {
      for (Object token : top) {
        if (token == GROUP && sub != null) {
          tokens.addAll(sub);
        } else {
          tokens.add(token);
        }
      }
    } else if (sub != null) {
      tokens.addAll(sub);
    }
    Set<ApplicantColumn> named = EnumSet.noneOf(ApplicantColumn.class);
    List<ApplicantColumn> columns = new ArrayList<>();
    boolean readable = true;
    for (Object token : tokens) {
      if (token instanceof ApplicantColumn && named.add((ApplicantColumn) token)) {
        columns.add((ApplicantColumn) token);
      } else {
        readable = false;
      }
    }
    if (readable && columns.size() == ApplicantColumn.values().length) {
      reading = Reading.BY_HEADER;
      order = columns.toArray(new ApplicantColumn[0]);
      return;
    }
    order = ApplicantColumn.values();
    reading = Reading.POSITIONAL;
    // A mangled header may still be followed by position, unless what it does name stands out of
    // the form's order (e.g. 总计 first).
    int last = -1;
    for (Object token : tokens) {
      if (token instanceof ApplicantColumn) {
        int ordinal = ((ApplicantColumn) token).ordinal();
        if (ordinal <= last) {
          reading = Reading.CONTRADICTS;
          return;
        }
        last = ordinal;
      }
    }
  }
}
