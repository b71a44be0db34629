package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the matcher read from one source document: the cells it could resolve (each with its
 * provenance), the metadata and narratives it found, the edition, and its problems. It holds no
 * report: {@code PublishedReports} builds one only when every cell was resolved without an error.
 */
public final class Match {
  final ReadCells cells = new ReadCells();

  final List<Problem> problems = new ArrayList<>();
  final Map<NarrativeSection, String> narratives = new EnumMap<>(NarrativeSection.class);
  final Map<NarrativeSection, SourcePosition> narrativePositions =
      new EnumMap<>(NarrativeSection.class);

  /** Rows printed (named by their captions) whose cells were refused: missing, never absent. */
  final Set<FormRow> refusedRows = new HashSet<>();

  /**
   * Rows refused with a problem that names them and says where they were read (values run
   * together): missing, never absent, and not said missing a second time.
   */
  final Set<FormRow> rowsRefusedWithProblem = new HashSet<>();

  Edition edition = Edition.V2021;
  String organ;
  Integer year;
  LocalDate publishedOn;
  OrganKind organKind;

  Match() {}

  /** The cells read, unmodifiable, in the catalogue's order; at most {@value FormCells#SIZE}. */
  public Map<Cell, ReadCell> cells() {
    return cells;
  }

  /** The problems, in the order found. */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The edition of the form the tables are printed on: V2019 when any 2019 caption was seen. */
  public Edition edition() {
    return edition;
  }

  /** The reporting organ, as printed in the title or the signature. */
  public Optional<String> organ() {
    return Optional.ofNullable(organ);
  }

  /** The year reported on. */
  public Optional<Integer> year() {
    return Optional.ofNullable(year);
  }

  /** The date under the signature. */
  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(publishedOn);
  }

  /** The kind of organ, when its name makes it clear. */
  public Optional<OrganKind> organKind() {
    return Optional.ofNullable(organKind);
  }

  /**
   * The text of a narrative section, paragraphs joined by line feeds, when the section was found.
   */
  public Optional<String> narrative(NarrativeSection section) {
    return Optional.ofNullable(narratives.get(section));
  }

  /**
   * Where a narrative section's text starts in the source: its first paragraph, or its heading when
   * it has none; empty when the section was not found.
   */
  public Optional<SourcePosition> narrativePosition(NarrativeSection section) {
    return Optional.ofNullable(narrativePositions.get(section));
  }
}
