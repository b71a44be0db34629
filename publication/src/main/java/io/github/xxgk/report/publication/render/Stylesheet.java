package io.github.xxgk.report.publication.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's own stylesheet, inlined in every page so that the page needs nothing else. */
final class Stylesheet {
  private static final String STANDARD = load("report.css");

  private Stylesheet() {}

  static String standard() {
    return STANDARD;
  }

  private static String load(String name) {
    try (InputStream in = Stylesheet.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the publication jar lacks " + name);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes.write(buffer, 0, n);
      }
      return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
