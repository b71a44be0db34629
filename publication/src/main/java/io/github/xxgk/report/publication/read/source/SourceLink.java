package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.Objects;

/**
 * Something a source refers to outside its text: a link, an image or a frame of an HTML page. The
 * reader looks at them only when the page does not hold the report's tables, to say where the
 * report is instead (an attachment, images, the next page, a frame). Each stands between the blocks
 * of its document: {@link #block()} blocks of the document's list come before it.
 */
public final class SourceLink {
  /** What the source refers to. */
  public enum Kind {
    /** A link ({@code <a href>}): its text and address. */
    LINK,
    /** An image ({@code <img src>}): its {@code alt} text and address. */
    IMAGE,
    /**
     * A frame or embedded object ({@code <iframe src>}, {@code <embed>}, {@code <object data>}).
     */
    FRAME,
    /**
     * A script written in the page ({@code <script>} without {@code src}): no address, its code as
     * the text, for a page whose article a script writes from data it holds.
     */
    SCRIPT
  }

  private final Kind kind;
  private final String target;
  private final String text;
  private final String lead;
  private final int block;
  private final SourcePosition position;

  /**
   * A link, image or frame.
   *
   * @param kind what it is
   * @param target the address as printed (may be relative)
   * @param text a link's text, an image's {@code alt}, a frame's {@code title}, a script's code;
   *     empty when none
   * @param lead the text of its paragraph before it ("附件：" before the link to an attachment)
   * @param block how many blocks of the document come before it
   * @param position where it is in the source
   */
  public SourceLink(
      Kind kind, String target, String text, String lead, int block, SourcePosition position) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.target = Objects.requireNonNull(target, "target");
    this.text = Objects.requireNonNull(text, "text");
    this.lead = Objects.requireNonNull(lead, "lead");
    this.block = block;
    this.position = Objects.requireNonNull(position, "position");
  }

  /** What it is. */
  public Kind kind() {
    return kind;
  }

  /** The address as printed; empty for a script. */
  public String target() {
    return target;
  }

  /**
   * A link's text, an image's alt text, a frame's title or a script's code, as printed; empty when
   * none.
   */
  public String text() {
    return text;
  }

  /** The text of its paragraph before it, as printed; empty when it starts its paragraph. */
  public String lead() {
    return lead;
  }

  /** How many blocks of its document come before it. */
  public int block() {
    return block;
  }

  /** Where it is in the source. */
  public SourcePosition position() {
    return position;
  }

  @Override
  public String toString() {
    return position + " " + kind + " " + (kind == Kind.SCRIPT ? "" : text + " -> " + target);
  }
}
