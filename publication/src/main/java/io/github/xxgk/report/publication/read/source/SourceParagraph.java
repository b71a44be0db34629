package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.Objects;

/**
 * A paragraph of running text (a heading is a paragraph too), as printed: the text is kept as the
 * source has it, line breaks inside the paragraph included; the matcher normalises it.
 */
public final class SourceParagraph implements SourceBlock {
  private final String text;
  private final SourcePosition position;

  /** A paragraph with its text and where it starts. */
  public SourceParagraph(String text, SourcePosition position) {
    this.text = Objects.requireNonNull(text, "text");
    this.position = Objects.requireNonNull(position, "position");
  }

  /** The text as printed. */
  public String text() {
    return text;
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public String toString() {
    return position + " " + text;
  }
}
