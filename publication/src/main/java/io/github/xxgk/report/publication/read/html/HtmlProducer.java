package io.github.xxgk.report.publication.read.html;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceLink;
import io.github.xxgk.report.publication.read.source.SourceMeta;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
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
 * matcher finds the report among the rest by its labels. Links, images and frames are kept beside
 * the blocks, where they stand, for a page whose report is elsewhere (an attachment, images, the
 * next page, a frame).
 */
public final class HtmlProducer {
  /** The elements kept as {@link SourceLink}s, with the attribute that holds the address. */
  private static final Map<String, String> LINKED = new HashMap<>();

  static {
    LINKED.put("a", "href");
    LINKED.put("img", "src");
    LINKED.put("iframe", "src");
    LINKED.put("frame", "src");
    LINKED.put("embed", "src");
    LINKED.put("object", "data");
  }

  /** The most characters of a link's paragraph before it that are kept as its lead. */
  private static final int LEAD = 24;

  private final List<SourceBlock> blocks = new ArrayList<>();
  private final List<SourceMeta> metadata = new ArrayList<>();
  private final List<SourceLink> links = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private SourcePosition paragraphStart = SourcePosition.UNKNOWN;

  /** How many links (an {@code <a>} with an address) the walk is inside. */
  private int linkDepth;

  /** Whether the paragraph being read is the text of a list's item or of a navigation block. */
  private boolean inListItem;

  /** Whether the paragraph being read holds text outside any link. */
  private boolean ownText;

  private HtmlProducer() {}

  /** Parses a page's markup (already decoded) into the intermediate form. */
  public static SourceDocument read(String html) {
    return read(Parser.htmlParser().setTrackPosition(true).parseInput(html, ""));
  }

  /**
   * Parses a page's markup as a reader decodes it, into the intermediate form; the same as {@link
   * #read(String)} of the whole text.
   *
   * @throws java.io.UncheckedIOException if the reader fails (jsoup wraps its exception)
   */
  public static SourceDocument read(Reader html) {
    return read(Parser.htmlParser().setTrackPosition(true).parseInput(html, ""));
  }

  private static SourceDocument read(Document document) {
    HtmlProducer producer = new HtmlProducer();
    producer.metas(document.head());
    producer.walk(document.body() == null ? document : document.body());
    producer.flush();
    String title = document.title();
    return new SourceDocument(
        title.trim().isEmpty() ? null : title, producer.metadata, producer.blocks, producer.links);
  }

  /**
   * A named {@code <meta>} value with content: the portals' standard metadata (政府网站发展指引: {@code
   * SiteName}, {@code ColumnName}, {@code ArticleTitle}, {@code PubDate}) is in the head, but
   * templates that include it late leave it in the body, where it is read as it is reached.
   */
  private void meta(Element meta) {
    String name = meta.attr("name");
    String content = meta.attr("content");
    if (!name.isEmpty() && !isBlank(content)) {
      metadata.add(new SourceMeta(name, content, position(meta)));
    }
  }

  /**
   * Reads the head's {@code <meta>} elements in document order, by the tree's links as {@link
   * #walk}: jsoup's {@code getElementsByTag} collected them through a stream and a list, 1 % of
   * reading a page.
   */
  private void metas(Element head) {
    Node node = head;
    while (true) {
      if (node instanceof Element && "meta".equals(((Element) node).normalName())) {
        meta((Element) node);
      }
      if (node.childNodeSize() > 0) {
        node = node.childNode(0);
        continue;
      }
      while (node != head && node.nextSibling() == null) {
        node = node.parentNode();
      }
      if (node == head) {
        return;
      }
      node = node.nextSibling();
    }
  }

  /**
   * Visits the page in document order by the tree's own links (first child, next sibling, parent),
   * with no stack of ours: real pages nest thousands of elements deep, and a stack of every node's
   * children cost a read more than the visit itself.
   */
  private void walk(Node root) {
    Node node = root;
    while (true) {
      if (enter(node, root) && node.childNodeSize() > 0) {
        node = node.childNode(0);
        continue;
      }
      while (node != root) {
        leave(node);
        Node next = node.nextSibling();
        if (next != null) {
          node = next;
          break;
        }
        node = node.parentNode();
      }
      if (node == root) {
        return;
      }
    }
  }

  /** Reads a node as it is reached; whether its children are to be visited. */
  private boolean enter(Node node, Node root) {
    if (node instanceof TextNode) {
      text((TextNode) node);
      return false;
    }
    if (!(node instanceof Element)) {
      return node == root; // the document itself, when it has no body
    }
    String name = ((Element) node).normalName();
    if (ElementKinds.isLink((Element) node, name)) {
      linkDepth++;
    }
    String linked = LINKED.get(name);
    if (linked != null) {
      link((Element) node, name, linked);
    } else if ("script".equals(name)) {
      script((Element) node);
    }
    if (ElementKinds.SKIPPED.contains(name)) {
      return false;
    }
    if ("br".equals(name)) {
      flush();
      return false;
    }
    if ("meta".equals(name)) {
      meta((Element) node);
      return false;
    }
    boolean table = "table".equals(name);
    if (table) {
      SourceTable read = HtmlTable.read((Element) node);
      if (read != null) {
        flush();
        if (read.rows().size() <= 2) {
          // a table of a row or two is no table of the form, but may frame an image of one
          for (Element image : ((Element) node).getElementsByTag("img")) {
            link(image, "img", "src");
          }
        }
        blocks.add(read);
        return false;
      }
      // a table holding another is page layout: read as running text
    }
    if (table || ElementKinds.BLOCKS.contains(name)) {
      flush();
      return true;
    }
    // hidden text inline; a hidden block may be the article a script shows, and is read
    return !Shown.isHidden((Element) node);
  }

  /**
   * Keeps a link, image or frame with its address; one without an address is none. An image that
   * loads late keeps its address in {@code data-src} until a script moves it.
   */
  private void link(Element element, String name, String attribute) {
    String target = element.attr(attribute);
    if (target.isEmpty() && "img".equals(name)) {
      target = element.attr("data-src");
    }
    if (isBlank(target)
        || Shown.isHidden(element)
        || Shown.isTiny(element)
        || Shown.isLinkedIcon(element, name)) {
      return;
    }
    SourceLink.Kind kind =
        "a".equals(name)
            ? SourceLink.Kind.LINK
            : "img".equals(name) ? SourceLink.Kind.IMAGE : SourceLink.Kind.FRAME;
    String text =
        kind == SourceLink.Kind.LINK
            ? element.text()
            : element.attr(kind == SourceLink.Kind.IMAGE ? "alt" : "title");
    int leadFrom = Math.max(0, paragraph.length() - LEAD);
    links.add(
        new SourceLink(
            kind,
            target.trim(),
            text,
            paragraph.substring(leadFrom),
            blocks.size(),
            position(element)));
  }

  /**
   * Keeps a script written in the page, of one piece of code (the code is not copied): the article
   * of some templates is data that a script writes into the page, and some write the article's
   * pager.
   */
  private void script(Element script) {
    if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode) {
      String code = ((DataNode) script.childNode(0)).getWholeData();
      links.add(
          new SourceLink(SourceLink.Kind.SCRIPT, "", code, "", blocks.size(), position(script)));
    }
  }

  /** A block element ends its paragraph when all it holds has been read. */
  private void leave(Node node) {
    if (node instanceof Element) {
      String name = ((Element) node).normalName();
      if (ElementKinds.BLOCKS.contains(name) || "table".equals(name)) {
        flush();
      } else {
        FieldNames.setOff(paragraph);
      }
      if (ElementKinds.isLink((Element) node, name)) {
        linkDepth--;
      }
    }
  }

  private void text(TextNode node) {
    String text = node.getWholeText();
    if (paragraph.length() == 0) {
      if (isSpacing(text)) {
        return;
      }
      paragraphStart = position(node);
      inListItem = ElementKinds.isListed(node);
    }
    if (linkDepth == 0 && !ownText) {
      ownText = !isBlank(text);
    }
    paragraph.append(text);
  }

  private void flush() {
    if (paragraph.length() > 0) {
      String text = paragraph.toString();
      if (!isBlank(text)) {
        // a paragraph of links alone, or a list's item, is the portal's navigation or a list of
        // other articles (earlier years' reports among them) as far as the markup tells
        blocks.add(new SourceParagraph(text, paragraphStart, inListItem || !ownText));
      }
      paragraph.setLength(0);
    }
    ownText = false;
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
