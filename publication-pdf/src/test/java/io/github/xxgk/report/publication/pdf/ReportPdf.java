package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a report as organs print theirs from Word: a centred title, the narrative sections, and
 * the three tables ruled cell by cell, with spanning group captions, captions wrapped in narrow
 * columns, tables running on over page breaks and page numbers in the footer. The captions come
 * from the catalogue. Needs a CJK TrueType font; the PDFs made with it are committed (the font's
 * used glyphs are embedded), so the tests that read them need no font.
 */
final class ReportPdf {
  static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  private static final float SIZE = 9;
  private static final float BODY = 12;

  private ReportPdf() {}

  static byte[] layout(AnnualReport report) throws IOException {
    return layout(report, cell -> plain(cell.value(report)), "- %d -");
  }

  /**
   * The report laid out with each value cell printing {@code printed}'s text for it (a test's
   * damage: another number, a mark, nothing) and page numbers in {@code pageNumbers}' format.
   */
  static byte[] layout(AnnualReport report, Function<Cell, String> printed, String pageNumbers)
      throws IOException {
    return layout(report, printed, pageNumbers, false);
  }

  /**
   * As {@link #layout(AnnualReport, Function, String)}, the tables drawn by their cells' shading
   * instead of ruling lines when {@code shaded} ({@link TestTable#shaded}).
   */
  static byte[] layout(
      AnnualReport report, Function<Cell, String> printed, String pageNumbers, boolean shaded)
      throws IOException {
    try (TestPdf pdf = new TestPdf()) {
      pdf.font = PDType0Font.load(pdf.document, font(), true);
      pdf.page();
      float[] y = {90};
      String title = report.organ() + report.year() + "年政府信息公开工作年度报告";
      for (String line : wrap(pdf, title, 18, 400)) {
        pdf.text((595 - pdf.width(line, 18)) / 2, y[0], 18, line);
        y[0] += 30;
      }
      section(
          pdf,
          y,
          NarrativeSection.OVERVIEW.label().zh(),
          NarrativeSection.OVERVIEW.read(report).orElse(""));
      heading(pdf, y, "二、主动公开政府信息情况");
      y[0] = shaded(disclosure(report, printed), shaded).draw(pdf, y[0]) + 30;
      heading(pdf, y, "三、收到和处理政府信息公开申请情况");
      y[0] = shaded(applications(pdf, report, printed), shaded).draw(pdf, y[0]) + 30;
      heading(pdf, y, "四、政府信息公开行政复议、行政诉讼情况");
      y[0] = shaded(cases(report, printed), shaded).draw(pdf, y[0]) + 30;
      section(
          pdf,
          y,
          NarrativeSection.PROBLEMS_AND_IMPROVEMENTS.label().zh(),
          NarrativeSection.PROBLEMS_AND_IMPROVEMENTS.read(report).orElse(""));
      section(
          pdf,
          y,
          NarrativeSection.OTHER_MATTERS.label().zh(),
          NarrativeSection.OTHER_MATTERS.read(report).orElse(""));
      return PageNumbers.add(pdf.bytes(), pageNumbers);
    }
  }

  private static TestTable shaded(TestTable table, boolean shaded) {
    table.shaded = shaded;
    return table;
  }

  /** The collection's first font, parsed once: each PDF embeds the glyphs it uses. */
  private static TrueTypeFont font;

  private static synchronized TrueTypeFont font() throws IOException {
    if (font == null) {
      List<TrueTypeFont> fonts = new ArrayList<>();
      new TrueTypeCollection(new File(FONT)).processAllFonts(fonts::add);
      font = fonts.get(0);
    }
    return font;
  }

  /** The PDF with {@code text} atop every page, as a running header of Word's. */
  static byte[] header(byte[] pdf, String text) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDType0Font headerFont = PDType0Font.load(document, font(), true);
      for (PDPage page : document.getPages()) {
        try (PDPageContentStream content =
            new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
          content.beginText();
          content.setFont(headerFont, 9);
          content.newLineAtOffset(200, page.getMediaBox().getHeight() - 40);
          content.showText(text);
          content.endText();
        }
      }
      return save(document);
    }
  }

  /** The PDF with every page's crop box cut to {@code share} of its width, from the left. */
  static byte[] cropped(byte[] pdf, float share) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        page.setCropBox(
            new PDRectangle(
                box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth() * share, box.getHeight()));
      }
      return save(document);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** A value as the model holds it, printed plainly. */
  static String plain(Number value) {
    return value instanceof java.math.BigDecimal
        ? ((java.math.BigDecimal) value).toPlainString()
        : value.toString();
  }

  private static void heading(TestPdf pdf, float[] y, String text) {
    if (y[0] > 700) {
      pdf.page();
      y[0] = 90;
    }
    pdf.text(104, y[0], BODY, text);
    y[0] += 24;
  }

  private static void section(TestPdf pdf, float[] y, String heading, String text) {
    heading(pdf, y, heading);
    for (String paragraph : text.split("\n")) {
      List<String> lines = wrap(pdf, "\u3000\u3000" + paragraph.trim(), BODY, 440);
      for (String line : lines) {
        if (y[0] > 760) {
          pdf.page();
          y[0] = 90;
        }
        pdf.text(74, y[0], BODY, line);
        y[0] += 24;
      }
    }
  }

  /** Text broken into lines no wider than {@code width}. */
  static List<String> wrap(TestPdf pdf, String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      line.append(text.charAt(i));
      if (pdf.width(line.toString(), size) > width) {
        line.setLength(line.length() - 1);
        lines.add(line.toString());
        line.setLength(0);
        line.append(text.charAt(i));
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static TestTable disclosure(AnnualReport report, Function<Cell, String> printed) {
    TestTable table = new TestTable(150, 97, 97, 97);
    table.fontSize = SIZE;
    int row = 0;
    Label group = null;
    for (DisclosureItem item : DisclosureItem.values()) {
      if (!item.groups().get(0).equals(group)) {
        group = item.groups().get(0);
        table.cell(row++, 0, 1, 4, group.zh());
        table.cell(row, 0, "信息内容");
        List<DisclosureColumn> columns = item.columns();
        if (columns.size() == 3) {
          for (int c = 0; c < 3; c++) {
            table.cell(row, c + 1, columns.get(c).label().zh());
          }
        } else {
          table.cell(row, 1, 1, 3, columns.get(0).label().zh());
        }
        row++;
      }
      table.cell(row, 0, item.label().zh());
      List<Cell> cells = new ArrayList<>();
      for (Cell cell : FormCells.all()) {
        if (cell.row() == item) {
          cells.add(cell);
        }
      }
      for (int c = 0; c < cells.size(); c++) {
        String text = printed.apply(cells.get(c));
        if (cells.size() == 3) {
          table.cell(row, c + 1, text);
        } else {
          table.cell(row, 1, 1, 3, text);
        }
      }
      row++;
    }
    return table;
  }

  private static TestTable applications(
      TestPdf pdf, AnnualReport report, Function<Cell, String> printed) {
    float[] widths = {22, 60, 130, 36, 36, 36, 36, 36, 36, 36};
    TestTable table = new TestTable(widths);
    table.fontSize = SIZE;
    table.rowHeight = 26;
    table.headerRows = 3;
    table.cell(0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）");
    table.cell(0, 3, 1, 7, "申请人情况");
    table.cell(1, 3, 2, 1, "自然人");
    table.cell(1, 4, 1, 5, "法人或其他组织");
    table.cell(1, 9, 2, 1, "总计");
    for (int c = 1; c <= 5; c++) {
      table.cell(
          2,
          3 + c,
          String.join("\n", wrap(pdf, ApplicantColumn.values()[c].label().zh(), SIZE, 30)));
    }
    ApplicationRow[] rows = ApplicationRow.values();
    for (int i = 0; i < rows.length; i++) {
      int row = 3 + i;
      List<Label> groups = rows[i].groups();
      for (int d = 0; d < groups.size(); d++) {
        boolean starts =
            i == 0
                || rows[i - 1].groups().size() <= d
                || !rows[i - 1].groups().get(d).equals(groups.get(d));
        if (starts) {
          int span = 1;
          while (i + span < rows.length
              && rows[i + span].groups().size() > d
              && rows[i + span].groups().get(d).equals(groups.get(d))) {
            span++;
          }
          table.cell(
              row,
              d,
              span,
              1,
              String.join("\n", wrap(pdf, groups.get(d).zh(), SIZE, widths[d] - 6)));
        }
      }
      float width = 0;
      for (int c = groups.size(); c < 3; c++) {
        width += widths[c];
      }
      table.cell(
          row,
          groups.size(),
          1,
          3 - groups.size(),
          String.join("\n", wrap(pdf, rows[i].label().zh(), SIZE, width - 6)));
      for (ApplicantColumn column : ApplicantColumn.values()) {
        table.cell(
            row, 3 + column.ordinal(), printed.apply(FormCells.applications(rows[i], column)));
      }
    }
    return table;
  }

  private static TestTable cases(AnnualReport report, Function<Cell, String> printed) {
    float[] widths = new float[15];
    java.util.Arrays.fill(widths, 29);
    TestTable table = new TestTable(widths);
    table.fontSize = SIZE;
    table.rowHeight = 30;
    CaseGroup[] groups = CaseGroup.values();
    table.cell(0, 0, 1, 5, groups[0].label().zh());
    table.cell(0, 5, 1, 10, "行政诉讼");
    table.cell(1, 5, 1, 5, groups[1].label().zh());
    table.cell(1, 10, 1, 5, groups[2].label().zh());
    CaseColumn[] columns = CaseColumn.values();
    for (int c = 0; c < 5; c++) {
      String caption = columns[c].label().zh();
      String wrapped = caption.substring(0, 2) + "\n" + caption.substring(2);
      table.cell(1, c, 2, 1, wrapped);
      table.cell(2, 5 + c, wrapped);
      table.cell(2, 10 + c, wrapped);
    }
    for (int g = 0; g < 3; g++) {
      for (int c = 0; c < 5; c++) {
        table.cell(3, 5 * g + c, printed.apply(FormCells.cases(groups[g], columns[c])));
      }
    }
    return table;
  }
}
