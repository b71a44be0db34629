package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables whose cells a text extraction ran together into one paragraph, without separators
 * ("规章000行政规范性文件021…一、本年新收政府信息公开申请数量20 0 0 0 02…"), as crawlers keep pages.
 *
 * <p>Read only when the document holds no table at all, and only as printed in the form's order:
 * each row's caption (with its numbering) must follow the previous row's values, with nothing
 * between them but captions the form prints (headers, group captions), and be followed by a number.
 * A row's values are its spaced tokens when there are exactly as many as the row has cells, else
 * one digit each when the digits are exactly as many, else the only cut of more digits into numbers
 * ({@link RunTogetherValues#onlySplit}); a row with no value at all before the next row's caption
 * is blank. Anything else cannot be split without a guess and is refused ({@code
 * IMPORT-CELLS-RUN-TOGETHER}, naming the row). Never split by arithmetic. The tables found are
 * handed to the matcher as ordinary tables, so every other rule applies.
 *
 * <p>The parts: {@link RunTogetherRows} reads tables 二 and 三, {@link RunTogetherCases} table 四,
 * both through {@link RunTogetherCaptions} (where captions stand) and {@link RunTogetherValues}
 * (how a run splits); {@link FlatNarratives} cuts the text around them into sections. This class
 * finds the paragraph that holds them and tells a 2019 template's table 二 apart.
 */
final class FlatTables {
  /** What was made of a document. */
  static final class Result {
    final SourceDocument document;
    final List<Problem> problems;

    /**
     * Whether the 2019 template's table 二 was seen run together: its tables are then left unread,
     * so that any row may be among their numbers.
     */
    final boolean trialTemplate;

    /**
     * The rows found by their captions whose values could not be split, each named by an {@code
     * IMPORT-CELLS-RUN-TOGETHER} (table 四's three groups by the one of its run): printed, so
     * missing, never absent, and not said missing again; no other row can be among them.
     */
    final Set<FormRow> refused;

    Result(
        SourceDocument document,
        List<Problem> problems,
        boolean trialTemplate,
        Set<FormRow> refused) {
      this.document = document;
      this.problems = problems;
      this.trialTemplate = trialTemplate;
      this.refused = refused;
    }

    /** No table run together was split. */
    Result(SourceDocument document, List<Problem> problems, boolean trialTemplate) {
      this(document, problems, trialTemplate, Collections.<FormRow>emptySet());
    }
  }

  private FlatTables() {}

  /** The document with the run-together tables of its paragraphs laid out; unchanged otherwise. */
  static Result read(SourceDocument document) {
    for (SourceBlock block : document.blocks()) {
      if (block instanceof SourceTable) {
        return new Result(document, new ArrayList<Problem>(), false);
      }
    }
    List<Problem> problems = new ArrayList<>();
    Set<FormRow> refused = new HashSet<>();
    List<SourceBlock> blocks = laidOut(document, problems, refused);
    if (blocks == null) {
      SourcePosition trial = trialTemplate(document);
      if (trial != null) {
        // detected, not misread: the tables stay missing, and the template is named
        return new Result(
            document,
            Collections.singletonList(
                ImportRule.IMPORT_EDITION_2019.problem(
                    trial, FormTable.PROACTIVE_DISCLOSURE.pointer())),
            true);
      }
      return new Result(document, Collections.<Problem>emptyList(), false);
    }
    problems.add(0, ImportRule.IMPORT_TABLES_RUN_TOGETHER.problem(blocks.get(0).position(), ""));
    return new Result(document.withBlocks(blocks), problems, false, refused);
  }

  /**
   * The document's blocks with the first paragraph that holds the tables run together replaced by
   * its sections and tables, that paragraph's problems and refused rows gathered; null when no
   * paragraph holds them.
   */
  private static List<SourceBlock> laidOut(
      SourceDocument document, List<Problem> problems, Set<FormRow> refused) {
    List<SourceBlock> blocks = new ArrayList<>();
    boolean found = false;
    for (SourceBlock block : document.blocks()) {
      if (found || !(block instanceof SourceParagraph)) {
        blocks.add(block);
        continue;
      }
      int[] span = new int[2];
      List<SourceTable> tables = tables((SourceParagraph) block, problems, span, refused);
      if (tables != null) {
        found = true;
        // the paragraph gives way to its sections and tables
        blocks.addAll(FlatNarratives.split((SourceParagraph) block, span[0], span[1], tables));
      } else {
        blocks.add(block);
        problems.clear();
        refused.clear();
      }
    }
    return found ? blocks : null;
  }

  /**
   * Where a paragraph long enough to hold tables prints a caption of the 2019 template's table 二
   * (本年新制作数量 …) next to the 2021 form's row captions; null when none does.
   */
  private static SourcePosition trialTemplate(SourceDocument document) {
    for (SourceBlock block : document.blocks()) {
      if (!(block instanceof SourceParagraph)) {
        continue;
      }
      SourceParagraph paragraph = (SourceParagraph) block;
      String text = paragraph.text();
      int[] first = null;
      for (DisclosureItem item : DisclosureItem.values()) {
        int[] at = RunTogetherCaptions.caption(text, item, 0, false);
        if (at != null && (first == null || at[0] < first[0])) {
          first = at;
        }
      }
      if (text.length() < 200 || first == null) {
        continue;
      }
      if (RunTogetherCaptions.holdsTrial(Normalizer.compact(text))) {
        // where table 二 starts: its first row's caption
        return position(paragraph, first[0]);
      }
    }
    return null;
  }

  /**
   * The tables of one paragraph, or null when it holds none in the form's order; {@code span} gets
   * where the first row's caption starts and where table 四's values end.
   */
  private static List<SourceTable> tables(
      SourceParagraph paragraph, List<Problem> problems, int[] span, Set<FormRow> refused) {
    String text = paragraph.text();
    if (text.length() < 200) {
      return null;
    }
    // Table 二 of the 2019 template has three value columns too, other ones: run together, its
    // rows would pass for the 2021 form's. It is not read this way (the tables stay missing).
    if (RunTogetherCaptions.holdsTrial(Normalizer.compact(text))) {
      return null;
    }
    RunTogetherRows rows = RunTogetherRows.read(paragraph, problems, refused);
    if (rows == null) {
      return null;
    }
    RunTogetherCases cases = RunTogetherCases.read(paragraph, rows.end(), problems, refused);
    if (cases == null) {
      return null;
    }
    span[0] = rows.start();
    span[1] = cases.end;
    List<SourceTable> tables = new ArrayList<>(rows.tables());
    tables.add(cases.table);
    return tables;
  }

  /** A row of a table laid out: its caption, then its values. */
  static List<SourceCell> row(
      String caption, List<String> values, SourcePosition at, SourcePosition valuesAt) {
    List<SourceCell> cells = new ArrayList<>();
    cells.add(SourceCell.of(caption, at));
    for (String value : values) {
      cells.add(SourceCell.of(value, valuesAt));
    }
    return cells;
  }

  /** Where a character of a paragraph stands in the source, when the paragraph's place is known. */
  static SourcePosition position(SourceParagraph paragraph, int offset) {
    SourcePosition at = paragraph.position();
    return at.isKnown() ? SourcePosition.of(at.line(), at.column() + offset) : at;
  }
}
