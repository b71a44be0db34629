package io.github.xxgk.report.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README, compiled against the installed artifacts and run.
 * A block of statements becomes the body of a method, with {@code report}, {@code lastYear},
 * {@code bytes}, {@code json}, {@code in} and {@code out} at hand as fields (a block may declare its own); a
 * block of annotated methods (jqwik properties) becomes the members of a class, and is compiled
 * and its methods called with a generated report.
 */
class ReadmeSnippetsTest {
  private static final String IMPORTS =
      "import io.github.xxgk.report.model.*;\n"
          + "import io.github.xxgk.report.form.*;\n"
          + "import io.github.xxgk.report.validation.*;\n"
          + "import io.github.xxgk.report.problem.*;\n"
          + "import io.github.xxgk.report.json.*;\n"
          + "import io.github.xxgk.report.testkit.*;\n"
          + "import io.github.xxgk.report.publication.render.*;\n"
          + "import io.github.xxgk.report.publication.read.*;\n"
          + "import java.io.*;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.nio.file.*;\n"
          + "import java.time.LocalDate;\n"
          + "import java.util.List;\n"
          + "import java.util.Locale;\n"
          + "import net.jqwik.api.ForAll;\n"
          + "import net.jqwik.api.Property;\n"
          + "import net.jqwik.api.domains.Domain;\n"
          + "import static org.junit.jupiter.api.Assertions.*;\n";

  private static final String FIELDS =
      "  AnnualReport report = ReportFixtures.linfenYaodu2024();\n"
          + "  AnnualReport lastYear = ReportFixtures.consecutiveYears(2, 7).get(0);\n"
          + "  byte[] bytes = ReportJson.standard().write(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);\n"
          + "  ReportJson json = ReportJson.standard();\n"
          + "  InputStream in = new ByteArrayInputStream(bytes);\n"
          + "  OutputStream out = new ByteArrayOutputStream();\n";

  @TempDir Path classes;

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAndRuns() throws IOException {
    List<String> snippets = snippets(Paths.get(System.getProperty("xxgk.readme")));
    assertTrue(snippets.size() >= 8, "found " + snippets.size() + " snippets");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      String snippet = snippets.get(i);
      String name = "Snippet" + i;
      tests.add(DynamicTest.dynamicTest(name + ": " + firstLine(snippet), () -> compileAndRun(name, snippet)));
    }
    return tests.stream();
  }

  private static List<String> snippets(Path readme) throws IOException {
    List<String> snippets = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      if (current == null && line.trim().equals("```java")) {
        current = new StringBuilder();
      } else if (current != null && line.trim().equals("```")) {
        snippets.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return snippets;
  }

  private static String firstLine(String snippet) {
    String line = snippet.trim().split("\n")[0];
    return line.length() > 60 ? line.substring(0, 60) : line;
  }

  private void compileAndRun(String name, String snippet) throws Exception {
    boolean members = snippet.trim().startsWith("@");
    String source =
        IMPORTS
            + "public class " + name + " {\n"
            + FIELDS
            + (members ? snippet : "  public void run() throws Exception {\n" + snippet + "  }\n")
            + "}\n";
    Path file = classes.resolve(name + ".java");
    Files.write(file, source.getBytes(StandardCharsets.UTF_8));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertNotNull(compiler, "a JDK is needed to compile the snippets");
    StringWriter errors = new StringWriter();
    boolean compiled =
        compiler
            .getTask(
                errors,
                null,
                null,
                Arrays.asList(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(),
                    "-encoding", "UTF-8",
                    "-proc:none"),
                null,
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file.toFile()))
            .call();
    assertTrue(compiled, errors + "\n" + source);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass(name);
      Object instance = type.getConstructor().newInstance();
      int ran = 0;
      for (Method method : type.getDeclaredMethods()) {
        if (method.getName().equals("run")) {
          method.invoke(instance);
          ran++;
        } else if (method.isAnnotationPresent(net.jqwik.api.Property.class)) {
          // A property: called with the examples its parameter stands for.
          Class<?> parameter = method.getParameterTypes()[0];
          method.setAccessible(true);
          method.invoke(
              instance,
              parameter.getSimpleName().equals("InvalidReport")
                  ? io.github.xxgk.report.testkit.ReportFixtures.invalid("APPLICATIONS-BALANCE", 3)
                  : io.github.xxgk.report.testkit.ReportFixtures.valid(3));
          ran++;
        }
      }
      assertTrue(ran > 0, "nothing to run in " + source);
    }
  }

  static {
    // The class path that the snippets are compiled against lists the installed jars.
    assertEquals(true, System.getProperty("java.class.path").contains(File.separator + "xxgk-report-json"));
  }
}
