package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The intermediate form of a published report, the same for every source: the title the source
 * gives itself (an HTML page's {@code <title>}, when there is one), the named values it gives about
 * itself (an HTML page's {@code <meta>}; none for text or PDF), its blocks in reading order,
 * paragraphs and tables, each with where it came from, and the links, images and frames between
 * them (an HTML page's; none for text or PDF). A producer turns one kind of source (HTML, copied
 * text, Markdown, PDF) into this form; one matcher aligns it with the form's catalogue.
 *
 * <p>A new input format is a new producer of this type: it need not know the form at all. It keeps
 * text as printed (the matcher normalises full-width characters, spaces and line breaks), keeps
 * spans rather than repeating spanned cells, and gives every block and cell a {@link
 * SourcePosition}.
 */
public final class SourceDocument {
  private final String title;
  private final List<SourceMeta> metadata;
  private final List<SourceBlock> blocks;
  private final List<SourceLink> links;

  /** A document from its title (may be null) and blocks, without metadata; the list is copied. */
  public SourceDocument(String title, List<? extends SourceBlock> blocks) {
    this(title, Collections.<SourceMeta>emptyList(), blocks);
  }

  /** A document from its title (may be null), metadata and blocks; the lists are copied. */
  public SourceDocument(
      String title, List<SourceMeta> metadata, List<? extends SourceBlock> blocks) {
    this(title, metadata, blocks, Collections.<SourceLink>emptyList());
  }

  /**
   * A document from its title (may be null), metadata, blocks, and the links, images and frames
   * between the blocks; the lists are copied.
   */
  public SourceDocument(
      String title,
      List<SourceMeta> metadata,
      List<? extends SourceBlock> blocks,
      List<SourceLink> links) {
    this.title = title;
    this.links =
        links.isEmpty()
            ? Collections.<SourceLink>emptyList()
            : Collections.unmodifiableList(new ArrayList<>(links));
    this.metadata =
        metadata.isEmpty()
            ? Collections.<SourceMeta>emptyList()
            : Collections.unmodifiableList(new ArrayList<>(metadata));
    this.blocks =
        Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(blocks, "blocks")));
  }

  /**
   * The same document, its title and metadata, with other blocks; the list is copied. It has no
   * {@link #links()}: theirs stand between the blocks replaced.
   */
  public SourceDocument withBlocks(List<? extends SourceBlock> blocks) {
    return new SourceDocument(title, metadata, blocks);
  }

  /** The title the source gives itself, outside its text (an HTML page's {@code <title>}). */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The named values the source gives about itself, in its order; empty when it gives none. */
  public List<SourceMeta> metadata() {
    return metadata;
  }

  /** The paragraphs and tables in reading order. */
  public List<SourceBlock> blocks() {
    return blocks;
  }

  /** The links, images and frames in reading order; empty when the source gives none. */
  public List<SourceLink> links() {
    return links;
  }
}
