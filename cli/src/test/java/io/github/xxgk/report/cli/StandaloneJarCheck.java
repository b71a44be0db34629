package io.github.xxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built standalone jar, alone on a class path: its service files were merged, so its {@code
 * Catalogue.all()} holds the codes of every module, as the cli's test class path does. Run by the
 * cli's {@code standalone-jar} execution of surefire in the {@code verify} phase, after the jar is
 * shaded.
 */
class StandaloneJarCheck {
  @Test
  void theStandaloneJarsCatalogueHoldsEveryModulesCodes() throws Exception {
    Path jar = Paths.get(System.getProperty("xxgk.standaloneJar", "none"));
    assertTrue(Files.isRegularFile(jar), jar + " is built before this check");
    List<String> expected = new ArrayList<>();
    for (Code code : Catalogue.all()) {
      expected.add(code.id());
    }
    List<String> found = new ArrayList<>();
    // No parent but the bootstrap loader: nothing of the test's own class path is seen.
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Class<?> catalogue = Class.forName(Catalogue.class.getName(), true, loader);
      Method id = Class.forName(Code.class.getName(), false, loader).getMethod("id");
      for (Object code : (List<?>) catalogue.getMethod("all").invoke(null)) {
        found.add((String) id.invoke(code));
      }
    }
    assertEquals(expected, found);
    assertTrue(
        found.contains("FILE-UNREADABLE") && found.contains("APPLICATIONS-ROW-TOTAL"),
        found::toString);
  }
}
