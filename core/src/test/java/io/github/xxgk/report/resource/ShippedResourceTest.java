package io.github.xxgk.report.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Code;
import org.junit.jupiter.api.Test;

class ShippedResourceTest {
  private static final String SAMPLE = "/io/github/xxgk/report/problem/Sample_zh.properties";

  @Test
  void textIsReadAsUtf8() {
    String text = ShippedResource.text(ShippedResourceTest.class, SAMPLE);
    assertTrue(text.contains("title.SAMPLE-PARSE=样例无法读取\n"), text);
  }

  @Test
  void propertiesAreReadAsUtf8NotLatin1() {
    assertEquals(
        "样例无法读取",
        ShippedResource.properties(ShippedResourceTest.class, SAMPLE)
            .getProperty("title.SAMPLE-PARSE"));
  }

  @Test
  void aRelativeNameIsInTheAnchorsPackage() {
    assertEquals(
        ShippedResource.text(ShippedResourceTest.class, SAMPLE),
        ShippedResource.text(Code.class, "Sample_zh.properties"));
  }

  @Test
  void aMissingResourceIsABrokenJarNamedWithItsAnchor() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ShippedResource.text(ShippedResourceTest.class, "absent.txt"));
    assertEquals(
        "No resource absent.txt next to " + ShippedResourceTest.class.getName(), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> ShippedResource.properties(ShippedResourceTest.class, "absent.properties"));
  }
}
