package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceCell;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of the form as it was read: its value, how it was printed when it held no number, the
 * text as printed and where it was found (the provenance of the value).
 */
public final class ReadCell {
  private final Cell cell;
  private final BigDecimal value;
  private final CellMark mark;
  private final String printed;

  /**
   * The source's cell the value was read from, whose line and column are the value's position: made
   * a {@link SourcePosition} only when asked, as most of a read's 200 cells never are.
   */
  private final SourceCell source;

  /** Where cells are that have no place in the source (a cell left blank by a rule). */
  private static final SourceCell UNPLACED = SourceCell.at("", 0, 0);

  ReadCell(Cell cell, BigDecimal value, CellMark mark, String printed, SourcePosition position) {
    this(
        cell,
        value,
        mark,
        printed,
        position.equals(SourcePosition.UNKNOWN) ? UNPLACED : SourceCell.of("", position));
  }

  /** A cell read from a source's cell, at its position. */
  ReadCell(Cell cell, BigDecimal value, CellMark mark, String printed, SourceCell source) {
    this.cell = Objects.requireNonNull(cell, "cell");
    this.value = Objects.requireNonNull(value, "value");
    this.mark = mark;
    this.printed = Objects.requireNonNull(printed, "printed");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The form's cell. */
  public Cell cell() {
    return cell;
  }

  /** The value: the number printed, or 0 for a marked cell. */
  public BigDecimal value() {
    return value;
  }

  /** Whether the cell was printed blank or as not applicable; empty when it held a number. */
  public Optional<CellMark> mark() {
    return Optional.ofNullable(mark);
  }

  /** The text as printed, trimmed; empty for a blank cell or one the source did not print. */
  public String printed() {
    return printed;
  }

  /** Where the value was found; {@link SourcePosition#UNKNOWN} for a cell left blank by a rule. */
  public SourcePosition position() {
    return source.position();
  }

  boolean sameAs(ReadCell other) {
    return value.compareTo(other.value) == 0 && mark == other.mark;
  }

  @Override
  public String toString() {
    return cell.pointer()
        + "="
        + value.toPlainString()
        + (mark == null ? "" : " " + mark)
        + " @"
        + position();
  }
}
