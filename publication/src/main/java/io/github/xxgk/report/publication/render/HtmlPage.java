package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.Paper;
import io.github.xxgk.report.form.PaperCell;
import io.github.xxgk.report.form.PaperTable;
import io.github.xxgk.report.model.AnnualReport;
import java.util.List;
import java.util.Optional;

/** Writes one report as the published page, laid out by the paper form of the catalogue. */
final class HtmlPage {
  /**
   * Characters of markup in a page beyond its text (about 31,800 with the stylesheet), to size the
   * buffer once.
   */
  private static final int MARKUP_ESTIMATE = 32_500;

  private static final String CHINESE = "zh-CN";

  private final HtmlRenderer options;
  private final Decoration decoration;
  private final AnnualReport report;
  private final CellText values;
  private final StringBuilder out;
  private final boolean chineseDocument;

  HtmlPage(HtmlRenderer options, Decoration decoration, AnnualReport report) {
    this.options = options;
    this.decoration = decoration;
    this.report = report;
    this.values = new CellText(report);
    this.out = Markup.builder(MARKUP_ESTIMATE + narrativeLength(report) * 11 / 10);
    this.chineseDocument = options.language().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
  }

  static int narrativeLength(AnnualReport report) {
    int length = 2 * report.organ().length();
    for (NarrativeSection section : NarrativeSection.values()) {
      length += section.read(report).map(String::length).orElse(0);
    }
    return length;
  }

  String write() {
    String title = report.organ() + Paper.title(report.year()).zh();
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Markup.html(out, options.language());
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>");
    Markup.html(out, title);
    out.append("</title>\n<style>\n").append(Stylesheet.standard());
    if (!options.stylesheet().isEmpty()) {
      out.append(options.stylesheet()).append('\n');
    }
    out.append("</style>\n</head>\n<body class=\"xxgk-report");
    if (!options.cssClass().isEmpty()) {
      out.append(' ').append(options.cssClass());
    }
    out.append("\">\n<article")
        .append(chineseDocument ? "" : " lang=\"" + CHINESE + "\"")
        .append(">\n");
    out.append("<header>\n<h1><span class=\"organ\">");
    Markup.html(out, report.organ());
    out.append("</span><span class=\"title\">");
    Markup.html(out, Paper.title(report.year()).zh());
    out.append("</span></h1>\n");
    decoration.afterTitle(out);
    out.append("</header>\n");
    narrative(NarrativeSection.OVERVIEW);
    table(FormTable.PROACTIVE_DISCLOSURE);
    table(FormTable.APPLICATIONS);
    table(FormTable.RECONSIDERATION_AND_LITIGATION);
    narrative(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
    narrative(NarrativeSection.OTHER_MATTERS);
    out.append("<footer class=\"signature\">\n<p class=\"organ\">");
    Markup.html(out, report.organ());
    out.append("</p>\n");
    Optional<java.time.LocalDate> date = report.publishedOn();
    if (date.isPresent()) {
      out.append("<p class=\"date\"><time datetime=\"").append(date.get()).append("\">");
      Markup.html(out, Paper.date(date.get()).zh());
      out.append("</time></p>\n");
    }
    out.append("</footer>\n</article>\n</body>\n</html>\n");
    return out.toString();
  }

  private void narrative(NarrativeSection section) {
    String id = section.pointer().substring(1);
    out.append("<section id=\"").append(id).append("\">\n<h2>");
    Markup.html(out, section.label().zh());
    out.append("</h2>\n");
    Optional<String> text = section.read(report);
    if (text.isPresent()) {
      for (int[] paragraph : Markup.paragraphRanges(text.get())) {
        out.append("<p>");
        decoration.paragraph(out, section.pointer(), text.get(), paragraph[0], paragraph[1]);
        out.append("</p>\n");
      }
    }
    decoration.afterSection(out, section.pointer());
    out.append("</section>\n");
  }

  private void table(FormTable form) {
    PaperTable table = Paper.table(form);
    out.append("<section id=\"").append(form.pointer().substring(1)).append("\">\n<h2>");
    Markup.html(out, form.label().zh());
    out.append("</h2>\n<div class=\"table\">\n<table class=\"form ")
        .append(form.pointer().substring(1))
        .append("\">\n<colgroup>");
    for (int c = 0; c < table.columnCount(); c++) {
      out.append("<col>");
    }
    out.append("</colgroup>\n");
    List<List<PaperCell>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      out.append(table.isHeaderRow(r) ? "<tr class=\"head\">" : "<tr>");
      for (PaperCell cell : rows.get(r)) {
        paperCell(cell);
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n</div>\n");
    decoration.afterTable(out, form);
    out.append("</section>\n");
  }

  private void paperCell(PaperCell cell) {
    switch (cell.kind()) {
      case VALUE:
        value(cell, cell.cell().get());
        return;
      case NOTE:
        open("td class=\"note\"", cell);
        break;
      case ROW_LABEL:
        open(cell.rowSpan() > 1 ? "th scope=\"rowgroup\"" : "th scope=\"row\"", cell);
        break;
      default:
        open(cell.columnSpan() > 1 ? "th scope=\"colgroup\"" : "th scope=\"col\"", cell);
    }
    Markup.html(out, cell.label().get().zh());
    out.append(cell.kind() == PaperCell.Kind.NOTE ? "</td>" : "</th>");
  }

  private void open(String tag, PaperCell cell) {
    out.append('<').append(tag);
    spans(cell);
    out.append('>');
  }

  private void spans(PaperCell cell) {
    if (cell.rowSpan() > 1) {
      out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
    }
    if (cell.columnSpan() > 1) {
      out.append(" colspan=\"").append(cell.columnSpan()).append('"');
    }
  }

  private void value(PaperCell paper, Cell cell) {
    out.append("<td id=\"cell-").append(CellText.number(cell)).append("\" class=\"v");
    switch (values.mark(cell)) {
      case BLANK:
        out.append(" blank");
        break;
      case NOT_APPLICABLE:
        out.append(" na");
        break;
      default:
    }
    String classes = decoration.classes(cell);
    if (classes != null) {
      out.append(' ').append(classes);
    }
    out.append("\" data-pointer=\"").append(cell.pointer()).append('"');
    String title = decoration.title(cell);
    if (title != null) {
      out.append(" title=\"");
      Markup.html(out, title);
      out.append('"');
    }
    spans(paper);
    out.append('>');
    values.append(out, cell);
    decoration.inCell(out, cell);
    out.append("</td>");
  }
}
