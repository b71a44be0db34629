package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.form.ExpectedCells;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real published report of {@code ../shared/reports/} (test-fixtures' {@code reports/}, with
 * its README) is read cell-exact against its hand transcription, blank cells included, with the
 * problems its README says a reader should report.
 */
class RealReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // file | report expected | error rules | warning rules | organ checked | header read by
        // position
        "linfen-yaodu-2024.txt       | true  |                     | | true  | false",
        "shuyang-fagaiju-2023.html   | true  |                     | | true  | false",
        // the converter mangled table 三's header ("社会公益"): read by position, and said so
        "shuyang-2025.txt            | true  |                     | | false | true",
        "pingtan-shijianju-2021.html | true  |                     | | true  | false",
        // table 二 on the 2019 template, for 2021: an ERROR, yet every cell is resolved, so the
        // report is returned beside it (document and fee cells blank, as the README says)
        "pingtan-shishiju-2021.html  | true  | IMPORT-EDITION-2019 | | true  | false",
        "pingtan-jingfaju-2021.html  | true  |                     | | true  | false",
      })
  void readsCellExact(
      String file,
      boolean reported,
      String errors,
      String warnings,
      boolean organChecked,
      boolean positional)
      throws IOException {
    ReadResult result = PublishedReports.read(resource(file));
    JsonNode expected =
        JSON.readTree(resource(file.replaceAll("\\.(html|txt)$", ".expected.json")));

    List<String> wrong =
        ExpectedCells.differences(
            cell -> result.cells().containsKey(cell) ? result.cells().get(cell).value() : null,
            pointer -> expected.at(pointer).decimalValue());
    assertEquals(new ArrayList<>(), wrong, () -> "cells differ; problems: " + result.problems());
    assertEquals(pointers(expected.path("blankCells")), new TreeSet<>(result.blankCells()));
    assertEquals(
        pointers(expected.path("notApplicableCells")), new TreeSet<>(result.notApplicableCells()));

    assertEquals(
        ruleIds(errors), rules(result.problems(), Severity.ERROR), result.problems()::toString);
    assertEquals(
        ruleIds(warnings), rules(result.problems(), Severity.WARNING), result.problems()::toString);
    assertEquals(reported, result.report().isPresent());
    assertEquals(
        positional,
        result.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-HEADER-POSITIONAL")),
        result.problems()::toString);
    assertEquals(expected.path("year").asInt(), result.match().year().orElse(-1).intValue());
    if (organChecked) {
      assertEquals(expected.path("organ").asText(), result.match().organ().orElse(null));
    }
    if (expected.has("publishedOn")) {
      // a transcription may hold the portal's posting date rather than the date signed: the reader
      // gives the date signed, and names the posting date beside it
      String posted = postedOn(result);
      String signed = result.match().publishedOn().map(Object::toString).orElse(null);
      String transcribed = expected.path("publishedOn").asText();
      assertTrue(
          transcribed.equals(signed) || transcribed.equals(posted),
          () -> transcribed + " is neither the date signed " + signed + " nor posted " + posted);
    }
    if (reported) {
      assertEquals(FormCells.SIZE, result.cells().size());
      assertEquals(
          pointers(expected.path("blankCells")),
          result.report().get().blankCells().stream()
              .map(Cell::pointer)
              .collect(Collectors.toCollection(TreeSet::new)));
      assertTrue(result.report().get().overview().filter(s -> !s.isEmpty()).isPresent());
      assertTrue(result.report().get().otherMatters().filter(s -> !s.isEmpty()).isPresent());
    } else {
      assertTrue(result.hasErrors());
    }
    assertEquals(
        ruleIds(errors).contains("IMPORT-EDITION-2019") ? Edition.V2019 : Edition.V2021,
        result.edition());
  }

  /** The posting date that IMPORT-POSTED-ON names, null when there is none. */
  static String postedOn(ReadResult result) {
    return result.problems().stream()
        .filter(p -> p.ruleId().equals("IMPORT-POSTED-ON"))
        .map(p -> String.valueOf(p.arguments().get(0)))
        .findFirst()
        .orElse(null);
  }

  private static Set<String> pointers(JsonNode array) {
    Set<String> pointers = new TreeSet<>();
    array.forEach(node -> pointers.add(node.asText()));
    return pointers;
  }

  private static Set<String> ruleIds(String list) {
    Set<String> ids = new TreeSet<>();
    if (list != null) {
      for (String id : list.split(",")) {
        if (!id.trim().isEmpty()) {
          ids.add(id.trim());
        }
      }
    }
    return ids;
  }

  private static Set<String> rules(List<Problem> problems, Severity severity) {
    return problems.stream()
        .filter(p -> p.severity() == severity)
        .map(Problem::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static byte[] resource(String name) throws IOException {
    return testResource("/reports/" + name);
  }

  /** The bytes of a test resource at {@code path} on the class path. */
  static byte[] testResource(String path) throws IOException {
    try (InputStream in = RealReportsTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no test resource " + path);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
