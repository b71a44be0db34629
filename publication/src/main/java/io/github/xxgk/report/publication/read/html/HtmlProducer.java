package io.github.xxgk.report.publication.read.html;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
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
  private static final Set<String> SKIPPED =
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
  private static final Set<String> BLOCKS =
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

  /** Browsers cap colspan at 1000 and rowspan at 65534; a smaller cap keeps hostile grids small. */
  static final int MAX_COLUMN_SPAN = 1000;

  static final int MAX_ROW_SPAN = 65534;

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
      if ("table".equals(name) && depth < MAX_DEPTH && !holdsTable(element)) {
        flush();
        blocks.add(table(element));
        continue;
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
      if (text.trim().isEmpty() && text.indexOf('\u00a0') < 0) {
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

  /** Whether a table holds another: a walk of its elements, in place, that stops at the first. */
  private static boolean holdsTable(Element table) {
    Element element = table.firstElementChild();
    while (element != null) {
      if ("table".equals(element.normalName())) {
        return true;
      }
      Element child = element.firstElementChild();
      if (child != null) {
        element = child;
        continue;
      }
      while (element != table && element.nextElementSibling() == null) {
        element = element.parent();
      }
      element = element == table ? null : element.nextElementSibling();
    }
    return false;
  }

  private static SourceTable table(Element table) {
    List<List<SourceCell>> rows = new ArrayList<>();
    for (Element row : rows(table)) {
      List<SourceCell> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        String name = cell.normalName();
        if ("td".equals(name) || "th".equals(name)) {
          cells.add(
              new SourceCell(
                  cellText(cell),
                  span(cell.attr("rowspan"), MAX_ROW_SPAN),
                  span(cell.attr("colspan"), MAX_COLUMN_SPAN),
                  position(cell)));
        }
      }
      rows.add(cells);
    }
    return new SourceTable(rows, position(table));
  }

  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String name = child.normalName();
      if ("tr".equals(name)) {
        rows.add(child);
      } else if ("thead".equals(name) || "tbody".equals(name) || "tfoot".equals(name)) {
        for (Element row : child.children()) {
          if ("tr".equals(row.normalName())) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  /** The text of a cell, with a line feed where a paragraph or line break ends inside it. */
  private static String cellText(Element cell) {
    StringBuilder text = new StringBuilder();
    List<Node> stack = new ArrayList<>();
    stack.add(cell);
    while (!stack.isEmpty()) {
      Node node = stack.remove(stack.size() - 1);
      if (node == null) {
        text.append('\n');
      } else if (node instanceof TextNode) {
        text.append(((TextNode) node).getWholeText());
      } else if (node instanceof Element) {
        String name = ((Element) node).normalName();
        if (SKIPPED.contains(name)) {
          continue;
        }
        if ("br".equals(name)) {
          text.append('\n');
          continue;
        }
        if (node != cell && BLOCKS.contains(name)) {
          stack.add(null);
        }
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
          stack.add(node.childNode(i));
        }
      }
    }
    return text.toString();
  }

  private static int span(String value, int max) {
    String digits = value.trim();
    if (digits.isEmpty() || digits.length() > 9) {
      return digits.isEmpty() ? 1 : max;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return 1;
      }
    }
    int span = Integer.parseInt(digits);
    return span < 1 ? 1 : Math.min(span, max);
  }

  private static SourcePosition position(Node node) {
    org.jsoup.nodes.Range.Position start = node.sourceRange().start();
    return start.lineNumber() > 0
        ? SourcePosition.of(start.lineNumber(), Math.max(1, start.columnNumber()))
        : SourcePosition.UNKNOWN;
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
