package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Polymorphic default typing, the root of Jackson's deserialization gadget attacks, is never on:
 * not in the mappers that {@link ReportJson} builds, not in a mapper given {@link ReportModule},
 * and no main source turns it on or declares type information.
 */
class DefaultTypingTest {
  private static final String[] UNSAFE = {
    "activateDefaultTyping", "enableDefaultTyping", "setDefaultTyping", "DefaultTyping",
    "JsonTypeInfo", "@JsonSubTypes", "TypeResolverBuilder", "enableDefaultTypingAsProperty"
  };

  /** The mapper that ReportJson makes on its first write. */
  private static ObjectMapper mapperOf(ReportJson json) throws ReflectiveOperationException {
    Field writer = ReportJson.class.getDeclaredField("writer");
    writer.setAccessible(true);
    java.lang.reflect.Method writers = DocumentWriter.class.getDeclaredMethod("writers");
    writers.setAccessible(true);
    Object made = writers.invoke(writer.get(json));
    Field field = made.getClass().getDeclaredField("mapper");
    field.setAccessible(true);
    return (ObjectMapper) field.get(made);
  }

  private static void assertNoDefaultTyping(ObjectMapper mapper) {
    for (Class<?> type :
        new Class<?>[] {Object.class, AnnualReport.class, java.io.Serializable.class}) {
      JavaType javaType = mapper.constructType(type);
      assertNull(mapper.getDeserializationConfig().getDefaultTyper(javaType), type.getName());
      assertNull(mapper.getSerializationConfig().getDefaultTyper(javaType), type.getName());
    }
  }

  @Test
  void theMappersOfReportJsonHaveNoDefaultTyping() throws ReflectiveOperationException {
    assertNoDefaultTyping(mapperOf(ReportJson.standard()));
    assertNoDefaultTyping(mapperOf(ReportJson.builder().allowUnknownProperties(true).build()));
  }

  @Test
  void registeringTheModuleTurnsNothingOn() {
    assertNoDefaultTyping(JsonMapper.builder().addModule(new ReportModule()).build());
  }

  @Test
  void aTypeHintIsJustAValueOfTheWrongType() {
    String[] hints = {
      "[\"java.lang.ProcessBuilder\", {\"command\": [\"sh\"]}]",
      "{\"@class\": \"java.lang.Runtime\"}",
      "{\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"ldap://x\"}",
    };
    for (String hint : hints) {
      Fuzz.Outcome outcome = Fuzz.read(ReportJson.standard(), hint);
      assertTrue(!outcome.isReport(), hint);
      Fuzz.Outcome lenient = Fuzz.read(Fuzz.LENIENT, hint);
      assertTrue(!lenient.isReport(), hint);
    }
    String organ =
        Hostile.edit("\"year\": 2024,", "\"year\": 2024, \"@class\": \"java.lang.Runtime\",");
    assertEquals(JsonRule.UNKNOWN_PROPERTY.id(), Hostile.problems(organ).get(0).ruleId());
  }

  @Test
  void noMainSourceMentionsDefaultTypingOrTypeInfo() throws IOException {
    List<Path> roots = new ArrayList<>();
    roots.add(Paths.get("src", "main", "java"));
    roots.add(Paths.get("..", "core", "src", "main", "java"));
    int files = 0;
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(root)) {
        sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
      }
      for (Path source : sources) {
        files++;
        String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        for (String unsafe : UNSAFE) {
          assertTrue(!text.contains(unsafe), source + " mentions " + unsafe);
        }
      }
    }
    assertTrue(files > 20, "main sources not found from " + Paths.get("").toAbsolutePath());
  }
}
