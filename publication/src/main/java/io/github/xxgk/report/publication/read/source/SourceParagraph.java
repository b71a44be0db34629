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
  private final boolean listed;

  /** A paragraph with its text and where it starts. */
  public SourceParagraph(String text, SourcePosition position) {
    this(text, position, false);
  }

  /**
   * A paragraph with its text and where it starts; {@code listed}: whether the source marks it as a
   * link's or a list item's text ({@link #listed}).
   */
  public SourceParagraph(String text, SourcePosition position, boolean listed) {
    this.text = Objects.requireNonNull(text, "text");
    this.position = Objects.requireNonNull(position, "position");
    this.listed = listed;
  }

  /** The text as printed. */
  public String text() {
    return text;
  }

  /**
   * Whether the source marks the paragraph as the text of links alone or of a list's item, as
   * portals print their navigation and their lists of other articles ("相关文章", earlier years'
   * reports): such a line is no title of the report's own. Only markup tells: always false for
   * text.
   */
  public boolean listed() {
    return listed;
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
