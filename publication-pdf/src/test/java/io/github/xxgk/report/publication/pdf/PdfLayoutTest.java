package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables and paragraphs recovered from PDFs laid out here with known geometry. */
class PdfLayoutTest {

  private static PdfLayout read(TestPdf pdf) {
    PdfLayout layout = PdfReportReader.create().layout(pdf.bytes());
    assertEquals(new ArrayList<>(), layout.problems());
    return layout;
  }

  /** Each row as "text|text|…" with spans noted where they are not 1x1. */
  private static List<String> rows(PdfTable table) {
    List<String> rows = new ArrayList<>();
    for (List<PdfCell> row : table.rows()) {
      StringBuilder text = new StringBuilder();
      for (PdfCell cell : row) {
        if (text.length() > 0) {
          text.append('|');
        }
        text.append(cell.text().replace('\n', '/'));
        if (cell.rowSpan() != 1 || cell.columnSpan() != 1) {
          text.append('{').append(cell.rowSpan()).append('x').append(cell.columnSpan()).append('}');
        }
      }
      rows.add(text.toString());
    }
    return rows;
  }

  private static TestTable sample() {
    return new TestTable(120, 60, 60, 60)
        .cell(0, 0, 2, 1, "Item")
        .cell(0, 1, 1, 3, "Counts")
        .cell(1, 1, "a")
        .cell(1, 2, "b")
        .cell(1, 3, "total")
        .row(2, "Regulations", "1", "2", "3")
        .row(3, "Other documents", "40", "5", "45");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 90, 180, 270})
  void aRuledTableIsReadCellByCellWithItsSpansOnAnyRotation(int rotation) {
    TestPdf pdf = new TestPdf().page(rotation);
    sample().draw(pdf, 100);
    PdfLayout layout = read(pdf);
    assertEquals(1, layout.tables().size());
    PdfTable table = layout.tables().get(0);
    assertEquals(4, table.columns());
    assertEquals(
        Arrays.asList(
            "Item{2x1}|Counts{1x3}", "a|b|total", "Regulations|1|2|3", "Other documents|40|5|45"),
        rows(table));
    assertEquals(1, table.region().page());
  }

  @Test
  void bordersDrawnAsThinFilledRectanglesAreRulingLinesToo() {
    TestPdf pdf = new TestPdf().page();
    TestTable table = sample();
    table.filledRules = true;
    table.draw(pdf, 100);
    assertEquals(
        Arrays.asList(
            "Item{2x1}|Counts{1x3}", "a|b|total", "Regulations|1|2|3", "Other documents|40|5|45"),
        rows(read(pdf).tables().get(0)));
  }

  @Test
  void aTableWithoutOuterSideBordersKeepsItsOuterColumns() {
    TestPdf pdf = new TestPdf().page();
    TestTable table = sample();
    table.openSides = true;
    table.draw(pdf, 100);
    assertEquals(
        Arrays.asList(
            "Item{2x1}|Counts{1x3}", "a|b|total", "Regulations|1|2|3", "Other documents|40|5|45"),
        rows(read(pdf).tables().get(0)));
  }

  /**
   * A table wider than the paper, as a browser prints it: its ruling lines run on past the clip of
   * the page's content and its last column is not printed (Chromium leaves out the text there). Its
   * cells are not read, and the page says why, where the last column was read empty before.
   */
  @Test
  void aTableRunningPastThePrintedAreaIsNotReadAndItsPageSaysWhy() {
    TestPdf pdf = new TestPdf().page();
    float edge = 72 + 120 + 60 + 60 + 20;
    pdf.clip(0, 0, edge, 842);
    new TestTable(120, 60, 60, 60)
        .cell(0, 0, 2, 1, "Item")
        .cell(0, 1, 1, 3, "Counts")
        .cell(1, 1, "a")
        .cell(1, 2, "b")
        .row(2, "Regulations", "1", "2")
        .row(3, "Other documents", "40", "5")
        .draw(pdf, 100);
    PdfLayout layout = PdfReportReader.create().layout(pdf.bytes());
    assertEquals(new ArrayList<>(), layout.tables());
    List<String> problems = new ArrayList<>();
    for (io.github.xxgk.report.problem.Problem problem : layout.problems()) {
      problems.add(problem.ruleId() + " page " + problem.page().orElse(0));
    }
    assertEquals(Collections.singletonList("PDF-TABLE-CLIPPED page 1"), problems);
    assertTrue(layout.hasErrors());
  }

  /** The same table with room to spare inside the clip is read as before. */
  /**
   * LibreOffice Writer's export of a table wider than the paper, centred: its lines are drawn only
   * up to the page's edge, where they end as a table's border would, and the text of its cut-off
   * columns is set beyond the edge. The table is not read, and its page says why.
   */
  @Test
  void aTableWhoseTextRunsPastThePagesEdgeIsNotRead() {
    TestPdf pdf = new TestPdf().page();
    for (float y : new float[] {100, 130, 160}) {
      pdf.line(0, y, 300, y);
    }
    for (float x : new float[] {0, 150, 300}) {
      pdf.line(x, 100, x, 160);
    }
    pdf.text(-40, 119, 9, "1. Regulations");
    pdf.text(155, 119, 9, "1");
    pdf.text(-40, 149, 9, "2. Other documents");
    pdf.text(155, 149, 9, "40");
    PdfLayout layout = PdfReportReader.create().layout(pdf.bytes());
    assertEquals(new ArrayList<>(), layout.tables());
    List<String> problems = new ArrayList<>();
    for (io.github.xxgk.report.problem.Problem problem : layout.problems()) {
      problems.add(problem.ruleId() + " page " + problem.page().orElse(0));
    }
    assertEquals(Collections.singletonList("PDF-TABLE-CLIPPED page 1"), problems);
  }

  @Test
  void aTableInsideThePrintedAreaIsRead() {
    TestPdf pdf = new TestPdf().page();
    pdf.clip(36, 36, 560, 806);
    sample().draw(pdf, 100);
    assertEquals(
        Arrays.asList(
            "Item{2x1}|Counts{1x3}", "a|b|total", "Regulations|1|2|3", "Other documents|40|5|45"),
        rows(read(pdf).tables().get(0)));
  }

  @Test
  void aLabelWrappedOverTwoLinesStaysOneCellAndNumbersOffItsBaselineStayInTheirCells() {
    TestPdf pdf = new TestPdf().page();
    TestTable table = new TestTable(150, 60, 60).row(0, "Label", "x", "y");
    table.rowHeight = 40;
    table.cell(1, 0, "A long label that\nwraps onto a second line").cell(1, 1, "").cell(1, 2, "");
    table.draw(pdf, 100);
    // the numbers of row 1, printed 3 points above and 2 below the label's middle
    pdf.text(72 + 150 + 3, 100 + 40 + 20 + 3 - 3, 9, "12");
    pdf.text(72 + 210 + 3, 100 + 40 + 20 + 3 + 2, 9, "7");
    assertEquals(
        Arrays.asList("Label|x|y", "A long label that/wraps onto a second line|12|7"),
        rows(read(pdf).tables().get(0)));
  }

  @Test
  void aTableAcrossAPageBreakIsOneTableAndPageNumbersAreDropped() {
    TestPdf pdf = new TestPdf().page();
    TestTable table = new TestTable(150, 60, 60).row(0, "Row", "n", "m");
    for (int r = 1; r <= 60; r++) {
      table.row(r, "row " + r, Integer.toString(r), Integer.toString(2 * r));
    }
    float end = table.draw(pdf, 300);
    pdf.text(60, end + 30, 12, "After the table.");
    // page numbers as printed by Word and by portals
    PdfLayout layout = PdfReportReader.create().layout(withFooters(pdf, "- %d -", "Page %d of 3"));
    assertEquals(Collections.emptyList(), layout.problems());
    List<PdfTable> tables = layout.tables();
    assertEquals(1, tables.size());
    List<String> rows = rows(tables.get(0));
    assertEquals(61, rows.size());
    for (int r = 1; r <= 60; r++) {
      assertEquals("row " + r + "|" + r + "|" + 2 * r, rows.get(r));
    }
    assertEquals(1, tables.get(0).region().page());
    assertEquals(3, tables.get(0).lastPage());
    for (PdfBlock block : layout.blocks()) {
      if (block instanceof PdfParagraph) {
        assertFalse(((PdfParagraph) block).text().contains("Page"), block.toString());
        assertFalse(((PdfParagraph) block).text().matches(".*- \\d -.*"), block.toString());
      }
    }
    assertTrue(layout.blocks().get(layout.blocks().size() - 1) instanceof PdfParagraph);
  }

  private static byte[] withFooters(TestPdf pdf, String bottom, String top) {
    int pages = pdf.document.getNumberOfPages();
    byte[] bytes = pdf.bytes();
    try (TestPdf again = new TestPdf()) {
      // the footers are drawn on a copy so that the table's own drawing stays as it was
      org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes);
      for (int i = 0; i < pages; i++) {
        org.apache.pdfbox.pdmodel.PDPage page = document.getPage(i);
        try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
            new org.apache.pdfbox.pdmodel.PDPageContentStream(
                document,
                page,
                org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND,
                false)) {
          content.beginText();
          content.setFont(TestPdf.HELVETICA, 10);
          content.newLineAtOffset(280, 30);
          content.showText(String.format(bottom, i + 1));
          content.endText();
          content.beginText();
          content.setFont(TestPdf.HELVETICA, 10);
          content.newLineAtOffset(450, 810);
          content.showText(String.format(top, i + 1));
          content.endText();
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aHeaderRepeatedOnTheNextPageIsDroppedAndACutSpanningLabelIsOneCell() {
    TestPdf pdf = new TestPdf().page();
    TestTable table = new TestTable(60, 150, 60).cell(0, 0, 1, 2, "Row").cell(0, 2, "n");
    table.headerRows = 1;
    table.repeatHeader = true;
    table.cell(1, 0, 6, 1, "Group");
    for (int r = 1; r <= 6; r++) {
      table.cell(r, 1, "item " + r).cell(r, 2, Integer.toString(r));
    }
    table.breaksAfter.add(3);
    table.draw(pdf, 100);
    List<PdfTable> tables = read(pdf).tables();
    assertEquals(1, tables.size());
    assertEquals(
        Arrays.asList(
            "Row{1x2}|n",
            "Group{6x1}|item 1|1",
            "item 2|2",
            "item 3|3",
            "item 4|4",
            "item 5|5",
            "item 6|6"),
        rows(tables.get(0)));
  }

  /**
   * A browser's print of table 三 on small paper: a page holds only the middle of two nested
   * spanning columns ("三、本年度办理结果" around "（三）不予公开"), left open at the breaks, so that no horizontal
   * line meets either column's outer border there. Both borders are the table's, or the page's part
   * loses two columns and its rows are no longer those of the parts around it.
   */
  @Test
  void aPageHoldingOnlyTheMiddleOfTwoNestedSpanningColumnsKeepsBoth() {
    TestPdf pdf = new TestPdf().page();
    TestTable table = new TestTable(50, 50, 120, 60).cell(0, 0, 1, 3, "Row").cell(0, 3, "n");
    table.openCuts = true;
    table.cell(1, 0, 12, 1, "Outer").cell(1, 1, "solo").cell(2, 1, 11, 1, "Inner");
    for (int r = 1; r <= 12; r++) {
      table.cell(r, 2, "item " + r).cell(r, 3, Integer.toString(r));
    }
    table.breaksAfter.add(3);
    table.breaksAfter.add(7);
    table.draw(pdf, 100);
    List<PdfTable> tables = read(pdf).tables();
    assertEquals(1, tables.size());
    List<String> expected = new ArrayList<>();
    expected.add("Row{1x3}|n");
    expected.add("Outer{12x1}|solo|item 1|1");
    expected.add("Inner{11x1}|item 2|2");
    for (int r = 3; r <= 12; r++) {
      expected.add("item " + r + "|" + r);
    }
    assertEquals(expected, rows(tables.get(0)));
  }

  @Test
  void aBlankCellAtTheTopOfAPageUnderAWordAtTheBottomOfThePreviousStaysItsOwnCell() {
    TestPdf pdf = new TestPdf().page();
    TestTable table = new TestTable(150, 60, 60).row(0, "Row", "n", "m");
    table.row(1, "first", "1", "none");
    table.row(2, "second", "2", "");
    table.breaksAfter.add(1);
    table.draw(pdf, 100);
    assertEquals(
        Arrays.asList("Row|n|m", "first|1|none", "second|2|"), rows(read(pdf).tables().get(0)));
  }

  @Test
  void linesFormParagraphsAndAParagraphGoesOnOverAPageBreak() {
    TestPdf pdf = new TestPdf().page();
    float size = 12;
    // justified lines: each ends at the right margin, set by the widest of them
    float right = 96 + pdf.width("This paragraph starts indented and runs", size) + 1;
    pdf.text(72, 100, size, "Heading");
    pdf.justified(96, 120, size, "This paragraph starts indented and runs", right);
    pdf.justified(72, 140, size, "over a second full line of text that is", right);
    pdf.text(72, 160, size, "the end.");
    // a paragraph whose last full line is the last of page 1
    pdf.justified(96, 700, size, "Another paragraph begins and then fills", right);
    pdf.justified(72, 720, size, "the line up to the margin of the page as", right);
    pdf.page();
    pdf.text(72, 100, size, "it ends on the next page.");
    pdf.justified(96, 140, size, "A new paragraph on the next page starts", right);
    List<PdfBlock> blocks = read(pdf).blocks();
    List<String> texts = new ArrayList<>();
    for (PdfBlock block : blocks) {
      texts.add(((PdfParagraph) block).text());
    }
    assertEquals(
        Arrays.asList(
            "Heading",
            "This paragraph starts indented and runsover a second full line of text that isthe end.",
            "Another paragraph begins and then fillsthe line up to the margin of the page asit ends on the next page.",
            "A new paragraph on the next page starts"),
        texts);
    assertEquals(1, blocks.get(2).region().page());
    assertEquals(2, blocks.get(3).region().page());
  }

  /**
   * A browser's print that puts the signature alone on the last page: the organ's line, set flush
   * right, is the leftmost line of its page, but the text block's margin is the document's, so it
   * is indented and no continuation of the full last line of the page before (where it was read
   * into section 六's text).
   */
  @Test
  void aSignatureAloneOnTheLastPageIsNoContinuationOfTheParagraphBefore() {
    TestPdf pdf = new TestPdf().page();
    float size = 12;
    float right = 96 + pdf.width("This paragraph starts indented and runs", size) + 1;
    pdf.text(72, 100, size, "Heading");
    pdf.justified(96, 120, size, "This paragraph starts indented and runs", right);
    pdf.justified(72, 140, size, "over a second full line of text that is", right);
    pdf.justified(72, 700, size, "Its last line fills the line up to right", right);
    pdf.page();
    String organ = "The Organ";
    pdf.text(right - pdf.width(organ, size), 100, size, organ);
    pdf.text(right - pdf.width("2024-01-11", size), 120, size, "2024-01-11");
    List<String> texts = new ArrayList<>();
    for (PdfBlock block : read(pdf).blocks()) {
      texts.add(((PdfParagraph) block).text());
    }
    assertEquals(
        Arrays.asList(
            "Heading",
            "This paragraph starts indented and runsover a second full line of text that is",
            "Its last line fills the line up to right",
            organ,
            "2024-01-11"),
        texts);
  }

  /**
   * A heading at the top of a page, in a larger font than the full last line of the page before,
   * starts a paragraph: it was read as the end of the paragraph above (section 六's heading inside
   * section 五's text in a print with a large font).
   */
  @Test
  void aHeadingInALargerFontAtTheTopOfAPageStartsAParagraph() {
    TestPdf pdf = new TestPdf().page();
    float size = 12;
    float right = 96 + pdf.width("This paragraph starts indented and runs", size) + 1;
    pdf.justified(96, 680, size, "This paragraph starts indented and runs", right);
    pdf.justified(72, 700, size, "over a second full line of text that is", right);
    pdf.page();
    pdf.text(72, 100, 15, "Six. Other matters");
    pdf.justified(96, 130, size, "A new paragraph on the next page starts", right);
    List<String> texts = new ArrayList<>();
    for (PdfBlock block : read(pdf).blocks()) {
      texts.add(((PdfParagraph) block).text());
    }
    assertEquals(
        Arrays.asList(
            "This paragraph starts indented and runsover a second full line of text that is",
            "Six. Other matters",
            "A new paragraph on the next page starts"),
        texts);
  }

  /**
   * Writer's export of a page whose paragraphs are set apart by spacing, not indents: a full line
   * that ends a paragraph is followed, a little further down than the lines of a paragraph, by the
   * next one (section 六's text and the organ's line of the signature below it, read as one), or by
   * a heading in a larger font right under it.
   */
  @Test
  void paragraphSpacingOrALargerFontStartsAParagraphUnderAFullLine() {
    TestPdf pdf = new TestPdf().page();
    float size = 12;
    float right = 72 + pdf.width("This paragraph is not indented and runs", size) + 1;
    pdf.justified(72, 100, size, "This paragraph is not indented and runs", right);
    pdf.justified(72, 116, size, "over a second full line of text that is", right);
    pdf.text(72, 139, 15, "Six. Other matters");
    pdf.justified(72, 162, size, "One line that fills the whole width too", right);
    pdf.text(72, 185, size, "The Organ");
    pdf.text(72, 208, size, "2024-01-11");
    List<String> texts = new ArrayList<>();
    for (PdfBlock block : read(pdf).blocks()) {
      texts.add(((PdfParagraph) block).text());
    }
    assertEquals(
        Arrays.asList(
            "This paragraph is not indented and runsover a second full line of text that is",
            "Six. Other matters",
            "One line that fills the whole width too",
            "The Organ",
            "2024-01-11"),
        texts);
  }

  /**
   * The font size is the one printed, in points: Chromium sets 12 pt text as a 16 px font under a
   * 0.75 scale (PDFBox's own size said 16), and Word's 10.5 pt (五号) was rounded down to 10.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theFontSizeIsThePrintedOneInPoints(boolean inPixels) throws java.io.IOException {
    TestPdf pdf = new TestPdf().page();
    pdf.inPixels = inPixels;
    pdf.text(72, 100, 12, "Twelve");
    pdf.text(72, 130, 10.5f, "Ten and a half");
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      PageGeometry page = new PageCollector(PdfLimits.defaults()).read(document, 1);
      List<Float> sizes = new ArrayList<>();
      for (Glyph glyph : page.glyphs) {
        if (!sizes.contains(glyph.fontSize)) {
          sizes.add(glyph.fontSize);
        }
      }
      assertEquals(2, sizes.size(), sizes::toString);
      assertEquals(12f, sizes.get(0), 0.01f);
      assertEquals(10.5f, sizes.get(1), 0.01f);
    }
  }

  /**
   * A first line indented by a little over one font size starts a paragraph under a full line in a
   * browser's print as in any other: measured in the pixels' font size, 4/3 of the printed one, the
   * indent was too small to count and the two paragraphs were one.
   */
  @Test
  void aBrowsersPrintIsMeasuredInPrintedFontSizes() {
    TestPdf pdf = new TestPdf().page();
    pdf.inPixels = true;
    float size = 12;
    float right = 90 + pdf.width("This paragraph starts indented and runs", size) + 1;
    pdf.justified(90, 100, size, "This paragraph starts indented and runs", right);
    pdf.justified(72, 116, size, "over a second full line of text that is", right);
    pdf.justified(90, 132, size, "Another paragraph begins and then fills", right);
    pdf.text(72, 148, size, "the end.");
    List<String> texts = new ArrayList<>();
    for (PdfBlock block : read(pdf).blocks()) {
      texts.add(((PdfParagraph) block).text());
    }
    assertEquals(
        Arrays.asList(
            "This paragraph starts indented and runsover a second full line of text that is",
            "Another paragraph begins and then fillsthe end."),
        texts);
  }

  /**
   * Chromium's header and footer on a print of one page, where they repeat on no other page: the
   * time of printing beside the page's title, the page's address beside "1/1", printed smaller than
   * the text. A line in the text's own size that is an address or a date stays, even as the page's
   * first or last line.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aBrowsersHeaderAndFooterOnAOnePagePrintAreDropped(boolean stampsInTextSize) {
    TestPdf pdf = new TestPdf().page();
    pdf.inPixels = true;
    float stamp = stampsInTextSize ? 12 : 8;
    pdf.text(18, 17, stamp, "12/1/26, 10:43 AM");
    pdf.text(200, 17, stamp, "Annual report of the office");
    float right = 96 + pdf.width("This paragraph starts indented and runs", 12) + 1;
    pdf.justified(96, 100, 12, "This paragraph starts indented and runs", right);
    pdf.justified(72, 116, 12, "over a second full line of text that is", right);
    pdf.justified(72, 132, 12, "followed by a third full line of it and", right);
    pdf.text(72, 148, 12, "the end.");
    pdf.text(18, 822, stamp, "file:///C:/Users/report.html");
    pdf.text(540, 822, stamp, "1/1");
    List<String> texts = new ArrayList<>();
    for (PdfBlock block : read(pdf).blocks()) {
      texts.add(((PdfParagraph) block).text());
    }
    if (stampsInTextSize) {
      assertEquals("12/1/26, 10:43 AM\tAnnual report of the office", texts.get(0));
      assertEquals("file:///C:/Users/report.html\t1/1", texts.get(texts.size() - 1));
    } else {
      assertEquals(
          Collections.singletonList(
              "This paragraph starts indented and runsover a second full line of text that is"
                  + "followed by a third full line of it andthe end."),
          texts);
    }
  }

  /** What a browser stamps on its prints, and what a report's own lines look like. */
  @Test
  void printStampsAreTheTimeOfPrintingTheAddressAndThePageNumber() {
    for (String stamp :
        Arrays.asList(
            "12/1/26, 10:43\u202FAM\t平潭综合实验区财政金融局2024年度政府信息公开工作年度报告",
            "2026/12/1 10:43",
            "2026-12-01 下午10:43",
            "\uFB01le:///tmp/report.html\t1/1",
            "https://www.pingtan.gov.cn/zwgk/art_1.html")) {
      assertTrue(PageFurniture.hasStamp(stamp), stamp);
    }
    for (String text :
        Arrays.asList(
            "2024年1月30日",
            "2024-01-30",
            "发布时间：2025-01-23 16:43来源：区财政金融局",
            "网址：https://www.pingtan.gov.cn",
            "平潭综合实验区财政金融局")) {
      assertFalse(PageFurniture.hasStamp(text), text);
    }
  }

  /**
   * A signature set flush right, its date's line reaching the right margin, and a line at the left
   * margin under it (a portal's footer printed with the page): the date ends its paragraph.
   */
  @Test
  void aLineSetFlushRightIsAParagraphOfItsOwn() {
    TestPdf pdf = new TestPdf().page();
    float size = 12;
    float right = 96 + pdf.width("This paragraph starts indented and runs", size) + 1;
    pdf.justified(96, 100, size, "This paragraph starts indented and runs", right);
    pdf.justified(72, 116, size, "over a second full line of text that is", right);
    pdf.text(72, 132, size, "the end.");
    pdf.text(right - pdf.width("The Office of Records", size), 148, size, "The Office of Records");
    pdf.text(right - pdf.width("23 January 2025", size), 164, size, "23 January 2025");
    pdf.justified(72, 180, size, "Site code 3590000001, all rights reserved", right);
    List<String> texts = new ArrayList<>();
    for (PdfBlock block : read(pdf).blocks()) {
      texts.add(((PdfParagraph) block).text());
    }
    assertEquals(
        Arrays.asList(
            "This paragraph starts indented and runsover a second full line of text that isthe end.",
            "The Office of Records",
            "23 January 2025",
            "Site code 3590000001, all rights reserved"),
        texts);
  }

  @Test
  void wordsFarApartOnALineAreSeparatedByATab() {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 10, "Regulations");
    pdf.text(300, 100, 10, "3");
    pdf.text(400, 100, 10, "4");
    List<PdfBlock> blocks = read(pdf).blocks();
    assertEquals(Arrays.asList("Regulations\t3\t4"), ((PdfParagraph) blocks.get(0)).lines());
  }

  @Test
  void aGlyphPrintedTwiceOverItselfIsReadOnce() {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "Bold");
    pdf.text(72.3f, 100, 12, "Bold");
    assertEquals(Arrays.asList("Bold"), ((PdfParagraph) read(pdf).blocks().get(0)).lines());
  }
}
