package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table as the source prints it: rows of cells in reading order, each cell with its spans, as in
 * HTML (a cell covered by a span from above or from the left is not repeated). A table split over
 * two pages is two tables; the matcher does not need them joined.
 */
public final class SourceTable implements SourceBlock {
  private final List<List<SourceCell>> rows;
  private final SourcePosition position;

  /** A table from its rows; the lists are copied. */
  public SourceTable(List<? extends List<SourceCell>> rows, SourcePosition position) {
    List<List<SourceCell>> copy = new ArrayList<>(rows.size());
    for (List<SourceCell> row : rows) {
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    this.rows = Collections.unmodifiableList(copy);
    this.position = Objects.requireNonNull(position, "position");
  }

  /** The rows, top to bottom; each row's cells left to right. */
  public List<List<SourceCell>> rows() {
    return rows;
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public String toString() {
    return position + " table of " + rows.size() + " rows";
  }
}
