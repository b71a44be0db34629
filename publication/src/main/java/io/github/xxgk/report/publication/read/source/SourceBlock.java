package io.github.xxgk.report.publication.read.source;

import io.github.xxgk.report.problem.SourcePosition;

/**
 * One block of a source document, in reading order: a {@link SourceParagraph} or a {@link
 * SourceTable}.
 */
public interface SourceBlock {
  /** Where the block starts in the source. */
  SourcePosition position();
}
