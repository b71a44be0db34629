package io.github.xxgk.report.publication.read.html;

import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads one HTML table into a {@link SourceTable}, or refuses it when it holds another table (page
 * layout, which the producer reads as running text). Whether it holds one is found while its cells
 * are read, in the same walk: a page's nodes are scattered over the memory jsoup has just
 * allocated, and touching each of a table's nodes once instead of twice (a walk looking for a
 * nested table, then the walk reading the cells) is a measurable part of reading a page.
 */
final class HtmlTable {
  /** Browsers cap colspan at 1000 and rowspan at 65534; a smaller cap keeps hostile grids small. */
  static final int MAX_COLUMN_SPAN = 1000;

  static final int MAX_ROW_SPAN = 65534;

  private HtmlTable() {}

  /** The table with its rows and cells, or null when it holds another table anywhere inside. */
  static SourceTable read(Element table) {
    List<List<SourceCell>> rows = new ArrayList<>();
    StringBuilder text = new StringBuilder(); // one for every cell's text, emptied between cells
    for (int i = 0; i < table.childNodeSize(); i++) {
      Node child = table.childNode(i);
      if (is(child, "tr")) {
        if (!row((Element) child, rows, text)) {
          return null;
        }
      } else if (is(child, "thead") || is(child, "tbody") || is(child, "tfoot")) {
        for (int j = 0; j < child.childNodeSize(); j++) {
          Node row = child.childNode(j);
          if (is(row, "tr") ? !row((Element) row, rows, text) : holdsTable(row)) {
            return null;
          }
        }
      } else if (holdsTable(child)) {
        return null; // a caption, a template, ...: not read, but a table there is layout too
      }
    }
    return new SourceTable(rows, HtmlProducer.position(table));
  }

  /** Adds a row's cells; false when the row holds a table. */
  private static boolean row(Element row, List<List<SourceCell>> rows, StringBuilder buffer) {
    List<SourceCell> cells = new ArrayList<>();
    for (int i = 0; i < row.childNodeSize(); i++) {
      Node child = row.childNode(i);
      if (is(child, "td") || is(child, "th")) {
        Element cell = (Element) child;
        String text = text(cell, buffer);
        if (text == null) {
          return false;
        }
        cells.add(
            new SourceCell(
                text,
                span(cell.attr("rowspan"), MAX_ROW_SPAN),
                span(cell.attr("colspan"), MAX_COLUMN_SPAN),
                HtmlProducer.position(cell)));
      } else if (holdsTable(child)) {
        return false;
      }
    }
    rows.add(cells);
    return true;
  }

  /**
   * The text of a cell, with a line feed where a paragraph or line break ends inside it; null when
   * the cell holds a table.
   */
  private static String text(Element cell, StringBuilder text) {
    // visited by the tree's own links, as the producer's walk (see there)
    text.setLength(0);
    Node node = cell;
    while (true) {
      boolean descend = false;
      if (node instanceof TextNode) {
        append(text, ((TextNode) node).getWholeText(), raised(node, cell));
      } else if (node instanceof Element) {
        String name = ((Element) node).normalName();
        if ("table".equals(name)) {
          return null;
        }
        if (ElementKinds.SKIPPED.contains(name) || Shown.isHidden((Element) node)) {
          if (holdsTable(node)) {
            return null;
          }
        } else if ("br".equals(name)) {
          text.append('\n');
        } else {
          descend = true;
        }
      }
      if (descend && node.childNodeSize() > 0) {
        node = node.childNode(0);
        continue;
      }
      while (node != cell) {
        if (node instanceof Element
            && ElementKinds.BLOCKS.contains(((Element) node).normalName())) {
          text.append('\n'); // a paragraph ends inside the cell
        } else if (node instanceof Element) {
          FieldNames.setOff(text);
        }
        Node next = node.nextSibling();
        if (next != null) {
          node = next;
          break;
        }
        node = node.parentNode();
      }
      if (node == cell) {
        return text.toString();
      }
    }
  }

  /** Superscript digits, by value: what a raised digit is as text. */
  private static final String RAISED_DIGITS =
      "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

  /**
   * Appends a text node's text; the digits of one raised or lowered ({@code <sup>}, {@code <sub>},
   * a footnote's mark: "0<sup>1</sup>") as superscript digits, which no number holds, so that the
   * mark is not read as a digit of the number beside it (01).
   */
  private static void append(StringBuilder text, String whole, boolean raised) {
    if (!raised) {
      text.append(whole);
      return;
    }
    for (int i = 0; i < whole.length(); i++) {
      char c = whole.charAt(i);
      text.append(c >= '0' && c <= '9' ? RAISED_DIGITS.charAt(c - '0') : c);
    }
  }

  /** Whether a node inside {@code cell} stands in a {@code <sup>} or {@code <sub>}. */
  private static boolean raised(Node node, Element cell) {
    for (Node parent = node.parentNode();
        parent != null && parent != cell;
        parent = parent.parentNode()) {
      String name = ((Element) parent).normalName();
      if ("sup".equals(name) || "sub".equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a node is, or holds, a table: a walk of its elements that stops at the first. */
  private static boolean holdsTable(Node start) {
    if (!(start instanceof Element)) {
      return false; // the spacing between rows and cells: no stack made for it
    }
    List<Node> stack = new ArrayList<>();
    stack.add(start);
    while (!stack.isEmpty()) {
      Node node = stack.remove(stack.size() - 1);
      if (node instanceof Element) {
        if ("table".equals(((Element) node).normalName())) {
          return true;
        }
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
          stack.add(node.childNode(i));
        }
      }
    }
    return false;
  }

  // Rows and cells are found among the child nodes by index: Element.children() would build (and
  // cache on the element) a list of the child elements of every row, only to be read once.
  private static boolean is(Node node, String name) {
    return node instanceof Element && name.equals(((Element) node).normalName());
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
}
