package io.github.xxgk.report.publication.read.html;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What an element tells the producers of its content: skipped, a block of its own, a link, or a
 * list's item.
 */
final class ElementKinds {
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

  /**
   * Blocks whose own text is listed, not written: a list's items and a navigation block, where
   * portals print their menus and the titles of other articles ({@code SourceParagraph#listed}).
   */
  private static final Set<String> LISTED = new HashSet<>(Arrays.asList("li", "nav"));

  private ElementKinds() {}

  /**
   * Whether a node's paragraph is a list item's or a navigation block's own text: its innermost
   * block, which holds its whole paragraph (blocks end paragraphs), is one. An article laid out
   * inside a list's item ({@code <li><div class="article">…}) is written in blocks of its own.
   */
  static boolean isListed(Node node) {
    for (Node at = node.parentNode(); at instanceof Element; at = at.parentNode()) {
      String name = ((Element) at).normalName();
      if (BLOCKS.contains(name) || "table".equals(name)) {
        return LISTED.contains(name);
      }
    }
    return false;
  }

  /**
   * Whether an element is a link to somewhere: Word's exports wrap headings and titles in bookmarks
   * ({@code <a name="_Toc…">}), which link nowhere.
   */
  static boolean isLink(Element element, String name) {
    return "a".equals(name) && element.hasAttr("href");
  }
}
