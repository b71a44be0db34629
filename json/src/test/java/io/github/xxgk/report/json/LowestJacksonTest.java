package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's classes, as the default build compiles them, name nothing that Jackson 2.12 lacks
 * where CI has seen it happen: {@code new JsonLocation(null, …)} compiled against 2.13+ links to
 * the constructor taking a {@code ContentReference}, a class 2.12 does not have. CI's runs on
 * Jackson 2.12 (json's tests compiled against it, and a consumer project on the installed jars) are
 * the guard for the rest.
 */
class LowestJacksonTest {
  private static final String[] NEWER_THAN_2_12 = {
    "com/fasterxml/jackson/core/io/ContentReference",
    "com/fasterxml/jackson/core/StreamReadConstraints",
    "com/fasterxml/jackson/core/exc/StreamConstraintsException",
  };

  @Test
  void noClassNamesAJacksonTypeNewerThanTheLowestSupported()
      throws IOException, URISyntaxException {
    Path classes =
        Paths.get(JacksonSupport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> found = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        checked++;
        // Class names in a class file's constant pool are modified UTF-8, ASCII here.
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String type : NEWER_THAN_2_12) {
          if (bytes.contains(type)) {
            found.add(classes.relativize(file) + " names " + type);
          }
        }
      }
    }
    assertFalse(checked < 30, "only " + checked + " classes under " + classes);
    assertEquals(new ArrayList<String>(), found);
  }
}
