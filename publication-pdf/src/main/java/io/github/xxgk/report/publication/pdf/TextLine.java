package io.github.xxgk.report.publication.pdf;

/** A line of text assembled from glyphs, with its box in display space. */
final class TextLine {
  final String text;
  final float left;
  final float top;
  final float right;
  final float bottom;
  final float fontSize;

  TextLine(String text, float left, float top, float right, float bottom, float fontSize) {
    this.text = text;
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
    this.fontSize = fontSize;
  }

  float height() {
    return bottom - top;
  }

  @Override
  public String toString() {
    return text + " @" + left + "," + top;
  }
}
