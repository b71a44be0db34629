package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.problem.SourcePosition;
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
  private final SourcePosition position;

  ReadCell(Cell cell, BigDecimal value, CellMark mark, String printed, SourcePosition position) {
    this.cell = Objects.requireNonNull(cell, "cell");
    this.value = Objects.requireNonNull(value, "value");
    this.mark = mark;
    this.printed = Objects.requireNonNull(printed, "printed");
    this.position = Objects.requireNonNull(position, "position");
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
    return position;
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
        + position;
  }
}
