package io.github.xxgk.report.publication.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The law of tables on a page: a table is read as a table exactly when it holds no other table (in
 * a cell however deep, in a caption, in a template, inside a script-less element a cell skips) and
 * lies outside the elements whose content is not text; any other table is layout, read as running
 * text. The reader finds a nested table while it reads the cells; the oracle here asks jsoup's own
 * selectors of the parsed page.
 */
class HtmlTableProperties {
  private static final List<String> SKIPPED = Arrays.asList("template", "noscript", "select");

  @Property(tries = 400)
  void aTableIsReadExactlyWhenItHoldsNoTable(@ForAll @IntRange(min = 0) int seed) {
    String html = page(new Random(seed));
    List<SourcePosition> read = new ArrayList<>();
    List<Integer> cells = new ArrayList<>();
    for (SourceBlock block : HtmlProducer.read(html).blocks()) {
      if (block instanceof SourceTable) {
        read.add(block.position());
        int count = 0;
        for (List<SourceCell> row : ((SourceTable) block).rows()) {
          count += row.size();
        }
        cells.add(count);
      }
    }

    List<SourcePosition> expected = new ArrayList<>();
    List<Integer> expectedCells = new ArrayList<>();
    Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    for (Element table : document.body().getElementsByTag("table")) {
      if (table.getElementsByTag("table").size() == 1 && !insideSkipped(table)) {
        expected.add(
            SourcePosition.of(
                table.sourceRange().start().lineNumber(),
                table.sourceRange().start().columnNumber()));
        expectedCells.add(table.select("td, th").size());
      }
    }
    Statistics.label("tables read").collect(Math.min(expected.size(), 3));
    assertEquals(expected, read, html);
    assertEquals(expectedCells, cells, html);
  }

  /** The same law on pages written out, one place a nested table can hide in each. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<td>a<div><span><table><tr><td>in</td></tr></table></span></div></td>",
        "<td>a<template><table><tr><td>in</td></tr></table></template></td>",
        "<td>a<noscript><table><tr><td>in</td></tr></table></noscript></td>",
        "<td>a</td></tr><tr><td>b</td><td><table><tr><td>in</td></tr></table></td>",
      })
  void aTableHoldingATableIsLayout(String cells) {
    String html = "<body><table id=outer><tr>" + cells + "</tr></table></body>";
    List<SourcePosition> read = new ArrayList<>();
    for (SourceBlock block : HtmlProducer.read(html).blocks()) {
      if (block instanceof SourceTable) {
        read.add(block.position());
      }
    }
    Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    List<SourcePosition> inner = new ArrayList<>();
    for (Element table : document.select("table table")) {
      if (!insideSkipped(table)) {
        inner.add(
            SourcePosition.of(
                table.sourceRange().start().lineNumber(),
                table.sourceRange().start().columnNumber()));
      }
    }
    assertEquals(inner, read);
  }

  private static boolean insideSkipped(Element element) {
    for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
      if (ElementKinds.SKIPPED.contains(parent.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** A random page of tables, cells, captions, templates and text, nested up to four deep. */
  private static String page(Random random) {
    StringBuilder html = new StringBuilder("<html><body>");
    content(random, html, 4);
    return html.append("</body></html>").toString();
  }

  private static void content(Random random, StringBuilder html, int depth) {
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      int kind = depth == 0 ? 0 : random.nextInt(7);
      if (kind == 0) {
        html.append("文").append(random.nextInt(100));
      } else if (kind == 1) {
        html.append("<p>");
        content(random, html, depth - 1);
        html.append("</p>");
      } else if (kind == 2) {
        String name = SKIPPED.get(random.nextInt(SKIPPED.size()));
        html.append('<').append(name).append('>');
        content(random, html, depth - 1);
        html.append("</").append(name).append('>');
      } else if (kind == 3) {
        html.append("<br>");
      } else {
        table(random, html, depth - 1);
      }
    }
  }

  private static void table(Random random, StringBuilder html, int depth) {
    html.append("<table>");
    if (random.nextInt(4) == 0) {
      html.append("<caption>");
      content(random, html, depth);
      html.append("</caption>");
    }
    if (random.nextInt(5) == 0) {
      html.append("<template>");
      content(random, html, depth);
      html.append("</template>");
    }
    boolean body = random.nextBoolean();
    html.append(body ? "<tbody>" : "");
    int rows = 1 + random.nextInt(3);
    for (int r = 0; r < rows; r++) {
      html.append("<tr>");
      int cells = 1 + random.nextInt(3);
      for (int c = 0; c < cells; c++) {
        String name = random.nextInt(4) == 0 ? "th" : "td";
        html.append('<').append(name).append(random.nextInt(4) == 0 ? " rowspan=2>" : ">");
        content(random, html, depth);
        html.append("</").append(name).append('>');
      }
      html.append("</tr>");
    }
    html.append(body ? "</tbody>" : "").append("</table>");
  }
}
