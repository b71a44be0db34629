package io.github.xxgk.report.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * A file shipped in a jar beside a class, read as UTF-8 on every Java version (where Java 8 reads
 * {@code .properties} as ISO-8859-1), so that Chinese is written as itself in the source tree.
 *
 * <p>A resource that is missing is a broken jar, never a condition of the input: it is an {@link
 * IllegalStateException} naming the resource and its anchor.
 */
public final class ShippedResource {
  private ShippedResource() {}

  /**
   * The text of a resource.
   *
   * @param anchor a class whose class loader finds the resource; a relative name is in its package
   * @param name the resource's name, relative to the anchor's package or absolute ({@code /…})
   * @throws IllegalStateException if there is no such resource
   * @throws UncheckedIOException if it cannot be read
   */
  public static String text(Class<?> anchor, String name) {
    try (InputStream in = open(anchor, name)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        bytes.write(buffer, 0, n);
      }
      return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  /**
   * The properties of a resource in the {@link Properties#load(Reader)} format, read as UTF-8.
   *
   * @param anchor a class whose class loader finds the resource; a relative name is in its package
   * @param name the resource's name, relative to the anchor's package or absolute ({@code /…})
   * @throws IllegalStateException if there is no such resource
   * @throws UncheckedIOException if it cannot be read
   */
  public static Properties properties(Class<?> anchor, String name) {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(open(anchor, name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return properties;
  }

  private static InputStream open(Class<?> anchor, String name) {
    InputStream in = Objects.requireNonNull(anchor, "anchor").getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("No resource " + name + " next to " + anchor.getName());
    }
    return in;
  }
}
