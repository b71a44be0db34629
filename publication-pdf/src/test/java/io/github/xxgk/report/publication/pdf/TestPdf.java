package io.github.xxgk.report.publication.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays out test PDFs with PDFBox in display coordinates (points from the top-left corner of the
 * page as shown), whatever the page's rotation: the inverse of what the reader must undo.
 */
final class TestPdf implements AutoCloseable {
  static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  final PDDocument document = new PDDocument();
  private PDPageContentStream content;
  private int rotation;
  private float userWidth;
  private float userHeight;
  PDFont font = HELVETICA;

  /**
   * Whether text is set as Chromium prints it: in CSS pixels, the font size in pixels, under a
   * transformation that scales pixels to points (0.75); the text appears where and as large as
   * without it.
   */
  boolean inPixels;

  /** Whether text is drawn invisible (rendering mode 3), as OCR lays its text over a scan. */
  boolean invisible;

  /** Starts an A4 page with the given rotation (0, 90, 180, 270). */
  TestPdf page(int rotation) {
    try {
      endPage();
      PDPage page = new PDPage(PDRectangle.A4);
      page.setRotation(rotation);
      document.addPage(page);
      this.rotation = rotation;
      this.userWidth = PDRectangle.A4.getWidth();
      this.userHeight = PDRectangle.A4.getHeight();
      content = new PDPageContentStream(document, page);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestPdf page() {
    return page(0);
  }

  /** The rotation of the current page. */
  int rotation() {
    return rotation;
  }

  /** The displayed page's size: width, height. */
  float[] size() {
    return rotation % 180 == 0
        ? new float[] {userWidth, userHeight}
        : new float[] {userHeight, userWidth};
  }

  private float[] user(float x, float y) {
    switch (rotation) {
      case 90:
        return new float[] {y, x};
      case 180:
        return new float[] {userWidth - x, y};
      case 270:
        return new float[] {userWidth - y, userHeight - x};
      default:
        return new float[] {x, userHeight - y};
    }
  }

  TestPdf line(float x1, float y1, float x2, float y2) {
    try {
      float[] a = user(x1, y1);
      float[] b = user(x2, y2);
      content.moveTo(a[0], a[1]);
      content.lineTo(b[0], b[1]);
      content.stroke();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Clips what the page draws after this to the rectangle from (x1, y1) to (x2, y2), as a browser
   * clips its page's content to the paper.
   */
  TestPdf clip(float x1, float y1, float x2, float y2) {
    try {
      float[] a = user(x1, y1);
      float[] b = user(x2, y2);
      content.addRect(
          Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
      content.clip();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rectangle filled light grey (a shaded cell), the text's colour left black. */
  TestPdf shade(float x1, float y1, float x2, float y2) {
    try {
      float[] a = user(x1, y1);
      float[] b = user(x2, y2);
      content.setNonStrokingColor(0.85f);
      content.addRect(
          Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
      content.fill();
      content.setNonStrokingColor(0f);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A thin filled rectangle along the line, as Word draws some borders. */
  TestPdf filledRule(float x1, float y1, float x2, float y2) {
    try {
      float[] a = user(Math.min(x1, x2) - 0.25f, Math.min(y1, y2) - 0.25f);
      float[] b = user(Math.max(x1, x2) + 0.25f, Math.max(y1, y2) + 0.25f);
      content.addRect(
          Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
      content.fill();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text with its baseline starting at (x, baseline), reading left to right as displayed. */
  TestPdf text(float x, float baseline, float size, String text) {
    try {
      float[] origin = user(x, baseline);
      float scale = inPixels ? 0.75f : 1f;
      if (inPixels) {
        content.saveGraphicsState();
        content.transform(Matrix.getScaleInstance(scale, scale));
        origin = new float[] {origin[0] / scale, origin[1] / scale};
      }
      content.beginText();
      if (invisible) {
        content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
      }
      content.setFont(font, size / scale);
      switch (rotation) {
        case 90:
          content.setTextMatrix(new Matrix(0, 1, -1, 0, origin[0], origin[1]));
          break;
        case 180:
          content.setTextMatrix(new Matrix(-1, 0, 0, -1, origin[0], origin[1]));
          break;
        case 270:
          content.setTextMatrix(new Matrix(0, -1, 1, 0, origin[0], origin[1]));
          break;
        default:
          content.setTextMatrix(Matrix.getTranslateInstance(origin[0], origin[1]));
      }
      content.showText(text);
      content.endText();
      if (inPixels) {
        content.restoreGraphicsState();
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text set with character spacing so that it ends at {@code right}, as justified text is. */
  TestPdf justified(float x, float baseline, float size, String text, float right) {
    try {
      float spacing = (right - x - width(text, size)) / (text.length() - 1);
      content.setCharacterSpacing(inPixels ? spacing / 0.75f : spacing);
      text(x, baseline, size, text);
      content.setCharacterSpacing(0);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void endPage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  byte[] bytes() {
    try {
      endPage();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
