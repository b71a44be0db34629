package io.github.xxgk.report.model;

import io.github.xxgk.report.form.Cell;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One organ's annual report on open government information for one year, in the 2021 edition of the
 * form: the metadata, the three narrative sections (一、五、六) and the three tables (二、三、四).
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder()
 *     .organ("某某市某某区人民政府办公室")
 *     .year(2024)
 *     .proactiveDisclosure(disclosure)
 *     .applications(applications)
 *     .reconsiderationAndLitigation(cases)
 *     .build();
 * }</pre>
 *
 * <p>Any report that was published can be held, including one whose totals are wrong or whose
 * counts are negative: checking them is the job of the validator. {@code build()} fails only on
 * structure: a required part that is missing ({@link IllegalStateException} naming it), a {@code
 * null} ({@link NullPointerException} naming the attribute), or marks that contradict the tables
 * (below; {@link IllegalStateException} naming the cells).
 *
 * <p>A report read from its published form also records which cells were printed without a number:
 * {@link #blankCells()} and {@link #notApplicableCells()}, cells of the catalogue {@link
 * io.github.xxgk.report.form.FormCells}. A marked cell holds 0 in the tables, and a cell is in at
 * most one of the two sets: {@code build()} enforces both, since a published cell that shows no
 * number cannot hold one. Set the tables' values first (or together); adding a mark to a copy of a
 * report whose cell holds a number fails.
 *
 * <pre>{@code
 * AnnualReport.builder()
 *     ...
 *     .addBlankCells(FormCells.applications(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.RESEARCH_INSTITUTION))
 *     .addAllNotApplicableCells(FormCells.ofRow(DisclosureItem.FEES))
 *     .build();
 * }</pre>
 *
 * <p>Java serialization writes the report's values, and reading them back goes through the
 * builders, so that a stream tampered with is refused ({@link InvalidObjectException}) rather than
 * read into a report no builder could make.
 */
@Value.Immutable
public abstract class AnnualReport implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The edition of the form that this model follows: 国办公开办函〔2021〕30号. */
  public static final String EDITION_2021 = "2021";

  AnnualReport() {}

  /**
   * Serialized as its values ({@code SerializedReport}), which are read back through the builders:
   * a tampered stream is refused, never a report with null parts.
   */
  protected final Object writeReplace() {
    return new SerializedReport(this);
  }

  /** A stream that holds a report's fields directly was not written by this class: refused. */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("an annual report is read only from its serialized form");
  }

  /** Which template the report uses; defaults to {@value #EDITION_2021}. */
  @Value.Default
  public String edition() {
    return EDITION_2021;
  }

  /** The reporting organ (报告机关), as written in the report. */
  public abstract String organ();

  /** The kind of organ, when known. */
  public abstract Optional<OrganKind> organKind();

  /** The year reported on; statistics cover 1 January to 31 December of it. */
  public abstract int year();

  /** The date signed at the end of the report (落款日期), when known. */
  public abstract Optional<LocalDate> publishedOn();

  /** Section 一: overview. Absent when the report has no such section. */
  public abstract Optional<String> overview();

  /** Section 二: information disclosed proactively (table 二). */
  public abstract ProactiveDisclosure proactiveDisclosure();

  /** Section 三: applications received and handled (table 三). */
  public abstract Applications applications();

  /** Section 四: reconsideration and litigation over disclosure (table 四). */
  public abstract ReconsiderationAndLitigation reconsiderationAndLitigation();

  /** Section 五: main problems and improvements. Absent when the report has no such section. */
  public abstract Optional<String> problemsAndImprovements();

  /** Section 六: other matters to report. Absent when the report has no such section. */
  public abstract Optional<String> otherMatters();

  /**
   * The cells that the published report printed empty (留空), in catalogue order ({@link
   * io.github.xxgk.report.form.FormCells#all()}); empty for a report that was not read from a
   * published page. Every cell here holds 0, and none is also in {@link #notApplicableCells()}. The
   * builder adds one cell ({@code addBlankCells(cell)}), several ({@code addBlankCells(a, b)},
   * {@code addAllBlankCells(cells)}) or replaces them all ({@code blankCells(cells)}); adding a
   * cell twice keeps it once.
   */
  @Value.NaturalOrder
  public abstract SortedSet<Cell> blankCells();

  /**
   * The cells that the published report printed as not applicable ("/", "—", "－", "无"), in
   * catalogue order; empty for a report that was not read from a published page. Every cell here
   * holds 0. The builder has the same methods as for {@link #blankCells()}.
   */
  @Value.NaturalOrder
  public abstract SortedSet<Cell> notApplicableCells();

  /**
   * A cell printed both empty and "/" is a contradiction, and a marked cell that holds a number was
   * not printed without one: neither is a fact about a published report.
   */
  @Value.Check
  void checkMarks() {
    if (blankCells().isEmpty() && notApplicableCells().isEmpty()) {
      return;
    }
    StringBuilder both = new StringBuilder();
    StringBuilder notZero = new StringBuilder();
    for (Cell cell : blankCells()) {
      if (notApplicableCells().contains(cell)) {
        both.append(both.length() == 0 ? "" : ", ").append(cell.pointer());
      }
      notZero(cell, notZero);
    }
    for (Cell cell : notApplicableCells()) {
      notZero(cell, notZero);
    }
    if (both.length() > 0) {
      throw new IllegalStateException(
          "A cell is in at most one of blankCells and notApplicableCells, but these are in both: "
              + both);
    }
    if (notZero.length() > 0) {
      throw new IllegalStateException(
          "A cell in blankCells or notApplicableCells holds 0, but " + notZero);
    }
  }

  private void notZero(Cell cell, StringBuilder found) {
    if (cell.amount(this).signum() != 0) {
      found
          .append(found.length() == 0 ? "" : ", ")
          .append(cell.pointer())
          .append(" holds ")
          .append(cell.value(this));
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnualReport}. Required: organ, year and the three tables. */
  public static final class Builder extends ImmutableAnnualReport.Builder {
    Builder() {}
  }
}
