package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.Paper;
import io.github.xxgk.report.form.PaperCell;
import io.github.xxgk.report.form.PaperTable;
import io.github.xxgk.report.model.AnnualReport;
import java.util.List;
import java.util.Objects;

/**
 * Renders a report as the plain text people get when they copy its published page: the organ and
 * the title, each narrative paragraph on its own line, and the tables one cell per line, each cell
 * indented by a tab, a blank line after each row of the table; where a caption from a row above
 * spans down, the line is a tab alone. The signature ends it.
 *
 * <pre>{@code
 * String text = TextRenderer.render(report);
 * }</pre>
 *
 * <p>Control characters in the report's text are shown as their Unicode control pictures (␉ for a
 * tab), so that no text can pass for the page's structure; line breaks in a narrative separate its
 * paragraphs. Cells printed empty are empty lines after the tab; cells not applicable print "/".
 */
public final class TextRenderer {
  /** Characters of a page beyond its narratives (about 2,300), to size the buffer once. */
  private static final int TABLES_ESTIMATE = 2_400;

  private TextRenderer() {}

  /**
   * The copied-page text of a report, lines ending in {@code \n}. Never fails for a held report.
   */
  public static String render(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    CellText values = new CellText(report);
    StringBuilder out =
        Markup.builder(TABLES_ESTIMATE + HtmlPage.narrativeLength(report) * 11 / 10);
    line(out, report.organ());
    out.append('\n');
    line(out, Paper.title(report.year()).zh());
    narrative(out, report, NarrativeSection.OVERVIEW);
    table(out, values, FormTable.PROACTIVE_DISCLOSURE);
    table(out, values, FormTable.APPLICATIONS);
    table(out, values, FormTable.RECONSIDERATION_AND_LITIGATION);
    narrative(out, report, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
    narrative(out, report, NarrativeSection.OTHER_MATTERS);
    out.append('\n');
    line(out, report.organ());
    if (report.publishedOn().isPresent()) {
      out.append('\n');
      line(out, Paper.date(report.publishedOn().get()).zh());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String text) {
    Markup.text(out, text);
    out.append('\n');
  }

  private static void narrative(StringBuilder out, AnnualReport report, NarrativeSection section) {
    out.append('\n');
    line(out, section.label().zh());
    if (section.read(report).isPresent()) {
      for (String paragraph : Markup.paragraphs(section.read(report).get())) {
        out.append('\n');
        line(out, paragraph);
      }
    }
  }

  private static void table(StringBuilder out, CellText values, FormTable form) {
    PaperTable table = Paper.table(form);
    if (form != FormTable.PROACTIVE_DISCLOSURE) {
      out.append('\n');
    }
    line(out, form.label().zh());
    List<List<PaperCell>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      int next = 0;
      for (PaperCell cell : rows.get(r)) {
        next = spannedFromAbove(out, rows, r, next, cell.column());
        out.append('\t');
        if (cell.kind() == PaperCell.Kind.VALUE) {
          values.append(out, cell.cell().get());
        } else {
          Markup.text(out, cell.label().get().zh());
        }
        out.append('\n');
        next = cell.column() + cell.columnSpan();
      }
      spannedFromAbove(out, rows, r, next, table.columnCount());
      out.append('\n');
    }
  }

  /** A tab line for each caption from an earlier row that covers the columns from {@code from}. */
  private static int spannedFromAbove(
      StringBuilder out, List<List<PaperCell>> rows, int r, int from, int to) {
    int column = from;
    while (column < to) {
      PaperCell above = coveringFromAbove(rows, r, column);
      out.append("\t\n");
      column = above.column() + above.columnSpan();
    }
    return column;
  }

  private static PaperCell coveringFromAbove(List<List<PaperCell>> rows, int r, int column) {
    for (int above = r - 1; above >= 0; above--) {
      for (PaperCell cell : rows.get(above)) {
        if (cell.coversColumn(column) && cell.coversRow(r)) {
          return cell;
        }
      }
    }
    throw new IllegalStateException("no cell covers row " + r + ", column " + column);
  }
}
