package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;
import java.util.Objects;

/**
 * A named value that a source gives about itself outside its text: an HTML page's {@code <meta
 * name="…" content="…">}. Government portals print the standard metadata of the 政府网站发展指引 this way
 * ({@code SiteName}, {@code ColumnName}, {@code ArticleTitle}, {@code PubDate}); the name and
 * content are kept as the page has them.
 */
public final class SourceMeta {
  private final String name;
  private final String content;
  private final SourcePosition position;

  /** A named value with where the source gives it. */
  public SourceMeta(String name, String content, SourcePosition position) {
    this.name = Objects.requireNonNull(name, "name");
    this.content = Objects.requireNonNull(content, "content");
    this.position = Objects.requireNonNull(position, "position");
  }

  /** The name as printed ({@code PubDate}). */
  public String name() {
    return name;
  }

  /** The value as printed ({@code 2022-01-19 09:28}). */
  public String content() {
    return content;
  }

  /** Where the source gives it. */
  public SourcePosition position() {
    return position;
  }

  @Override
  public String toString() {
    return position + " " + name + "=" + content;
  }
}
