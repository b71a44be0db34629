package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormRow;
import java.util.List;

/**
 * A caption cut by a line or page break: its first part within a slip of one of the form's captions
 * and no number after it ("（二）部分公开（区分处理的，只计这一情形，不计其他情" | blank cells), its rest heading the next
 * row with the numbers ("形）" | 7 | 0 …). The row read through the slip is held until the next row:
 * when that row's caption, in the same column and with as many cells after it, is the rest that
 * makes the first part the form's caption exactly (or a listed variant; never through another
 * slip), the two are one row, its values the second's. Otherwise the held row is read as it was
 * printed, blank, and the next row's numbers under a caption the form does not print are refused as
 * that row's ({@link UnknownRows}).
 */
final class CutCaptions {
  private final TableRows rows;
  private final UnknownRows unknown;

  /** The row held, else null; its caption's index and what the caption names. */
  private List<Grid.Entry> head;

  private int label;
  private LabelIndex.Target target;

  CutCaptions(TableRows rows, UnknownRows unknown) {
    this.rows = rows;
    this.unknown = unknown;
  }

  /** Holds a row of the form read through a slip with no number after its caption. */
  void hold(List<Grid.Entry> row, int label, LabelIndex.Target target) {
    this.head = row;
    this.label = label;
    this.target = target;
  }

  /** Reads the row held, if any, as printed: its caption through the slip, its cells blank. */
  void flush() {
    if (head == null) {
      return;
    }
    List<Grid.Entry> row = head;
    head = null;
    unknown.blankNear((FormRow) target.target);
    rows.read(row, label, target, row.get(label));
  }

  /** Whether {@code row} holds the rest of the held row's caption and its values: then read. */
  boolean joins(List<Grid.Entry> row) {
    if (head == null) {
      return false;
    }
    int rest = -1;
    boolean number = false;
    for (int i = 0; i < row.size(); i++) {
      Grid.Entry entry = row.get(i);
      CellText.Kind kind = entry.text.kind;
      if (kind == CellText.Kind.TEXT) {
        if (!entry.fromAbove && entry.text.row() != null) {
          return false; // a caption of its own: another row
        }
        rest = i;
        number = false;
      } else if (kind == CellText.Kind.NUMBER) {
        number = true;
      }
    }
    for (int i = label + 1; i < head.size(); i++) {
      if (head.get(i).text.kind != CellText.Kind.BLANK) {
        return false; // a mark where the values stand: the row was printed so
      }
    }
    Grid.Entry caption = head.get(label);
    if (rest < 0
        || !number
        || row.get(rest).fromAbove
        || row.get(rest).column != caption.column
        || row.size() - rest != head.size() - label) {
      return false;
    }
    LabelIndex.Target joined = LabelIndex.row(caption.cell.text() + row.get(rest).cell.text());
    if (joined == null || joined.near || joined.target != target.target) {
      return false;
    }
    head = null;
    rows.read(row, rest, joined, caption);
    return true;
  }
}
