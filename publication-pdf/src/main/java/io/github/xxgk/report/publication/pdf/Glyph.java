package io.github.xxgk.report.publication.pdf;

/**
 * One glyph of the text layer in display space: points from the page's top-left corner after the
 * page's rotation, {@code y} on the baseline. Plain fields, because a page may hold hundreds of
 * thousands and every pass over them is hot.
 */
final class Glyph {
  final String text;
  final float x;
  final float baseline;
  final float width;
  final float height;
  final float fontSize;

  Glyph(String text, float x, float baseline, float width, float height, float fontSize) {
    this.text = text;
    this.x = x;
    this.baseline = baseline;
    this.width = width;
    this.height = height;
    this.fontSize = fontSize;
  }

  float top() {
    return baseline - height;
  }

  float right() {
    return x + width;
  }

  float centreX() {
    return x + width / 2;
  }

  float centreY() {
    return baseline - height / 2;
  }

  /**
   * Whether the glyph is a space between words: of any width, or the no-break space an HTML page's
   * {@code &nbsp;} leaves in an exported cell. The ideographic space is not: typed at a line's
   * start it is the paragraph's indent, where the line begins as the writer set it.
   */
  boolean isSpace() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && (c == '\u3000' || !Character.isSpaceChar(c))) {
        return false;
      }
    }
    return true;
  }
}
