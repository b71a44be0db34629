package io.github.xxgk.report.publication.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceMeta;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A page's named {@code <meta>} values, carried in the intermediate form with where they are. */
class HtmlMetadataTest {
  @Test
  void namedMetaValuesAreKeptAsPrintedWithTheirPositions() {
    SourceDocument document =
        HtmlProducer.read(
            "<html><head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"ArticleTitle\" content=\"某局2024年政府信息公开工作年度报告\">\n"
                + "<meta name=\"PubDate\" content=\"2025-01-15 09:30\">\n"
                + "<meta name=\"KeyWords\" content=\"\">\n"
                + "<title>年报</title></head><body>\n<p>正文</p>\n"
                + "<meta name=\"ColumnName\" content=\"政府信息公开年报\">\n</body></html>");
    List<String> read =
        document.metadata().stream()
            .map(m -> m.name() + "=" + m.content())
            .collect(Collectors.toList());
    // no name, or no content: not kept; one the template left in the body: kept after the head's
    assertEquals(
        java.util.Arrays.asList(
            "ArticleTitle=某局2024年政府信息公开工作年度报告", "PubDate=2025-01-15 09:30", "ColumnName=政府信息公开年报"),
        read);
    List<SourcePosition> at =
        document.metadata().stream().map(SourceMeta::position).collect(Collectors.toList());
    assertEquals(3, at.get(0).line());
    assertEquals(4, at.get(1).line());
    assertEquals(8, at.get(2).line());
    // the blocks are the body's text alone
    assertEquals(1, document.blocks().size());
    assertEquals("正文", document.blocks().get(0).toString().replaceAll("^\\S+ ", ""));
  }

  @Test
  void aPageWithoutMetaAndOtherSourcesHaveNone() {
    assertTrue(HtmlProducer.read("<p>正文</p>").metadata().isEmpty());
    assertTrue(new SourceDocument(null, java.util.Collections.emptyList()).metadata().isEmpty());
  }
}
