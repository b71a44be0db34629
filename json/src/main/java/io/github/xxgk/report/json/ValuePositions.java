package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.base.ParserBase;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.problem.SourcePosition;
import java.util.Optional;

/**
 * Where each value of one report was read, so that a finding about a cell of a pretty-printed file
 * can name its line. Kept as packed ints from the parser's own token fields: no location object per
 * value, which the reader deliberately avoids on its fast path.
 */
final class ValuePositions {
  /**
   * Line and column of each cell, by {@link ReportShape.Node#cellNumber()}; then of each child of
   * the report's root.
   */
  private final long[] packed = new long[FormCells.SIZE + Long.SIZE];

  private final boolean columns;
  private int lineShift;

  /**
   * @param columns whether the parser counts columns in characters (not a byte parser)
   */
  ValuePositions(boolean columns) {
    this.columns = columns;
  }

  /** Records where the parser's current token, the value of the node, is. */
  void record(Node node, JsonParser parser) {
    if (!(parser instanceof ParserBase)) {
      return;
    }
    int slot = node.cell != null ? node.cellNumber() : FormCells.SIZE + node.index();
    ParserBase base = (ParserBase) parser;
    // ParserBase counts this column one higher than the token's own JsonLocation does.
    int column = columns ? Math.max(1, base.getTokenColumnNr() - 1) : 0;
    packed[slot] = (long) base.getTokenLineNr() << 32 | (column & 0xFFFFFFFFL);
  }

  /** The same positions moved by a number of lines, for a record read out of a larger input. */
  ValuePositions shiftLines(int lines) {
    lineShift += lines;
    return this;
  }

  /** Where the value at the JSON Pointer was, when it is a cell or a value of the report's root. */
  Optional<SourcePosition> of(String pointer) {
    Node node = ReportShape.ROOT.at(pointer);
    if (node == null || node.kind == ReportShape.Kind.OBJECT) {
      return Optional.empty();
    }
    int slot;
    if (node.cell != null) {
      slot = node.cellNumber();
    } else if (pointer.lastIndexOf('/') == 0) {
      slot = FormCells.SIZE + node.index();
    } else {
      return Optional.empty();
    }
    long at = packed[slot];
    int line = (int) (at >>> 32);
    return line <= 0
        ? Optional.<SourcePosition>empty()
        : Optional.of(SourcePosition.of(line + lineShift, (int) at));
  }
}
