package io.github.xxgk.report.publication.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content stream that keeps both what {@link PDFTextStripper} sees (the
 * glyphs with their Unicode text and display positions) and the ruling lines drawn by path
 * operators. The stripper's own sorting, de-duplication and writing are skipped: the layout does
 * its own, so reading costs about what the stripper costs.
 *
 * <p>The path operators are registered here rather than taken from a {@code
 * PDFGraphicsStreamEngine}, so that the content stream is parsed once.
 */
final class PageCollector extends PDFTextStripper {
  /** No glyph is wider than this many font sizes (a dash or an ellipsis may reach two). */
  private static final float WIDEST = 2f;

  private final PdfLimits limits;
  private PageGeometry current;
  private int operators;
  private int totalGlyphs;
  private boolean glyphUnmapped;
  private boolean glyphBullet;
  private boolean glyphInvisible;

  /**
   * The symbol fonts' bullets as their ToUnicode maps give them: Symbol's • (F0B7), Wingdings' ▪
   * (F0A7), ● (F06C), ■ (F06E), ◆ (F075), ➢ (F0D8) and ✓ (F0FC).
   */
  private static final String SYMBOL_BULLETS = "\uF0B7\uF0A7\uF06C\uF06E\uF075\uF0D8\uF0FC";

  private static final String BULLET = "\u2022";
  private final PathRecorder paths = new PathRecorder(this);

  /** Thrown from inside PDFBox's stream engine to stop a page that passed a limit. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String variant;
    final long limit;

    LimitReached(String variant, long limit) {
      super(variant, null, false, false);
      this.variant = variant;
      this.limit = limit;
    }
  }

  PageCollector(PdfLimits limits) {
    this.limits = limits;
    for (String name : PathRecorder.OPERATORS) {
      addOperator(paths.operator(name));
    }
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  /** Reads one page (1-based) of the document into its geometry. */
  PageGeometry read(PDDocument document, int pageNumber) throws IOException {
    PDPage page = document.getPage(pageNumber - 1);
    PDRectangle crop = page.getCropBox();
    int rotation = ((page.getRotation() % 360) + 360) % 360;
    boolean sideways = rotation == 90 || rotation == 270;
    current =
        new PageGeometry(
            pageNumber,
            sideways ? crop.getHeight() : crop.getWidth(),
            sideways ? crop.getWidth() : crop.getHeight());
    operators = 0;
    paths.startPage(current, crop, rotation);
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    writeText(document, NO_OUTPUT);
    PageGeometry done = current;
    current = null;
    return done;
  }

  int totalGlyphs() {
    return totalGlyphs;
  }

  @Override
  public void saveGraphicsState() {
    super.saveGraphicsState();
    paths.save();
  }

  @Override
  public void restoreGraphicsState() {
    super.restoreGraphicsState();
    paths.restore();
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (++operators > limits.maxOperatorsPerPage()) {
      throw new LimitReached("operators", limits.maxOperatorsPerPage());
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
    glyphInvisible = mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP;
    String unicode = font.toUnicode(code);
    glyphBullet = isSymbolBullet(font, unicode);
    glyphUnmapped = !glyphInvisible && !glyphBullet && (unicode == null || !usable(unicode));
    if (glyphUnmapped) {
      current.unmapped(font.getName() == null ? "?" : font.getName());
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  /**
   * A list bullet of a symbol font: Word and LibreOffice Writer draw the bullets they offer in
   * Symbol, Wingdings or OpenSymbol and map them, by the symbol fonts' convention, to the
   * private-use code U+F000 plus the glyph's code (U+F0B7 the Symbol bullet). Read as "•", the mark
   * that it is; any other private-use character, or one in another font, stays unmapped.
   */
  private static boolean isSymbolBullet(PDFont font, String unicode) {
    if (unicode == null || unicode.length() != 1 || SYMBOL_BULLETS.indexOf(unicode.charAt(0)) < 0) {
      return false;
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
    return name.contains("symbol") || name.contains("wingdings");
  }

  /** Private-use and control characters are what a broken or fake ToUnicode map yields. */
  private static boolean usable(String unicode) {
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if ((c < 0x20 && c != '\t') || (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD) {
        return false;
      }
    }
    return !unicode.isEmpty();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (current.glyphs.size() >= limits.maxGlyphsPerPage()) {
      throw new LimitReached("glyphs", limits.maxGlyphsPerPage());
    }
    if (++totalGlyphs > limits.maxGlyphs()) {
      throw new LimitReached("total", limits.maxGlyphs());
    }
    if (glyphInvisible) {
      current.invisible++;
      return; // not shown, so not the page's text: the page gets an ERROR instead
    }
    if (glyphUnmapped) {
      return; // never a wrong character: the page gets an ERROR instead
    }
    current.glyphs.add(
        new Glyph(
            glyphBullet ? BULLET : text.getUnicode(),
            text.getX(),
            text.getY(),
            inkWidth(text),
            Math.max(Math.abs(text.getHeightDir()), 1f),
            fontSize(text)));
  }

  /**
   * The font size as printed, in the page's points: the text rendering matrix's vertical scale,
   * which takes in the current transformation. PDFBox's {@code getFontSizeInPt} leaves that out and
   * rounds down: Chromium sets its fonts in CSS pixels under a 0.75 scale (a 16 px font printed at
   * 12 pt was 16), and Word's 10.5 pt (五号) came out 10. The layout measures indents, gaps and
   * spaces in font sizes, so a size off by a third moved every such threshold.
   */
  private static float fontSize(TextPosition text) {
    float size = Math.abs(text.getTextMatrix().getScalingFactorY());
    return size > 0 && !Float.isInfinite(size) && !Float.isNaN(size)
        ? size
        : Math.abs(text.getFontSizeInPt());
  }

  /**
   * The glyph's advance, but at most a little over its font size: Word spreads vertical labels with
   * character spacing that PDFBox counts into the width, which would put the glyph's centre in the
   * next column.
   */
  private static float inkWidth(TextPosition text) {
    float width = Math.abs(text.getWidthDirAdj());
    float size = fontSize(text);
    return size > 0 ? Math.min(width, WIDEST * size) : width;
  }

  @Override
  protected void writePage() {
    // the layout is built from the collected geometry, not written as text
  }

  private static final Writer NO_OUTPUT =
      new Writer() {
        @Override
        public void write(char[] buffer, int offset, int length) {}

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
}
