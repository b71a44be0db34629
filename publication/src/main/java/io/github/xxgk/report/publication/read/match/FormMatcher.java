package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.List;

/**
 * The one matcher: aligns a {@link SourceDocument} with the form's catalogue. Rows are found by
 * their captions (with variants), wherever they stand; a row's value cells are the cells after its
 * caption, as many as the form gives it, else the row is refused. Table 二's columns follow its
 * header (which also tells the 2019 template apart); table 三's seven columns and table 四's five per
 * group follow the form's fixed order. Table 四's value row has no caption: it is read where table
 * 四's heading or header was seen last.
 *
 * <p>The parts: {@link FlatTables} lays out tables a text extraction ran together; {@link
 * TableRows} tells what each row of a table is (with {@link TableHeaders}, {@link UnknownRows} and
 * {@link TrialTemplate}); {@link FormRows} reads the form's rows into the match; {@link Completion}
 * ends it; {@link Metadata} and {@link Narratives} read the rest.
 */
public final class FormMatcher {
  /** The most problems one read lists from the tables; beyond, one IMPORT-PROBLEMS-TRUNCATED. */
  public static final int MAX_PROBLEMS = 1000;

  private FormMatcher() {}

  /** Reads the cells, metadata and narratives of a document. */
  public static Match match(SourceDocument source) {
    FormRows rows = new FormRows();
    TableRows tables = new TableRows(rows);
    Match match = rows.match;
    // Each paragraph is compared with the section headings once; the tables laid out from lines,
    // metadata and narratives reuse it (a document whose tables were laid out anew is asked again).
    Object[] sourceHeadings = headings(source.blocks());
    FlatTables.Result flat = FlatTables.read(LineCells.read(source, sourceHeadings));
    SourceDocument document = flat.document;
    match.problems.addAll(flat.problems);
    match.rowsRefusedWithProblem.addAll(flat.refused);
    rows.unknownRows |= flat.trialTemplate;
    if (flat.trialTemplate) {
      match.edition = Edition.V2019;
    }
    List<SourceBlock> blocks = document.blocks();
    Object[] headings = document == source ? sourceHeadings : headings(blocks);
    // Whether each block is a table of the form, told from the cells read once here.
    boolean[] formTables = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      SourceBlock block = blocks.get(i);
      if (block instanceof SourceTable) {
        formTables[i] = tables.table((SourceTable) block);
      } else if (block instanceof SourceParagraph) {
        tables.paragraph((SourceParagraph) block, headings[i]);
      }
    }
    rows.finish();
    Metadata.read(document, match, headings, formTables);
    Narratives.read(document, match, headings);
    // only a look at the problems, unless a table is missing
    ReportElsewhere.explain(source, sourceHeadings, match);
    return match;
  }

  /** The section each paragraph heads ({@link #heading}), null for other blocks. */
  static Object[] headings(List<SourceBlock> blocks) {
    Object[] headings = new Object[blocks.size()];
    for (int i = 0; i < headings.length; i++) {
      if (blocks.get(i) instanceof SourceParagraph) {
        headings[i] = heading((SourceParagraph) blocks.get(i));
      }
    }
    return headings;
  }

  /** The section a short paragraph heads (a NarrativeSection or FormTable), else null. */
  private static Object heading(SourceParagraph paragraph) {
    LabelIndex.Target target = LabelIndex.headingOfParagraph(paragraph.text());
    return target == null ? null : target.target;
  }
}
