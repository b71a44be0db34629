package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.resource.ShippedResource;

/** The page's own stylesheet, inlined in every page so that the page needs nothing else. */
final class Stylesheet {
  private static final String STANDARD = ShippedResource.text(Stylesheet.class, "report.css");

  private Stylesheet() {}

  static String standard() {
    return STANDARD;
  }
}
