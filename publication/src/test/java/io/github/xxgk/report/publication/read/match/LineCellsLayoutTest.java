package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceMeta;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document whose lines {@link LineCells} lays out as a table stays the same document otherwise.
 */
class LineCellsLayoutTest {
  @Test
  void aDocumentLaidOutKeepsItsTitleAndMetadata() {
    List<SourceBlock> blocks = new ArrayList<>();
    String[] lines = {
      "二、主动公开政府信息情况",
      "信息内容",
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
      "规章",
      "0",
      "0",
      "0",
      "行政规范性文件",
      "1",
      "0",
      "5"
    };
    for (int i = 0; i < lines.length; i++) {
      blocks.add(new SourceParagraph(lines[i], SourcePosition.of(i + 2, 1)));
    }
    SourceMeta posted = new SourceMeta("PubDate", "2024-01-15 09:30", SourcePosition.of(1, 1));
    SourceDocument source =
        new SourceDocument("某局2023年政府信息公开工作年度报告", Collections.singletonList(posted), blocks);

    SourceDocument laid = LineCells.read(source, FormMatcher.headings(source.blocks()));

    assertNotSame(source, laid);
    assertTrue(laid.blocks().stream().anyMatch(block -> block instanceof SourceTable));
    assertEquals(source.title(), laid.title());
    assertEquals(source.metadata(), laid.metadata());
  }
}
