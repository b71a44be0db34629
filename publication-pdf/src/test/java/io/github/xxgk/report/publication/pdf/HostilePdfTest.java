package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken PDFs end in located problems of the documented rules, never an exception,
 * within the reader's limits. The timeout only keeps a hang from blocking the build; speed is
 * measured in bench/.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePdfTest {

  private static List<String> rules(PdfLayout layout) {
    List<String> rules = new ArrayList<>();
    for (Problem problem : layout.problems()) {
      rules.add(
          problem.ruleId() + (problem.page().isPresent() ? "@" + problem.page().getAsInt() : ""));
    }
    return rules;
  }

  @Test
  void bytesThatAreNotAPdfAreUnreadable() {
    for (String text : new String[] {"", "<html><body>report</body></html>", "%PDF-1.7\n%%EOF"}) {
      PdfLayout layout = PdfReportReader.create().layout(text.getBytes(StandardCharsets.UTF_8));
      assertEquals(Arrays.asList("PDF-UNREADABLE"), rules(layout), text);
      assertEquals(0, layout.pages());
      assertTrue(layout.blocks().isEmpty());
    }
  }

  @Test
  void aPdfIsDetectedByItsHeaderNotByItsName() throws IOException {
    assertTrue(PdfReportReader.isPdf(HongzeReportTest.resource("hongze-2023.pdf")));
    assertTrue(
        PdfReportReader.isPdf(
            "\r\n  %PDF-1.4 junk before the header".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(PdfReportReader.isPdf("<html>%PDF</html>".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(PdfReportReader.isPdf(new byte[0]));
    byte[] late = new byte[2000];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, late, 1500, 8);
    assertFalse(PdfReportReader.isPdf(late));
  }

  @Test
  void aTruncatedOrCorruptedReportEndsInProblemsOrIsRepaired() throws IOException {
    byte[] pdf = HongzeReportTest.resource("hongze-2023.pdf");
    for (int cut : new int[] {pdf.length / 10, pdf.length / 2, pdf.length - 100}) {
      PdfLayout layout = PdfReportReader.create().layout(Arrays.copyOf(pdf, cut));
      // PDFBox repairs what it can; whatever it cannot read is a problem, never an exception
      assertTrue(
          layout.pages() == 0 ? layout.hasErrors() : layout.pages() <= 5, rules(layout)::toString);
    }
    byte[] scrambled = pdf.clone();
    for (int i = 2000; i < scrambled.length; i += 997) {
      scrambled[i] ^= 0x5A;
    }
    PdfLayout layout = PdfReportReader.create().layout(scrambled);
    assertTrue(layout.hasErrors() || !layout.blocks().isEmpty(), rules(layout)::toString);
  }

  @Test
  void aBrokenCrossReferenceTableIsRepairedByPdfBoxAndTheReportStillRead() throws IOException {
    byte[] pdf = HongzeReportTest.resource("hongze-2023.pdf");
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int startxref = text.lastIndexOf("startxref");
    assertTrue(startxref > 0);
    // point startxref at nonsense: the parser must rebuild the cross references by scanning
    String broken = text.substring(0, startxref) + "startxref\n999999999\n%%EOF\n";
    PdfReadResult result =
        PdfReportReader.create().read(broken.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(new ArrayList<>(), result.pdfProblems());
    assertEquals(3, result.layout().tables().size());
  }

  @Test
  void anEncryptedPdfWithoutThePasswordIsOneProblem() throws IOException {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "secret report");
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("owner", "user", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    pdf.document.protect(policy);
    PdfLayout layout = PdfReportReader.create().layout(pdf.bytes());
    assertEquals(Arrays.asList("PDF-ENCRYPTED"), rules(layout));
  }

  @Test
  void aPdfEncryptedOnlyAgainstCopyingIsRead() throws IOException {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "published report");
    AccessPermission permission = new AccessPermission();
    permission.setCanExtractContent(false);
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", permission);
    pdf.document.protect(policy);
    PdfLayout layout = PdfReportReader.create().layout(pdf.bytes());
    assertEquals(new ArrayList<>(), rules(layout));
    assertEquals("published report", ((PdfParagraph) layout.blocks().get(0)).text());
  }

  @Test
  void aScannedReportIsOneClearProblemAndNoReading() throws IOException {
    TestPdf pdf = new TestPdf().page();
    BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
    PDImageXObject image = LosslessFactory.createFromImage(pdf.document, scan);
    pdf.page();
    try (PDPageContentStream content =
        new PDPageContentStream(pdf.document, pdf.document.getPage(1))) {
      content.drawImage(image, 0, 0, 595, 842);
    }
    PdfReadResult result = PdfReportReader.create().read(pdf.bytes());
    assertEquals(Arrays.asList("PDF-NO-TEXT-LAYER"), rules(result.layout()));
    assertFalse(result.reading().isPresent());
    assertTrue(result.hasErrors());
    assertTrue(result.pdfProblems().get(0).message(java.util.Locale.ENGLISH).contains("OCR"));
  }

  /**
   * A scanned report made searchable by OCR: the scan as an image, the text OCR guessed from it
   * laid over it invisibly. The guesses are not read (a misread digit would be a wrong cell); each
   * such page says why, and there is no reading, not a report of every table missing.
   */
  @Test
  void aScanWithAnInvisibleOcrTextLayerIsNotReadAndSaysWhy() throws IOException {
    TestPdf pdf = new TestPdf().page();
    BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
    PDImageXObject image = LosslessFactory.createFromImage(pdf.document, scan);
    pdf.page();
    try (PDPageContentStream content =
        new PDPageContentStream(
            pdf.document, pdf.document.getPage(1), PDPageContentStream.AppendMode.APPEND, false)) {
      content.drawImage(image, 0, 0, 595, 842);
    }
    pdf.invisible = true;
    pdf.text(72, 100, 12, "Regulations 1 0 8");
    pdf.text(72, 120, 12, "Other documents 40 5 45");
    PdfReadResult result = PdfReportReader.create().read(pdf.bytes());
    assertEquals(Arrays.asList("PDF-TEXT-INVISIBLE@2"), rules(result.layout()));
    assertTrue(
        result.pdfProblems().get(0).message(java.util.Locale.ENGLISH).contains("40 characters"),
        result.pdfProblems()::toString);
    assertEquals(new ArrayList<>(), result.layout().blocks());
    assertFalse(result.reading().isPresent());
    assertTrue(result.hasErrors());
  }

  @Test
  void aFontWithoutAUsableUnicodeMapIsAnErrorNamingThePageAndItsTextIsNotGuessed()
      throws IOException {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "Page one is readable");
    pdf.page();
    pdf.text(72, 100, 12, "Page two");
    byte[] bytes = pdf.bytes();
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      PDPage page = document.getPage(1);
      PDResources resources = page.getResources();
      resources.getCOSObject().setItem(COSName.FONT, fonts(resources, "F9", type3Font(document)));
      appendContent(document, page, "BT /F9 12 Tf 72 600 Td (ABBA) Tj ET");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      bytes = out.toByteArray();
    }
    PdfLayout layout = PdfReportReader.create().layout(bytes);
    assertEquals(Arrays.asList("PDF-FONT-UNMAPPED@2"), rules(layout));
    assertTrue(layout.problems().get(0).message(java.util.Locale.ENGLISH).contains("4 glyphs"));
    for (PdfBlock block : layout.blocks()) {
      assertFalse(((PdfParagraph) block).text().contains("AB"), block.toString());
    }
  }

  /**
   * A page of 100 000 nested clips ("q 0 0 500 500 re W n", never restored before the end) and
   * thousands of ruling lines: the printed area is one rectangle per saved state, where PDFBox's
   * clipping paths, copied with every clip in force at each new one, ran out of memory.
   */
  /**
   * Text whose matrix skews it billions of points down the page (the title's text matrix of a
   * generated report damaged, "1 -1e9 0 1 97.664 … Tm": found by mutating content streams at
   * random) has a position past any int: it was an IllegalArgumentException from making the
   * position.
   */
  @Test
  void textSkewedFarDownThePageIsPlacedWithoutAnException() throws IOException {
    for (float skew : new float[] {-1e9f, -1e30f, Float.NEGATIVE_INFINITY}) {
      byte[] bytes;
      try (PDDocument document =
          org.apache.pdfbox.Loader.loadPDF(GeneratedReportPdfTest.resource("report-5.pdf"))) {
        org.apache.pdfbox.pdmodel.PDPage page = document.getPage(0);
        List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
        int matrix = 0;
        while (!(tokens.get(matrix) instanceof org.apache.pdfbox.contentstream.operator.Operator)
            || !((org.apache.pdfbox.contentstream.operator.Operator) tokens.get(matrix))
                .getName()
                .equals("Tm")) {
          matrix++;
        }
        tokens.set(matrix - 5, new org.apache.pdfbox.cos.COSFloat(skew));
        org.apache.pdfbox.pdmodel.common.PDStream stream =
            new org.apache.pdfbox.pdmodel.common.PDStream(document);
        try (java.io.OutputStream out = stream.createOutputStream()) {
          new org.apache.pdfbox.pdfwriter.ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        bytes = out.toByteArray();
      }
      PdfReadResult result = PdfReportReader.create().read(bytes);
      assertTrue(
          result.report().isPresent() || result.hasErrors(), () -> result.pdfProblems().toString());
    }
  }

  @Test
  void aPageOfNestedClipsIsReadInBoundedMemory() throws IOException {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "published report");
    byte[] bytes = pdf.bytes();
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      content.append("q 0 0 500 500 re W n ");
    }
    for (int i = 0; i < 3000; i++) {
      content.append("10 ").append(i % 700).append(" 300 0.5 re f ");
    }
    for (int i = 0; i < 100_000; i++) {
      content.append("Q ");
    }
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      appendContent(document, document.getPage(0), content.toString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      bytes = out.toByteArray();
    }
    PdfLayout layout = PdfReportReader.create().layout(bytes);
    assertEquals(new ArrayList<>(), rules(layout));
    assertEquals("published report", ((PdfParagraph) layout.blocks().get(0)).text());
  }

  /**
   * The private-use U+F0B7 is a list bullet only in a symbol font (Symbol, Wingdings, OpenSymbol
   * map their glyphs so, and it is read as "•"); in any other font it is what a broken or fake
   * ToUnicode map yields, and the page is refused, never read with a guess.
   */
  @Test
  void aPrivateUseCodeIsABulletInASymbolFontAndUnmappedInAnyOther() throws IOException {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "Page one");
    pdf.page();
    pdf.text(72, 100, 12, "Page two");
    byte[] bytes = pdf.bytes();
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      String[] names = {"OpenSymbol", "FZFangSong-Z02"};
      for (int p = 0; p < 2; p++) {
        PDPage page = document.getPage(p);
        PDResources resources = page.getResources();
        COSDictionary font = type3Font(document);
        font.setItem(COSName.NAME, COSName.getPDFName(names[p]));
        font.setItem(COSName.TO_UNICODE, privateUseToUnicode(document));
        resources.getCOSObject().setItem(COSName.FONT, fonts(resources, "F9", font));
        appendContent(document, page, "BT /F9 12 Tf 72 600 Td (A) Tj ET");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      bytes = out.toByteArray();
    }
    PdfLayout layout = PdfReportReader.create().layout(bytes);
    assertEquals(Arrays.asList("PDF-FONT-UNMAPPED@2"), rules(layout));
    assertTrue(
        layout.problems().get(0).message(java.util.Locale.ENGLISH).contains("FZFangSong-Z02"));
    StringBuilder text = new StringBuilder();
    for (PdfBlock block : layout.blocks()) {
      text.append(((PdfParagraph) block).text()).append('|');
    }
    // the bullet of page 1 read, the unmapped glyph of page 2 not
    assertEquals("Page one•|Page two|", text.toString());
  }

  /** A ToUnicode map taking the code of "A" to the private-use U+F0B7 (Symbol's bullet). */
  private static COSStream privateUseToUnicode(PDDocument document) throws IOException {
    COSStream stream = document.getDocument().createCOSStream();
    try (java.io.OutputStream out = stream.createOutputStream()) {
      out.write(
          ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /PU def"
                  + " /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange"
                  + " 1 beginbfchar <41> <F0B7> endbfchar endcmap"
                  + " CMapName currentdict /CMap defineresource pop end end")
              .getBytes(StandardCharsets.US_ASCII));
    }
    return stream;
  }

  private static COSDictionary fonts(PDResources resources, String name, COSDictionary font) {
    COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
    if (fonts == null) {
      fonts = new COSDictionary();
    }
    fonts.setItem(COSName.getPDFName(name), font);
    return fonts;
  }

  /** Adds a compressed content stream after the page's own. */
  private static void appendContent(PDDocument document, PDPage page, String content)
      throws IOException {
    COSStream stream = document.getDocument().createCOSStream();
    try (java.io.OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(content.getBytes(StandardCharsets.US_ASCII));
    }
    COSArray contents = new COSArray();
    org.apache.pdfbox.cos.COSBase old = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (old instanceof COSStream) {
      contents.add(old);
    } else if (old instanceof COSArray) {
      contents.addAll((COSArray) old);
    }
    contents.add(stream);
    page.getCOSObject().setItem(COSName.CONTENTS, contents);
  }

  /** A Type 3 font whose glyphs are named g1, g2: no Unicode can be derived from them. */
  private static COSDictionary type3Font(PDDocument document) throws IOException {
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
    font.setItem(COSName.FONT_BBOX, array(0, 0, 1000, 1000));
    COSArray matrix = new COSArray();
    for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
      matrix.add(new COSFloat(v));
    }
    font.setItem(COSName.FONT_MATRIX, matrix);
    COSDictionary procs = new COSDictionary();
    for (String name : new String[] {"g1", "g2"}) {
      COSStream proc = document.getDocument().createCOSStream();
      try (java.io.OutputStream out = proc.createOutputStream()) {
        out.write("600 0 0 0 500 700 d1 0 0 500 700 re f".getBytes(StandardCharsets.US_ASCII));
      }
      procs.setItem(COSName.getPDFName(name), proc);
    }
    font.setItem(COSName.CHAR_PROCS, procs);
    COSDictionary encoding = new COSDictionary();
    encoding.setItem(COSName.TYPE, COSName.ENCODING);
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(65));
    differences.add(COSName.getPDFName("g1"));
    differences.add(COSName.getPDFName("g2"));
    encoding.setItem(COSName.DIFFERENCES, differences);
    font.setItem(COSName.ENCODING, encoding);
    font.setInt(COSName.FIRST_CHAR, 65);
    font.setInt(COSName.LAST_CHAR, 66);
    font.setItem(COSName.WIDTHS, array(600, 600));
    font.setItem(COSName.RESOURCES, new PDResources().getCOSObject());
    return font;
  }

  private static COSArray array(int... values) {
    COSArray array = new COSArray();
    for (int v : values) {
      array.add(COSInteger.get(v));
    }
    return array;
  }

  @Test
  void aPageWithAMillionGlyphsIsRefusedWithinTheLimit() throws IOException {
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "The first page is fine.");
    pdf.page();
    byte[] bytes = pdf.bytes();
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      PDPage page = document.getPage(1);
      PDResources resources = page.getResources();
      resources
          .getCOSObject()
          .setItem(COSName.FONT, fonts(resources, "F1", TestPdf.HELVETICA.getCOSObject()));
      StringBuilder content = new StringBuilder("BT /F1 1 Tf 72 700 Td ");
      for (int i = 0; i < 10_000; i++) {
        content.append('(').append(repeat('x', 100)).append(")Tj ");
      }
      content.append("ET");
      appendContent(document, page, content.toString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      bytes = out.toByteArray();
    }
    PdfLayout layout = PdfReportReader.create().layout(bytes);
    assertEquals(Arrays.asList("PDF-LIMIT@2"), rules(layout));
    assertTrue(
        layout.problems().get(0).message(java.util.Locale.ENGLISH).contains("100000 glyphs"));
    assertEquals("The first page is fine.", ((PdfParagraph) layout.blocks().get(0)).text());
  }

  private static String repeat(char c, int n) {
    char[] chars = new char[n];
    Arrays.fill(chars, c);
    return new String(chars);
  }

  @Test
  void aFileOfThousandsOfPagesIsReadUpToThePageLimit() throws IOException {
    TestPdf pdf = new TestPdf();
    for (int i = 0; i < 1000; i++) {
      pdf.page();
    }
    pdf.text(72, 100, 12, "last");
    PdfLayout layout =
        PdfReportReader.withLimits(PdfLimits.defaults().withMaxPages(100)).layout(pdf.bytes());
    assertEquals(Arrays.asList("PDF-LIMIT"), rules(layout));
    assertEquals(1000, layout.pages());
    assertTrue(layout.problems().get(0).message(java.util.Locale.ENGLISH).contains("1000 pages"));
  }

  @Test
  void deeplyNestedObjectsEndInAProblem() {
    for (String nested : new String[] {repeat('[', 200_000), nestedDictionaries(100_000)}) {
      byte[] pdf = handMade("/Nest " + nested);
      PdfLayout layout = PdfReportReader.create().layout(pdf);
      // either PDFBox's own depth limits stop it, or the page or file is refused: never an
      // exception
      assertTrue(layout.hasErrors() || layout.pages() == 1, rules(layout)::toString);
    }
    byte[] deepContent = handMadeContent(repeat('[', 200_000));
    PdfLayout layout = PdfReportReader.create().layout(deepContent);
    assertTrue(layout.hasErrors(), rules(layout)::toString);
  }

  private static String nestedDictionaries(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append("<</A ");
    }
    return text.toString();
  }

  /** A one-page PDF written byte by byte, with {@code extra} in the page dictionary. */
  private static byte[] handMade(String extra) {
    return assemble(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + extra + " >>");
  }

  /** A one-page PDF whose content stream is {@code content}. */
  private static byte[] handMadeContent(String content) {
    return assemble(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
  }

  private static byte[] assemble(String... objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws IOException {
    PdfReportReader reader = PdfReportReader.withLimits(PdfLimits.defaults().withMaxBytes(1000));
    byte[] pdf = HongzeReportTest.resource("hongze-2023.pdf");
    assertEquals(Arrays.asList("PDF-LIMIT"), rules(reader.layout(pdf)));
    assertEquals(
        Arrays.asList("PDF-LIMIT"), rules(reader.layout(new java.io.ByteArrayInputStream(pdf))));
  }

  @Test
  void streamsLargerThanTheMemoryLimitGoToTheScratchFileOrAreRefused() throws IOException {
    // an incompressible 8 MB stream beside the report's text, read with 1 MB of memory buffers
    TestPdf pdf = new TestPdf().page();
    pdf.text(72, 100, 12, "text beside a large stream");
    COSStream big = pdf.document.getDocument().createCOSStream();
    java.util.Random random = new java.util.Random(1);
    byte[] noise = new byte[8 << 20];
    random.nextBytes(noise);
    try (java.io.OutputStream out = big.createOutputStream()) {
      out.write(noise);
    }
    pdf.document.getPage(0).getCOSObject().setItem(COSName.getPDFName("Blob"), big);
    byte[] bytes = pdf.bytes();
    PdfLayout layout =
        PdfReportReader.withLimits(PdfLimits.defaults().withBuffers(1 << 20, 64 << 20))
            .layout(bytes);
    assertEquals(new ArrayList<>(), rules(layout));
    PdfLayout tooSmall =
        PdfReportReader.withLimits(PdfLimits.defaults().withBuffers(1 << 16, 1 << 16))
            .layout(bytes);
    // PDFBox needs scratch space only for streams it decodes; the text is still read or refused
    // cleanly
    assertTrue(tooSmall.hasErrors() || !tooSmall.blocks().isEmpty());
  }
}
