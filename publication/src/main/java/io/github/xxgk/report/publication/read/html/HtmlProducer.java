package io.github.xxgk.report.publication.read.html;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns an HTML page into the intermediate form: jsoup parses it leniently (as a browser would),
 * then the page is walked once in document order. A table that holds other tables is page layout
 * and is read as running text; any other table becomes a {@link SourceTable} with its spans. Block
 * elements and line breaks end paragraphs. Scripts, styles and form controls are skipped; the
 * matcher finds the report among the rest by its labels.
 */
public final class HtmlProducer {
  /** Elements whose content is not the page's text. */
  static final Set<String> SKIPPED =
      new HashSet<>(
          Arrays.asList(
              "script",
              "style",
              "noscript",
              "template",
              "select",
              "option",
              "textarea",
              "iframe",
              "object",
              "svg",
              "head",
              "button"));

  /** Elements that end a paragraph (or, inside a cell, a line). */
  static final Set<String> BLOCKS =
      new HashSet<>(
          Arrays.asList(
              "p",
              "div",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "li",
              "ul",
              "ol",
              "section",
              "article",
              "header",
              "footer",
              "nav",
              "aside",
              "main",
              "blockquote",
              "pre",
              "dd",
              "dt",
              "dl",
              "center",
              "form",
              "hr",
              "address",
              "figure",
              "figcaption",
              "caption",
              "tr",
              "td",
              "th",
              "body",
              "html"));

  /** Tables nested deeper than this are read as text: no real report nests that deep. */
  private static final int MAX_DEPTH = 512;

  private final List<SourceBlock> blocks = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private SourcePosition paragraphStart = SourcePosition.UNKNOWN;

  private HtmlProducer() {}

  /** Parses a page's markup (already decoded) into the intermediate form. */
  public static SourceDocument read(String html) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document document = parser.parseInput(html, "");
    HtmlProducer producer = new HtmlProducer();
    producer.walk(document.body() == null ? document : document.body(), 0);
    producer.flush();
    String title = document.title();
    return new SourceDocument(title.trim().isEmpty() ? null : title, producer.blocks);
  }

  private void walk(Node start, int depth) {
    // An explicit stack: real pages nest thousands of elements deep and must not overflow ours.
    List<Object> stack = new ArrayList<>();
    stack.add(start);
    while (!stack.isEmpty()) {
      Object top = stack.remove(stack.size() - 1);
      if (top instanceof String) {
        flush();
        continue;
      }
      Node node = (Node) top;
      if (node instanceof TextNode) {
        text((TextNode) node);
        continue;
      }
      if (!(node instanceof Element)) {
        if (node.childNodeSize() > 0 && node == start) {
          pushChildren(stack, node);
        }
        continue;
      }
      Element element = (Element) node;
      String name = element.normalName();
      if (SKIPPED.contains(name)) {
        continue;
      }
      if ("br".equals(name)) {
        flush();
        continue;
      }
      if ("table".equals(name) && depth < MAX_DEPTH) {
        SourceTable table = HtmlTable.read(element);
        if (table != null) {
          flush();
          blocks.add(table);
          continue;
        }
        // a table holding another is page layout: read as running text, below
      }
      boolean block = BLOCKS.contains(name) || "table".equals(name);
      if (block) {
        flush();
        stack.add("end");
      }
      pushChildren(stack, element);
    }
  }

  private static void pushChildren(List<Object> stack, Node node) {
    for (int i = node.childNodeSize() - 1; i >= 0; i--) {
      stack.add(node.childNode(i));
    }
  }

  private void text(TextNode node) {
    String text = node.getWholeText();
    if (paragraph.length() == 0) {
      if (isSpacing(text)) {
        return;
      }
      paragraphStart = position(node);
    }
    paragraph.append(text);
  }

  private void flush() {
    if (paragraph.length() > 0) {
      String text = paragraph.toString();
      if (!isBlank(text)) {
        blocks.add(new SourceParagraph(text, paragraphStart));
      }
      paragraph.setLength(0);
    }
  }

  static SourcePosition position(Node node) {
    org.jsoup.nodes.Range.Position start = node.sourceRange().start();
    return start.lineNumber() > 0
        ? SourcePosition.of(start.lineNumber(), Math.max(1, start.columnNumber()))
        : SourcePosition.UNKNOWN;
  }

  /**
   * Whether a text node is only the markup's own spacing (the characters {@code String.trim()}
   * drops), which starts no paragraph; a no-break space does. Tested in place: most text nodes of a
   * Word-exported page are such spacing, and trimming each made a copy.
   */
  private static boolean isSpacing(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
        return false;
      }
    }
    return true;
  }
}
