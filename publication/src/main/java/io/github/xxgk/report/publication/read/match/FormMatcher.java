package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.form.TrialTemplateLabel;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one matcher: aligns a {@link SourceDocument} with the form's catalogue. Rows are found by
 * their captions (with variants), wherever they stand; a row's value cells are the cells after its
 * caption, as many as the form gives it, else the row is refused. Table 二's columns follow its
 * header (which also tells the 2019 template apart); table 三's seven columns and table 四's five per
 * group follow the form's fixed order. Table 四's value row has no caption: it is read where table
 * 四's heading or header was seen last.
 */
public final class FormMatcher {
  /** The most problems one read lists from the tables; beyond, one IMPORT-PROBLEMS-TRUNCATED. */
  public static final int MAX_PROBLEMS = 1000;

  private final Match match = new Match();
  private final Set<FormRow> rowsRead = new HashSet<>();
  private final Map<FormRow, SourcePosition> rowAt = new HashMap<>();
  private final Set<Cell> conflicted = new HashSet<>();
  private final Set<FormTable> tablesSeen = new HashSet<>();
  private boolean unknownRows;
  private boolean shapeErrors;
  private boolean trialDisclosure;
  private boolean trialOtherHandling;
  private SourcePosition trialAt;
  private boolean inCases;
  private CaseGroup caseGroup;

  /** The latest header of table 二 in the current source table, one entry per value column. */
  private List<Object> disclosureHeader;

  /** The header of table 三 seen last, which orders its value columns. */
  private final ApplicantHeader applicantHeader = new ApplicantHeader();

  /** Table 四's header, checked against the form's column order. */
  private final CaseHeader caseHeader = new CaseHeader();

  /** The current source table's rows of table 三 that end in padding. */
  private PaddedRows padded;

  /** The captions of rows with numbers in the current source table that are not the form's. */
  private final List<Grid.Entry> unknown = new ArrayList<>();

  private FormMatcher() {}

  /** Reads the cells, metadata and narratives of a document. */
  public static Match match(SourceDocument source) {
    FormMatcher matcher = new FormMatcher();
    FlatTables.Result flat = FlatTables.read(source);
    SourceDocument document = flat.document;
    matcher.match.problems.addAll(flat.problems);
    matcher.match.refusedRows.addAll(flat.refused);
    matcher.unknownRows |= flat.rowsInDoubt;
    if (flat.trialTemplate) {
      matcher.match.edition = Edition.V2019;
    }
    List<SourceBlock> blocks = document.blocks();
    // Each paragraph is compared with the section headings once; metadata and narratives reuse it.
    Object[] headings = new Object[blocks.size()];
    // Whether each block is a table of the form, told from the cells read once here.
    boolean[] formTables = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      SourceBlock block = blocks.get(i);
      if (block instanceof SourceTable) {
        formTables[i] = matcher.table((SourceTable) block);
      } else if (block instanceof SourceParagraph) {
        headings[i] = heading((SourceParagraph) block);
        matcher.paragraph((SourceParagraph) block, headings[i]);
      }
    }
    matcher.finish();
    Metadata.read(document, matcher.match, headings, formTables);
    Narratives.read(document, matcher.match, headings);
    return matcher.match;
  }

  /** The section a short paragraph heads (a NarrativeSection or FormTable), else null. */
  private static Object heading(SourceParagraph paragraph) {
    if (paragraph.text().length() > 60) {
      return null;
    }
    LabelIndex.Target target = LabelIndex.heading(paragraph.text());
    return target == null ? null : target.target;
  }

  private void paragraph(SourceParagraph paragraph, Object heading) {
    String text = paragraph.text();
    if (text.length() > 80) {
      return;
    }
    unknownRows |= LooseRows.captionWithNumber(text);
    if (heading instanceof FormTable) {
      inCases = heading == FormTable.RECONSIDERATION_AND_LITIGATION;
      caseGroup = null;
      return;
    }
    if (inCases) {
      CaseGroup group = caseGroup(Normalizer.compact(text));
      if (group != null) {
        caseGroup = group;
      }
    }
  }

  private static CaseGroup caseGroup(String compact) {
    if (compact.length() > 30) {
      return null;
    }
    if (compact.contains(PublishedWording.AFTER_RECONSIDERATION)) {
      return CaseGroup.LITIGATION_AFTER_RECONSIDERATION;
    }
    if (compact.contains(PublishedWording.WITHOUT_RECONSIDERATION)) {
      return CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION;
    }
    if (compact.contains(PublishedWording.RECONSIDERATION)
        && !compact.contains(PublishedWording.LITIGATION)) {
      return CaseGroup.RECONSIDERATION;
    }
    return null;
  }

  /** Reads a table's rows; true when it holds the form's rows ({@link Metadata#isFormTable}). */
  private boolean table(SourceTable table) {
    disclosureHeader = null;
    unknown.clear();
    int before = rowsRead.size() + match.problems.size();
    List<List<Grid.Entry>> rows = Grid.rows(table);
    padded = new PaddedRows(rows);
    for (List<Grid.Entry> row : rows) {
      row(row);
    }
    if (rowsRead.size() + match.problems.size() > before) {
      // Only a table that holds rows of the form can hide a misread row among its unknown ones.
      for (Grid.Entry entry : unknown) {
        unknownRows = true;
        problem(
            ImportRule.IMPORT_ROW_UNKNOWN,
            entry.cell.position(),
            "",
            Normalizer.compact(entry.cell.text()));
      }
    }
    return Metadata.isFormTable(table, rows);
  }

  private void row(List<Grid.Entry> row) {
    if (row.isEmpty()) {
      return;
    }
    CellText[] texts = new CellText[row.size()];
    int label = -1;
    int ambiguous = -1;
    LabelIndex.Target target = null;
    for (int i = row.size() - 1; i >= 0; i--) {
      texts[i] = row.get(i).text;
      if (label < 0 && ambiguous < 0 && !row.get(i).fromAbove && !texts[i].isValue()) {
        LabelIndex.Target found = texts[i].row();
        if (found != null && found.target == null) {
          // As near to two things the form prints: never chosen, and no caption further left
          // (a group's, such as （六）其他处理) is taken for this row instead.
          ambiguous = i;
          target = found;
        } else if (found != null) {
          label = i;
          target = found;
        }
      }
    }
    if (ambiguous >= 0) {
      ambiguousRow(row, texts, ambiguous, target);
      return;
    }
    int values = label < 0 ? 0 : row.size() - label - 1;
    boolean numberAfter = false;
    boolean textAfter = false;
    for (int i = label + 1; i < row.size(); i++) {
      numberAfter |= texts[i].kind == CellText.Kind.NUMBER;
      textAfter |= texts[i].kind == CellText.Kind.TEXT;
    }
    if (label < 0) {
      int lastText = -1;
      boolean numberAfterText = false;
      boolean marked = false;
      for (int i = 0; i < row.size(); i++) {
        if (texts[i].kind == CellText.Kind.TEXT) {
          lastText = i;
          numberAfterText = false;
        } else if (texts[i].kind == CellText.Kind.NUMBER) {
          numberAfterText = true;
        }
        marked |= texts[i].kind == CellText.Kind.NOT_APPLICABLE;
      }
      int n = row.size();
      boolean caseShaped = inCases && (n == 15 || n == 10 || (n == 5 && caseGroup != null));
      // A row of values alone: numbers, a group of table 四 printed all "—" (a mark is a value),
      // or table 四 printed without a single number (all blank) in its own shape.
      if (lastText < 0 && (numberAfter || marked || caseShaped)) {
        captionless(row, texts);
      } else if (lastText >= 0 && numberAfterText) {
        unknown.add(row.get(lastText));
      } else {
        header(row, texts);
      }
      return;
    }
    if (values == 0 || (!numberAfter && (textAfter || values != width(target.target)))) {
      // A caption with no number after it is a header ("其他" over a column), unless the row is
      // exactly as wide as the form's row: then it is a row printed all blank.
      header(row, texts);
      return;
    }
    Grid.Entry caption = row.get(label);
    if (target.variant) {
      problem(
          ImportRule.IMPORT_LABEL_VARIANT,
          caption.cell.position(),
          "",
          Normalizer.compact(caption.cell.text()),
          LabelIndex.caption(target.target));
    }
    List<Grid.Entry> entries = row.subList(label + 1, row.size());
    List<CellText> cells = Arrays.asList(texts).subList(label + 1, row.size());
    Object what = target.target;
    if (what instanceof ApplicationRow) {
      inCases = false;
      int own = padded.values(label, entries);
      applicationRow(
          (ApplicationRow) what, caption, entries.subList(0, own), cells.subList(0, own));
    } else if (what instanceof DisclosureItem) {
      inCases = false;
      disclosureRow((DisclosureItem) what, caption, entries, cells);
    } else if (what instanceof CaseGroup) {
      inCases = true;
      caseRow(Arrays.asList((CaseGroup) what), caption.cell.position(), entries, cells);
    } else if (what == TrialTemplateLabel.OTHER_HANDLING) {
      trialOtherHandling = true;
      trial(caption.cell.position());
      applicationRow(ApplicationRow.OTHER_HANDLING_OTHER, caption, entries, cells);
    } else {
      trialDisclosure = true;
      trial(caption.cell.position());
    }
  }

  /**
   * A row whose caption is as near to two captions of the form: with numbers after it, an ERROR
   * naming both (the row may be either, so no row it could be is read as absent either); without,
   * it is a header or text and is left alone.
   */
  private void ambiguousRow(
      List<Grid.Entry> row, CellText[] texts, int caption, LabelIndex.Target target) {
    for (int i = caption + 1; i < row.size(); i++) {
      if (texts[i].kind == CellText.Kind.NUMBER) {
        unknownRows = true;
        Grid.Entry entry = row.get(caption);
        problem(
            ImportRule.IMPORT_LABEL_AMBIGUOUS,
            entry.cell.position(),
            "",
            Normalizer.compact(entry.cell.text()),
            target.ambiguous[0],
            target.ambiguous[1]);
        return;
      }
    }
    header(row, texts);
  }

  private int width(Object target) {
    if (target instanceof ApplicationRow || target == TrialTemplateLabel.OTHER_HANDLING) {
      return ApplicantColumn.values().length;
    }
    if (target instanceof DisclosureItem) {
      return disclosureHeader != null
          ? disclosureHeader.size()
          : ((DisclosureItem) target).columns().size();
    }
    if (target instanceof CaseGroup) {
      return CaseColumn.values().length;
    }
    return -1;
  }

  private void header(List<Grid.Entry> row, CellText[] texts) {
    applicantHeader.offer(row);
    List<Object> columns = new ArrayList<>();
    List<CaseColumn> caseColumns = new ArrayList<>();
    boolean disclosure = false;
    boolean afterItem = false;
    for (int i = 0; i < row.size(); i++) {
      Grid.Entry entry = row.get(i);
      String caption = entry.text.caption();
      if (caption.equals(LabelIndex.ITEM_COLUMN)) {
        afterItem = true;
        columns.clear();
        continue;
      }
      LabelIndex.Target column = entry.text.column();
      if (column != null && column.near && !entry.fromAbove) {
        problem(
            ImportRule.IMPORT_LABEL_VARIANT,
            entry.cell.position(),
            "",
            Normalizer.compact(entry.cell.text()),
            LabelIndex.caption(column.target));
      }
      if (column != null
          && (column.target instanceof DisclosureColumn
              || column.target instanceof TrialTemplateLabel)) {
        disclosure = true;
        if (column.target instanceof TrialTemplateLabel) {
          trialDisclosure = true;
          trial(entry.cell.position());
        }
      }
      if (column != null && column.target instanceof CaseColumn) {
        inCases = true;
        if (!entry.fromAbove) {
          caseColumns.add((CaseColumn) column.target);
        }
      }
      if (!entry.fromAbove && (afterItem || column != null) && !caption.isEmpty()) {
        columns.add(column == null ? entry : column.target);
      }
      if (inCases && !entry.fromAbove) {
        CaseGroup group = caseGroup(entry.text.compact());
        if (group != null) {
          caseGroup = group;
        }
      }
    }
    if (disclosure) {
      disclosureHeader = columns;
      inCases = false;
    }
    caseHeader.offer(row, caseColumns);
  }

  private void applicationRow(
      ApplicationRow formRow, Grid.Entry caption, List<Grid.Entry> entries, List<CellText> cells) {
    if (entries.size() != ApplicantColumn.values().length) {
      shape(formRow, caption.cell.position(), ApplicantColumn.values().length, entries.size());
      return;
    }
    List<Cell> targets = applicantHeader.targets(formRow, this::problem);
    if (targets == null) {
      // No order can be trusted: the row is refused (said once for the whole header).
      tablesSeen.add(FormTable.APPLICATIONS);
      conflicted.addAll(FormCells.ofRow(formRow));
      return;
    }
    put(formRow, caption.cell.position(), targets, entries, cells);
  }

  private void disclosureRow(
      DisclosureItem item, Grid.Entry caption, List<Grid.Entry> entries, List<CellText> cells) {
    List<Cell> targets =
        DisclosureColumns.targets(item, disclosureHeader, entries.size(), this::problem);
    if (targets == null) {
      shape(item, caption.cell.position(), item.columns().size(), entries.size());
      return;
    }
    put(item, caption.cell.position(), targets, entries, cells);
  }

  private void captionless(List<Grid.Entry> row, CellText[] texts) {
    if (!inCases) {
      unknownRows |= LooseRows.hasNumber(texts);
      return;
    }
    int n = row.size();
    SourcePosition at = row.get(0).cell.position();
    List<CaseGroup> groups;
    if (n == 15) {
      groups = Arrays.asList(CaseGroup.values());
    } else if (n == 10) {
      groups =
          Arrays.asList(
              CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION,
              CaseGroup.LITIGATION_AFTER_RECONSIDERATION);
    } else if (n == 5 && caseGroup != null) {
      groups = Arrays.asList(caseGroup);
      caseGroup = null;
    } else {
      shapeErrors = true;
      problem(
          ImportRule.IMPORT_ROW_SHAPE,
          at,
          FormTable.RECONSIDERATION_AND_LITIGATION.pointer(),
          "",
          15,
          n);
      return;
    }
    caseRow(groups, at, row, Arrays.asList(texts));
  }

  private void caseRow(
      List<CaseGroup> groups, SourcePosition at, List<Grid.Entry> entries, List<CellText> cells) {
    if (caseHeader.contradicts()) {
      tablesSeen.add(FormTable.RECONSIDERATION_AND_LITIGATION);
      caseHeader.tell(this::problem);
      for (CaseGroup group : groups) {
        for (CaseColumn column : CaseColumn.values()) {
          conflicted.add(FormCells.cases(group, column));
        }
      }
      return;
    }
    int expected = groups.size() * CaseColumn.values().length;
    if (entries.size() != expected) {
      shape(groups.get(0), at, expected, entries.size());
      return;
    }
    int i = 0;
    for (CaseGroup group : groups) {
      List<Cell> targets = new ArrayList<>();
      for (CaseColumn column : CaseColumn.values()) {
        targets.add(FormCells.cases(group, column));
      }
      int from = i;
      i += targets.size();
      put(group, at, targets, entries.subList(from, i), cells.subList(from, i));
    }
  }

  private void put(
      FormRow row,
      SourcePosition at,
      List<Cell> targets,
      List<Grid.Entry> entries,
      List<CellText> cells) {
    tablesSeen.add(row.table());
    boolean repeated = rowsRead.contains(row);
    List<ReadCell> read = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Cell cell = targets.get(i);
      if (cell == null) {
        continue;
      }
      ReadCell value = ValueCells.read(cell, entries.get(i), cells.get(i), this::problem);
      if (value == null) {
        conflicted.add(cell);
        continue;
      }
      read.add(value);
    }
    if (repeated) {
      boolean same = true;
      for (ReadCell value : read) {
        ReadCell before = match.cells.get(value.cell());
        same &= before != null && before.sameAs(value);
      }
      if (same) {
        problem(
            ImportRule.IMPORT_ROW_REPEATED,
            at,
            row.table().pointer() + row.pointer(),
            rowAt.get(row).toString());
      } else {
        problem(
            ImportRule.IMPORT_ROW_DUPLICATE,
            at,
            row.table().pointer() + row.pointer(),
            rowAt.get(row).toString());
        for (Cell cell : targets) {
          if (cell != null) {
            conflicted.add(cell);
          }
        }
      }
      return;
    }
    rowsRead.add(row);
    rowAt.put(row, at);
    for (ReadCell value : read) {
      match.cells.put(value.cell(), value);
    }
  }

  private void trial(SourcePosition at) {
    match.edition = Edition.V2019;
    if (trialAt == null) {
      trialAt = at;
    }
  }

  private void shape(FormRow row, SourcePosition at, int expected, int found) {
    shapeErrors = true;
    problem(
        ImportRule.IMPORT_ROW_SHAPE,
        at,
        row.table().pointer() + row.pointer(),
        row.label().zh(),
        expected,
        found);
  }

  private void problem(ImportRule rule, SourcePosition at, String pointer, Object... arguments) {
    if (match.problems.size() < MAX_PROBLEMS) {
      match.problems.add(rule.problem(at, pointer, arguments));
    } else if (match.problems.size() == MAX_PROBLEMS) {
      // A hostile page can hold a million broken rows; the list stays small and says it stopped.
      match.problems.add(ImportRule.IMPORT_PROBLEMS_TRUNCATED.problem(at, "", MAX_PROBLEMS));
    }
  }

  private void finish() {
    Completion.complete(
        match,
        conflicted,
        tablesSeen,
        trialDisclosure,
        trialOtherHandling,
        trialAt,
        unknownRows || shapeErrors,
        this::problem);
  }
}
