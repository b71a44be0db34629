package io.github.xxgk.report.publication.read.html;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** What an element's name tells the producers of its content: skipped, or a block of its own. */
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
  static final Set<String> LISTED = new HashSet<>(Arrays.asList("li", "nav"));

  private ElementKinds() {}
}
